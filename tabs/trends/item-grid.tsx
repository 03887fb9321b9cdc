import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { TrendPulse } from '../../shared/trends/api.js';
import { edmondsonItems } from '../../shared/pulse/items.js';
import { withheldStatementText } from '../../shared/pulse/suppression.js';
import { useFormat } from '../../client/format.js';
import { useT } from '../../client/i18n.js';
import { itemGrid, newestFirst, pulseLabels, type GridCell } from '../../client/trends/series.js';
import { DataTable } from './data-table.js';

const useStyles = makeStyles({
  // In forced colours the backgrounds go, and the band word under each number still says it.
  cell: { minWidth: '4.5em' },
  // Palette tokens follow the theme; the word under each number carries the meaning without colour.
  favourable: {
    backgroundColor: tokens.colorPaletteGreenBackground2,
    color: tokens.colorNeutralForeground1,
  },
  neutral: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
  },
  unfavourable: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorNeutralForeground1,
  },
  withheld: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  band: {
    display: 'block',
    fontSize: tokens.fontSizeBase100,
    // Foreground2 on the dark theme's palette backgrounds falls below 4.5:1 (axe, issue #15).
    color: tokens.colorNeutralForeground1,
  },
  // Narrow enough in a side panel that the newest pulse's column is in view beside it.
  item: {
    minWidth: '10em',
    fontWeight: tokens.fontWeightRegular,
    '@media (max-width: 480px)': { minWidth: '6.5em', width: '6.5em' },
  },
});

const texts = new Map(edmondsonItems.map((item) => [item.id, item.text]));

function itemText(itemId: string): string {
  return texts.get(itemId) ?? itemId;
}

/**
 * Statements × pulses, newest pulse first so the latest is in view without scrolling, coloured by
 * mean in the scored direction; the table is its own alternative.
 */
export function ItemGrid({ pulses }: { pulses: readonly TrendPulse[] }) {
  const styles = useStyles();
  const fmt = useFormat();
  const t = useT();
  const bandWord = {
    favourable: t('trends.items.favourable'),
    neutral: t('trends.items.neutral'),
    unfavourable: t('trends.items.unfavourable'),
  };
  // Labels are made in time order, so a same-day pair is "(2)" for the later one in every view.
  const labelOf = new Map(pulseLabels(pulses, fmt.locale).map((l, i) => [pulses[i]?.pulseId, l]));
  const columns = newestFirst(pulses);
  const rows = itemGrid(columns, itemText);
  const labels = columns.map((p) => labelOf.get(p.pulseId) ?? '');

  const cell = (c: GridCell, key: string) => {
    if (c.status === 'not-enough-responses') {
      return (
        <td key={key} className={mergeClasses(styles.cell, styles.withheld)}>
          {t('trends.withheld')}
        </td>
      );
    }
    // Same withheld look as a pulse below threshold: no number, only why.
    if (c.status === 'withheld') {
      return (
        <td key={key} className={mergeClasses(styles.cell, styles.withheld)}>
          {withheldStatementText[c.reason]}
        </td>
      );
    }
    if (c.status === 'not-asked') {
      return (
        <td key={key} className={mergeClasses(styles.cell, styles.withheld)}>
          {t('trends.items.notAsked')}
        </td>
      );
    }
    return (
      <td key={key} className={mergeClasses('num', styles.cell, styles[c.band])}>
        {fmt.number(c.mean, 2)}
        <span className={styles.band}>{bandWord[c.band]}</span>
      </td>
    );
  };

  return (
    <DataTable
      stickyFirstColumn
      caption={t('trends.items.caption')}
      head={[t('trends.items.statement'), ...labels]}
    >
      {rows.map((row) => (
        <tr key={row.itemId}>
          <th scope="row" className={styles.item}>
            {row.reversed ? t('trends.items.reversed', { text: row.text }) : row.text}
          </th>
          {row.cells.map((c, i) => cell(c, `${row.itemId}-${columns[i]?.pulseId ?? i}`))}
        </tr>
      ))}
    </DataTable>
  );
}
