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
import { useFormat } from '../../client/format.js';
import { itemScore100, reverseScoredNote } from '../../client/pulse/results-format.js';
import { stackedList } from '../../client/ui/list-styles.js';
import { FavourabilityBar } from './favourability-bar.js';

/** Below this width the table would be clipped; the stacked list carries the same numbers. */
const wide = '@media (min-width: 40rem)';

const useStyles = makeStyles({
  list: stackedList(tokens.spacingVerticalL),
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  text: { overflowWrap: 'anywhere' },
  reversed: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  score: { fontWeight: tokens.fontWeightSemibold },
  tableWrap: { display: 'none', [wide]: { display: 'block' } },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    '& th, & td': {
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      textAlign: 'end',
      verticalAlign: 'top',
    },
    '& th:first-child, & td:first-child': { textAlign: 'start', overflowWrap: 'anywhere' },
    '& thead th': { fontWeight: tokens.fontWeightSemibold },
    '& tbody th': { fontWeight: tokens.fontWeightRegular },
  },
  caption: {
    textAlign: 'start',
    paddingBlockEnd: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  withheldCell: { textAlign: 'start', fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
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

/**
 * Per statement, stacked so it fits 320 px: the wording verbatim, its score on 0–100 (as scored,
 * so higher is always better) and its favourability with the shares written out.
 */
export function ItemBars({ items }: { items: Items }) {
  const styles = useStyles();
  const fmt = useFormat();
  return (
    <ol className={styles.list} aria-label="Results per statement">
      {items.map((item) => (
        <li key={item.itemId} className={styles.item}>
          <Text className={styles.text}>{item.text}</Text>
          {item.reversed && <Caption1 className={styles.reversed}>{reverseScoredNote}</Caption1>}
          {item.status === 'withheld' ? (
            <WithheldStatement item={item} />
          ) : (
            <>
              <Text>
                Score <span className={styles.score}>{fmt.number(itemScore100(item))}</span> of 100
              </Text>
              <FavourabilityBar value={item.favourability} />
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

/** The same numbers side by side where there is room, for comparing statements at a glance. */
export function ItemTable({ items }: { items: Items }) {
  const styles = useStyles();
  const fmt = useFormat();
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className={styles.caption}>All statements side by side</caption>
        <thead>
          <tr>
            <th scope="col">Statement</th>
            <th scope="col">Score (0–100)</th>
            <th scope="col">Favourable</th>
            <th scope="col">Neutral</th>
            <th scope="col">Unfavourable</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.itemId}>
              <th scope="row">
                {item.text}
                {item.reversed && <span className={styles.reversed}> ({reverseScoredNote})</span>}
              </th>
              {item.status === 'withheld' ? (
                <td colSpan={4} className={styles.withheldCell}>
                  {withheldStatementText[item.reason]}
                </td>
              ) : (
                <>
                  <td>{fmt.number(itemScore100(item))}</td>
                  <td>{fmt.percent(item.favourability.favourable)}</td>
                  <td>{fmt.percent(item.favourability.neutral)}</td>
                  <td>{fmt.percent(item.favourability.unfavourable)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
