import {
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { ItemResult, PulseResults } from '../../shared/pulse/api.js';
import { withheldStatementText } from '../../shared/pulse/suppression.js';
import { formatMean, formatShare, itemLabel } from '../../client/pulse/results-format.js';
import { FavourabilityBar } from './favourability-bar.js';
import { stackedList } from '../../client/ui/list-styles.js';

const useStyles = makeStyles({
  list: stackedList(tokens.spacingVerticalL),
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  text: { overflowWrap: 'anywhere' },
  reversed: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  // At 320 px the table scrolls inside its own region; the bars above already fit the panel.
  scroll: {
    overflowX: 'auto',
    maxWidth: '100%',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    minWidth: '30rem',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    '& th, & td': {
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      textAlign: 'end',
      verticalAlign: 'top',
    },
    '& th:first-child, & td:first-child': { textAlign: 'start', minWidth: '12rem' },
    '& thead th': { fontWeight: tokens.fontWeightSemibold },
    '& tbody th': { fontWeight: tokens.fontWeightRegular },
  },
  caption: {
    textAlign: 'start',
    paddingBlockEnd: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  note: { color: tokens.colorNeutralForeground2 },
  withheldCell: { textAlign: 'start', fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
  tableWrap: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

type Items = PulseResults['items'];

type Withheld = Extract<ItemResult, { status: 'withheld' }>;

/** Why a statement shows no numbers, in the same message style as a withheld pulse. */
function WithheldStatement({ item }: { item: Withheld }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{withheldStatementText[item.reason]}</MessageBarTitle>
        {item.reason === 'few-answers'
          ? ' Fewer people answered it than the pulse needs to keep everyone anonymous.'
          : ' Its numbers could reveal those of a statement that too few people answered.'}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Per statement: the mean and the favourability bar. Reverse-scored statements are marked. */
export function ItemBars({ items }: { items: Items }) {
  const styles = useStyles();
  return (
    <ol className={styles.list} aria-label="Results per statement">
      {items.map((item) => (
        <li key={item.itemId} className={styles.item}>
          <Text className={styles.text}>
            {item.text}
            {item.reversed && <span className={styles.reversed}> (R) reverse-scored</span>}
          </Text>
          {item.status === 'withheld' ? (
            <WithheldStatement item={item} />
          ) : (
            <>
              <Caption1>Mean {formatMean(item.mean)} of 7</Caption1>
              <FavourabilityBar value={item.favourability} legend={false} />
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

/** The same numbers as a table, for reading exactly and for screen readers. */
export function ItemTable({ items }: { items: Items }) {
  const styles = useStyles();
  return (
    <div className={styles.tableWrap}>
      <Caption1 className={styles.note}>
        Means are raw answers from 1 to 7; for (R) reverse-scored statements a lower mean is better.
        Shares are of people who answered the statement, after reverse scoring.
      </Caption1>
      <div className={styles.scroll} role="region" aria-label="Results table" tabIndex={0}>
        <table className={styles.table}>
          <caption className={styles.caption}>Results per statement</caption>
          <thead>
            <tr>
              <th scope="col">Statement</th>
              <th scope="col">Mean</th>
              <th scope="col">Favourable</th>
              <th scope="col">Neutral</th>
              <th scope="col">Unfavourable</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.itemId}>
                <th scope="row">{itemLabel(item)}</th>
                {item.status === 'withheld' ? (
                  <td colSpan={4} className={styles.withheldCell}>
                    {withheldStatementText[item.reason]}
                  </td>
                ) : (
                  <>
                    <td>{formatMean(item.mean)}</td>
                    <td>{formatShare(item.favourability.favourable)}</td>
                    <td>{formatShare(item.favourability.neutral)}</td>
                    <td>{formatShare(item.favourability.unfavourable)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
