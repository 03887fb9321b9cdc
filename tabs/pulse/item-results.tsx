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
import { withheldStatementMessage } from '../../shared/pulse/suppression.js';
import type { ReactNode } from 'react';
import { useRichT, useT } from '../../client/i18n.js';
import { useItemText } from '../../client/pulse/use-item-text.js';
import { ItemTextNote } from '../../client/pulse/item-text-note.js';
import { useFormat } from '../../client/format.js';
import { itemScore100, reverseScoredNoteId } from '../../client/pulse/results-format.js';
import { stackedList } from '../../client/ui/list-styles.js';
import { FavourabilityBar } from './favourability-bar.js';

/**
 * A statement's wording in the user's language: the validated translation by item id, else the
 * text the server sent (the English original).
 */
function useStatementText(): (item: { itemId: string; text: string }) => string {
  const { items } = useItemText();
  return (item) => items.find((i) => i.id === item.itemId)?.text ?? item.text;
}

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
  const t = useT();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(withheldStatementMessage[item.reason])}</MessageBarTitle>
        {item.reason === 'few-answers'
          ? t('pulse.results.withheldFewWhy')
          : t('pulse.results.withheldProtectsWhy')}
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
  const t = useT();
  const richT = useRichT();
  const text = useStatementText();
  return (
    <>
      <ol className={styles.list} aria-label={t('pulse.results.perStatement')}>
        {items.map((item) => (
          <li key={item.itemId} className={styles.item}>
            <Text className={styles.text}>{text(item)}</Text>
            {item.reversed && (
              <Caption1 className={styles.reversed}>{t(reverseScoredNoteId)}</Caption1>
            )}
            {item.status === 'withheld' ? (
              <WithheldStatement item={item} />
            ) : (
              <>
                <Text>
                  {richT('pulse.results.itemScore', {
                    score: fmt.number(itemScore100(item)),
                    num: (chunks: ReactNode[]) => <span className={styles.score}>{chunks}</span>,
                  })}
                </Text>
                <FavourabilityBar value={item.favourability} />
              </>
            )}
          </li>
        ))}
      </ol>
      <ItemTextNote className={styles.reversed} />
    </>
  );
}

/** The same numbers side by side where there is room, for comparing statements at a glance. */
export function ItemTable({ items }: { items: Items }) {
  const styles = useStyles();
  const fmt = useFormat();
  const t = useT();
  const text = useStatementText();
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className={styles.caption}>{t('pulse.results.sideBySide')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pulse.results.colStatement')}</th>
            <th scope="col">{t('pulse.results.colScore')}</th>
            <th scope="col">{t('pulse.results.colFavourable')}</th>
            <th scope="col">{t('pulse.results.colNeutral')}</th>
            <th scope="col">{t('pulse.results.colUnfavourable')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.itemId}>
              <th scope="row">
                {text(item)}
                {item.reversed && (
                  <span className={styles.reversed}>
                    {t('pulse.results.reversedInline', { note: t(reverseScoredNoteId) })}
                  </span>
                )}
              </th>
              {item.status === 'withheld' ? (
                <td colSpan={4} className={styles.withheldCell}>
                  {t(withheldStatementMessage[item.reason])}
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
