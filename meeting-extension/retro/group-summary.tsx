import { Caption1, Subtitle2, makeStyles } from '@fluentui/react-components';
import type { CardView, GroupView } from '../../shared/retro/api.js';
import { CardAuthor, ColumnMarker, type Column } from './group-card-parts.js';
import { groupLabel } from './labels.js';
import { useRetroStyles } from './styles.js';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
});

/**
 * A group's name and its cards' text, as a heading and a compact list. Each card shows its author
 * in a named retro after the reveal, and its column when `columns` is given.
 */
export function GroupSummary({
  group,
  index,
  cards,
  columns,
}: {
  group: GroupView;
  index: number;
  cards: ReadonlyMap<string, CardView>;
  columns?: Column[];
}) {
  const styles = useStyles();
  const layout = useRetroStyles();
  return (
    <>
      <Subtitle2 as="h3" className={`${layout.heading} ${layout.text}`}>
        {groupLabel(group, index)}
      </Subtitle2>
      <ul className={layout.list}>
        {group.cardIds.map((id) => {
          const card = cards.get(id);
          return card ? (
            <li key={id} className={styles.item}>
              {columns && <ColumnMarker columns={columns} columnId={card.columnId} />}
              <Caption1 className={layout.text}>• {card.text}</Caption1>
              <CardAuthor card={card} />
            </li>
          ) : null;
        })}
      </ul>
    </>
  );
}
