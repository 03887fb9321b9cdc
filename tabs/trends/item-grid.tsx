import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { TrendPulse } from '../../shared/trends/api.js';
import { edmondsonItems } from '../../shared/pulse/items.js';
import { withheldStatementText } from '../../shared/pulse/suppression.js';
import { itemGrid, pulseLabels, type GridCell } from '../../client/trends/series.js';
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
    color: tokens.colorNeutralForeground2,
  },
  item: { minWidth: '10em', fontWeight: tokens.fontWeightRegular },
});

const texts = new Map(edmondsonItems.map((item) => [item.id, item.text]));

function itemText(itemId: string): string {
  return texts.get(itemId) ?? itemId;
}

/** Items × pulses, coloured by mean in the scored direction; the table is its own alternative. */
export function ItemGrid({ pulses }: { pulses: readonly TrendPulse[] }) {
  const styles = useStyles();
  const rows = itemGrid(pulses, itemText);
  const labels = pulseLabels(pulses);

  const cell = (c: GridCell, key: string) => {
    if (c.status === 'not-enough-responses') {
      return (
        <td key={key} className={mergeClasses(styles.cell, styles.withheld)}>
          Not enough responses
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
          Not asked
        </td>
      );
    }
    return (
      <td key={key} className={mergeClasses('num', styles.cell, styles[c.band])}>
        {c.mean.toFixed(2)}
        <span className={styles.band}>{c.band}</span>
      </td>
    );
  };

  return (
    <DataTable caption="Mean answer per item and pulse (1–7)" head={['Item', ...labels]}>
      {rows.map((row) => (
        <tr key={row.itemId}>
          <th scope="row" className={styles.item}>
            {row.text}
            {row.reversed && ' (R)'}
          </th>
          {row.cells.map((c, i) => cell(c, `${row.itemId}-${pulses[i]?.pulseId ?? i}`))}
        </tr>
      ))}
    </DataTable>
  );
}
