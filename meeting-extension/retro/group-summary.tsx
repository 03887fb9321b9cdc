import { Caption1, Subtitle2 } from '@fluentui/react-components';
import type { CardView, GroupView } from '../../shared/retro/api.js';
import { groupLabel } from './labels.js';
import { useRetroStyles } from './styles.js';

/** A group's name and its cards' text, as a heading and a compact list. */
export function GroupSummary({
  group,
  index,
  cards,
}: {
  group: GroupView;
  index: number;
  cards: ReadonlyMap<string, CardView>;
}) {
  const styles = useRetroStyles();
  return (
    <>
      <Subtitle2 as="h3" className={`${styles.heading} ${styles.text}`}>
        {groupLabel(group, index)}
      </Subtitle2>
      <ul className={styles.list}>
        {group.cardIds.map((id) => {
          const card = cards.get(id);
          return card ? (
            <li key={id}>
              <Caption1 className={styles.text}>• {card.text}</Caption1>
            </li>
          ) : null;
        })}
      </ul>
    </>
  );
}
