import {
  DndContext,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  Caption1,
  Caption1Strong,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef } from 'react';
import { useT } from '../../client/i18n.js';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import type { CardView } from '../../shared/retro/api.js';
import { useBoardText } from './board-text.js';
import { CommandError } from './command-error.js';
import { DropZone, GroupHeader, NewGroupTarget } from './group-box.js';
import { GroupCard } from './group-card.js';
import type { Column } from './group-card-parts.js';
import {
  collide,
  gripOf,
  groupAnnouncements,
  groupZone,
  jumpBetweenZones,
  type Grip,
  targetOf,
  ungroupedZone,
  verticalOnly,
} from './group-dnd.js';
import type { MoveTarget } from './group-move-menu.js';
import { useRetro } from './retro-context.js';
import { useRetroStyles } from './styles.js';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  columnTitle: { margin: 0, overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
});

/**
 * Cards into groups by mouse, touch or keyboard; anyone can group and name. Groups come first,
 * newest at the top under the "New group" target; loose cards follow under their column's title.
 */
export default function GroupPhase() {
  const styles = useStyles();
  const layout = useRetroStyles();
  const t = useT();
  const text = useBoardText();
  const { view, allowed } = useRetro();
  const command = useRetroCommand(view.id);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    // A short press before dragging, so touch users can still scroll the panel.
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: jumpBetweenZones }),
  );
  const cardsById = new Map(view.cards.map((card) => [card.id, card]));
  const mayMove = allowed.has('moveCard');
  // Set as a drag starts, before dnd-kit first asks where the card is.
  const grip = useRef<Grip>(null);
  const mayName = allowed.has('nameGroup');
  const columns: Column[] = view.columns;
  const loose = view.cards.filter((card) => !card.groupId);
  const known = new Set(columns.map((c) => c.id));
  const looseByColumn = [
    ...columns.map((column) => ({ column, cards: loose.filter((c) => c.columnId === column.id) })),
    { column: null, cards: loose.filter((c) => !known.has(c.columnId)) },
  ].filter((entry) => entry.cards.length > 0);
  // Newest group first, each keeping the index that names it "Untitled group n" in every phase.
  const groups = view.groups.map((group, index) => ({ group, index })).reverse();

  function move(card: CardView, target: MoveTarget) {
    if (target.kind === 'new') {
      void command.send({ type: 'createGroup', cardIds: [card.id], title: '' });
    } else {
      const groupId = target.kind === 'group' ? target.groupId : null;
      if (groupId === card.groupId) return;
      void command.send({ type: 'moveCard', cardId: card.id, groupId });
    }
  }

  function onDragEnd(event: DragEndEvent) {
    const cardId = (event.active.data.current as { cardId?: string } | undefined)?.cardId;
    const card = cardId ? cardsById.get(cardId) : undefined;
    const target = event.over ? targetOf(event.over.id) : null;
    if (card && target) move(card, target);
  }

  const cardList = (cards: CardView[], label: string) => (
    <ul className={layout.list} aria-label={label}>
      {cards.map((card) => (
        <GroupCard
          key={card.id}
          card={card}
          columns={columns}
          {...(mayMove && { groups: view.groups, onMove: (t: MoveTarget) => move(card, t) })}
        />
      ))}
    </ul>
  );

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collide(() => grip.current)}
      onDragStart={(event) => {
        grip.current = gripOf(event);
      }}
      modifiers={[verticalOnly]}
      autoScroll={{ threshold: { x: 0, y: 0.2 } }}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements: groupAnnouncements(view.cards, view.groups, t, text),
        screenReaderInstructions: { draggable: t('retro.dnd.instructions') },
      }}
    >
      <div className={layout.stack}>
        <Caption1>{t('retro.group.help')}</Caption1>
        <CommandError error={command.error} title={t('retro.group.moveFailed')} />
        {mayMove && <NewGroupTarget />}
        {groups.map(({ group, index }) => {
          const label = text.groupName(group, index);
          const cards = group.cardIds.flatMap((id) => cardsById.get(id) ?? []);
          return (
            <DropZone key={group.id} id={groupZone(group.id)} label={label}>
              <GroupHeader
                title={group.title}
                label={label}
                count={cards.length}
                {...(mayName && {
                  onSave: (title: string) =>
                    void command.send({ type: 'nameGroup', groupId: group.id, title }),
                })}
              />
              {cardList(cards, t('retro.board.cardsIn', { name: label }))}
            </DropZone>
          );
        })}
        <DropZone id={ungroupedZone} label={t('retro.group.ungroupedCards')}>
          <Subtitle2 as="h3" className={layout.heading}>
            {t('retro.group.notInGroup', { count: loose.length })}
          </Subtitle2>
          {loose.length === 0 && (
            <Caption1 className={layout.muted}>{t('retro.group.allGrouped')}</Caption1>
          )}
          {looseByColumn.map(({ column, cards }) => {
            const title = column ? text.columnTitle(column) : t('retro.column.other');
            return (
              <div key={column?.id ?? ''} className={styles.column}>
                <Caption1Strong as="h4" className={styles.columnTitle}>
                  {t('retro.group.columnCount', { column: title, count: cards.length })}
                </Caption1Strong>
                {cardList(cards, t('retro.group.ungroupedIn', { column: title }))}
              </div>
            );
          })}
        </DropZone>
      </div>
    </DndContext>
  );
}
