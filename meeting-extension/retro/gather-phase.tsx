import { Caption1, Subtitle2 } from '@fluentui/react-components';
import { hiddenCount } from '../../client/retro/view-state.js';
import type { RetroColumn } from '../../shared/retro/templates.js';
import { CardComposer } from './card-composer.js';
import { GatherCard } from './own-card.js';
import { useRetro } from './retro-context.js';
import { useRetroStyles } from './styles.js';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function GatherColumn({ column }: { column: RetroColumn }) {
  const styles = useRetroStyles();
  const { view, allowed } = useRetro();
  const cards = view.cards.filter((card) => card.columnId === column.id);
  const hidden = hiddenCount(view, column.id);
  const headingId = `column-${column.id}`;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {column.title}
      </Subtitle2>
      {column.prompt && <Caption1 className={styles.muted}>{column.prompt}</Caption1>}
      {cards.length > 0 && (
        <ul className={styles.list} aria-label={`Cards in ${column.title}`}>
          {cards.map((card) => (
            <GatherCard key={card.id} card={card} />
          ))}
        </ul>
      )}
      {!view.revealed && (
        <Caption1 role="status">
          {plural(hidden, 'card from others', 'cards from others')} (hidden until the reveal)
        </Caption1>
      )}
      {allowed.has('addCard') && <CardComposer retroId={view.id} column={column} />}
    </section>
  );
}

/** Everyone writes cards; before the reveal, others' cards are only counted. */
export default function GatherPhase() {
  const styles = useRetroStyles();
  const { view } = useRetro();
  return (
    <div className={styles.stack}>
      <Caption1>
        {view.options.anonymous
          ? 'Cards are anonymous. Nobody sees their text until the facilitator reveals them.'
          : 'Cards show their author after the reveal.'}
      </Caption1>
      {view.columns.map((column) => (
        <GatherColumn key={column.id} column={column} />
      ))}
    </div>
  );
}
