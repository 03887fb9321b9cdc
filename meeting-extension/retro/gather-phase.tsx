import { Caption1, Subtitle2 } from '@fluentui/react-components';
import { useT } from '../../client/i18n.js';
import { hiddenCount } from '../../client/retro/view-state.js';
import type { RetroColumn } from '../../shared/retro/templates.js';
import { useBoardText } from './board-text.js';
import { CardComposer } from './card-composer.js';
import { GatherCard } from './own-card.js';
import { useRetro } from './retro-context.js';
import { useRetroStyles } from './styles.js';

function GatherColumn({ column }: { column: RetroColumn }) {
  const styles = useRetroStyles();
  const t = useT();
  const text = useBoardText();
  const { view, allowed } = useRetro();
  const title = text.columnTitle(column);
  const prompt = text.columnPrompt(column);
  const cards = view.cards.filter((card) => card.columnId === column.id);
  const hidden = hiddenCount(view, column.id);
  const headingId = `column-${column.id}`;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {title}
      </Subtitle2>
      {prompt && <Caption1 className={styles.muted}>{prompt}</Caption1>}
      {cards.length > 0 && (
        <ul className={styles.list} aria-label={t('retro.board.cardsIn', { name: title })}>
          {cards.map((card) => (
            <GatherCard key={card.id} card={card} />
          ))}
        </ul>
      )}
      {!view.revealed && (
        <Caption1 role="status">{t('retro.gather.hidden', { count: hidden })}</Caption1>
      )}
      {allowed.has('addCard') && (
        <CardComposer retroId={view.id} column={column} title={title} prompt={prompt} />
      )}
    </section>
  );
}

/** Everyone writes cards; before the reveal, others' cards are only counted. */
export default function GatherPhase() {
  const styles = useRetroStyles();
  const t = useT();
  const { view } = useRetro();
  return (
    <div className={styles.stack}>
      <Caption1>
        {view.options.anonymous ? t('retro.gather.anonymous') : t('retro.gather.named')}
      </Caption1>
      {view.columns.map((column) => (
        <GatherColumn key={column.id} column={column} />
      ))}
    </div>
  );
}
