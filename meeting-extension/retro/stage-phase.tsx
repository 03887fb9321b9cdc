import { Subtitle1, Text } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useFormat } from '../../client/format.js';
import { useT } from '../../client/i18n.js';
import { cardCounts, orderedGroups } from '../../client/retro/view-state.js';
import type { CardView, RetroView } from '../../shared/retro/api.js';
import { useBoardText } from './board-text.js';
import { useStageStyles } from './stage-styles.js';
import { TallyView } from './tally-view.js';

/** One card on the stage: two lines at most, and its author in a named retro. */
function StageCard({ card }: { card: CardView }) {
  const s = useStageStyles();
  const t = useT();
  return (
    <li className={s.card}>
      {/* A plain block: Fluent's Text sets its own display, which would undo the line clamp. */}
      <div className={`${s.cardText} ${s.clamp}`} title={card.text}>
        {card.text}
      </div>
      {card.author && (
        <Text className={s.author}>
          {t('retro.board.author', { name: card.author.displayName })}
        </Text>
      )}
    </li>
  );
}

/**
 * The current phase as anyone may see it. The stage is a viewer too, so its view holds the
 * sharer's own cards before the reveal: only counts are shown then, never text, and never
 * anyone's own votes or answers.
 */
export function StagePhase({ view }: { view: RetroView }) {
  const s = useStageStyles();
  const fmt = useFormat();
  const t = useT();
  const text = useBoardText();
  const focused = useRef<HTMLLIElement>(null);
  const focusId = view.discussion.focusGroupId;
  // On a small screen the board region scrolls: bring the topic under discussion into view.
  useEffect(() => {
    if (focusId) focused.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [focusId]);
  const cards = new Map(view.cards.map((card) => [card.id, card]));
  const revealedCard = (id: string) => (view.revealed ? (cards.get(id) ?? null) : null);
  const groupName = (id: string) => {
    const index = view.groups.findIndex((g) => g.id === id);
    return index >= 0 ? text.groupName(view.groups[index]!, index) : '';
  };

  switch (view.phase) {
    case 'checkin':
      return (
        <div className={s.stack}>
          <Text as="p" className={`${s.text} ${s.big}`}>
            {t('panel.checkin.prime')}
          </Text>
          <Subtitle1 as="h2" className={s.heading}>
            {t('retro.stage.safety')}
          </Subtitle1>
          <TallyView label={t('retro.stage.safetyAnswers')} tally={view.safety} size="stage" />
        </div>
      );
    case 'review':
    case 'actions': {
      const items = view.phase === 'review' ? view.review : view.actions;
      if (items.length === 0) return <Text className={s.text}>{t('retro.stage.noActions')}</Text>;
      return (
        <ul className={s.grid} aria-label={t('retro.stage.actions')}>
          {items.map((item) => (
            <li key={item.id} className={s.panel}>
              <div className={`${s.topic} ${s.clamp}`} title={item.text}>
                {item.text}
              </div>
              <Text className={s.votes}>
                {t('retro.stage.action', {
                  owner: item.owner.displayName,
                  due: fmt.day(item.dueDate),
                  status: item.status,
                })}
              </Text>
            </li>
          ))}
        </ul>
      );
    }
    case 'gather': {
      const counts = cardCounts(view);
      return (
        <ul className={s.grid} aria-label={t('retro.stage.columns')}>
          {view.columns.map((column) => (
            <li key={column.id} className={s.panel}>
              <Subtitle1 as="h2" className={s.topic}>
                {text.columnTitle(column)}
              </Subtitle1>
              {view.revealed ? (
                <ul className={s.list}>
                  {view.cards
                    .filter((card) => card.columnId === column.id)
                    .map((card) => (
                      <StageCard key={card.id} card={card} />
                    ))}
                </ul>
              ) : (
                <Text
                  className={s.huge}
                  aria-label={t('retro.stage.cards', { count: counts[column.id] ?? 0 })}
                >
                  {t('retro.stage.cards', { count: counts[column.id] ?? 0 })}
                </Text>
              )}
            </li>
          ))}
        </ul>
      );
    }
    case 'close':
      return (
        <div className={s.stack}>
          <Subtitle1 as="h2" className={s.heading}>
            {t('retro.stage.roti')}
          </Subtitle1>
          <TallyView label={t('retro.stage.rotiAnswers')} tally={view.roti} size="stage" />
          <Text className={s.text}>{t('retro.stage.summaryWhere')}</Text>
        </div>
      );
    default: {
      // group, vote, discuss: the groups (ordered by votes once voting has ended)
      const groups = view.phase === 'discuss' ? orderedGroups(view) : view.groups;
      const loose = view.cards.filter((card) => !card.groupId);
      return (
        <ul className={s.grid} aria-label={t('retro.stage.topics')}>
          {groups.map((group) => (
            <li
              key={group.id}
              ref={group.id === focusId ? focused : undefined}
              className={`${s.panel} ${group.id === focusId ? s.focus : ''}`}
              aria-current={group.id === focusId ? 'true' : undefined}
            >
              <Subtitle1 as="h2" className={s.topic}>
                {groupName(group.id)}
              </Subtitle1>
              {group.votes !== null && <Text className={s.votes}>{text.votes(group.votes)}</Text>}
              <ul className={s.list}>
                {group.cardIds.map((id) => {
                  const card = revealedCard(id);
                  return card ? <StageCard key={id} card={card} /> : null;
                })}
              </ul>
              {view.phase === 'discuss' &&
                group.notes.map((note) => (
                  <Text key={note.id} className={`${s.text} ${s.muted}`}>
                    {t('retro.board.note', { note: note.text })}
                  </Text>
                ))}
            </li>
          ))}
          {view.phase === 'group' && view.revealed && loose.length > 0 && (
            <li className={s.panel}>
              <Subtitle1 as="h2" className={s.topic}>
                {t('retro.stage.notGrouped')}
              </Subtitle1>
              <ul className={s.list}>
                {loose.map((card) => (
                  <StageCard key={card.id} card={card} />
                ))}
              </ul>
            </li>
          )}
        </ul>
      );
    }
  }
}
