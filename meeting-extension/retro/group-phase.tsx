import {
  DndContext,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { Caption1, Subtitle2 } from '@fluentui/react-components';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import type { CardView } from '../../shared/retro/api.js';
import { CommandError } from './command-error.js';
import { DropZone, GroupName } from './group-box.js';
import { GroupCard, type MoveTarget } from './group-card.js';
import { cardLabel, groupLabel } from './labels.js';
import { useRetro } from './retro-context.js';
import { useRetroStyles } from './styles.js';

const ungroupedZone = 'zone:ungrouped';
const newGroupZone = 'zone:new';

function targetOf(overId: string): MoveTarget | null {
  if (overId === ungroupedZone) return { kind: 'out' };
  if (overId === newGroupZone) return { kind: 'new' };
  if (overId.startsWith('group:')) return { kind: 'group', groupId: overId.slice('group:'.length) };
  return null;
}

/** Cards into groups by mouse, touch or keyboard; anyone can group and name. */
export default function GroupPhase() {
  const styles = useRetroStyles();
  const { view, allowed } = useRetro();
  const command = useRetroCommand(view.id);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    // A short press before dragging, so touch users can still scroll the panel.
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 6 } }),
    useSensor(KeyboardSensor),
  );
  const cardsById = new Map(view.cards.map((card) => [card.id, card]));
  const ungrouped = view.cards.filter((card) => !card.groupId);
  const mayMove = allowed.has('moveCard');

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
    const target = event.over ? targetOf(String(event.over.id)) : null;
    if (card && target) move(card, target);
  }

  const nameOf = (id: string | number) => {
    const key = String(id);
    if (key.startsWith('card:')) {
      const card = cardsById.get(key.slice('card:'.length));
      return card ? `card "${cardLabel(card)}"` : 'card';
    }
    if (key === ungroupedZone) return 'ungrouped cards';
    if (key === newGroupZone) return 'a new group';
    const index = view.groups.findIndex((g) => `group:${g.id}` === key);
    return index >= 0 ? `group "${groupLabel(view.groups[index]!, index)}"` : 'nowhere';
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${nameOf(active.id)} is over ${nameOf(over.id)}.`
        : `${nameOf(active.id)} is over nothing.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `Dropped ${nameOf(active.id)} into ${nameOf(over.id)}.`
        : `Dropped ${nameOf(active.id)}; it stays put.`,
    onDragCancel: ({ active }) => `Cancelled. ${nameOf(active.id)} stays put.`,
  };

  const cardList = (cards: CardView[], label: string) =>
    cards.length > 0 && (
      <ul className={styles.list} aria-label={label}>
        {cards.map((card) =>
          mayMove ? (
            <GroupCard
              key={card.id}
              card={card}
              groups={view.groups}
              onMove={(t) => move(card, t)}
            />
          ) : (
            <li key={card.id} className={styles.surface}>
              {card.text}
            </li>
          ),
        )}
      </ul>
    );

  return (
    <DndContext
      sensors={sensors}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            'To move a card, press Space, use the arrow keys to reach a group, and press Space again. Escape cancels. Or use its "Move to…" button.',
        },
      }}
    >
      <div className={styles.stack}>
        <Caption1>
          Drag cards by their handle (or use “Move to…”) to group similar ideas, then name each
          group.
        </Caption1>
        <CommandError error={command.error} title="The move did not work" />
        <DropZone id={ungroupedZone} label="Ungrouped cards">
          <Subtitle2 as="h3" className={styles.heading}>
            Ungrouped ({ungrouped.length})
          </Subtitle2>
          {cardList(ungrouped, 'Ungrouped cards list')}
        </DropZone>
        {view.groups.map((group, index) => (
          <DropZone key={group.id} id={`group:${group.id}`} label={groupLabel(group, index)}>
            {allowed.has('nameGroup') ? (
              <GroupName
                title={group.title}
                fallback={groupLabel(group, index)}
                onSave={(title) =>
                  void command.send({ type: 'nameGroup', groupId: group.id, title })
                }
              />
            ) : (
              <Subtitle2 as="h3" className={styles.heading}>
                {groupLabel(group, index)}
              </Subtitle2>
            )}
            {cardList(
              group.cardIds.flatMap((id) => cardsById.get(id) ?? []),
              `Cards in ${groupLabel(group, index)}`,
            )}
          </DropZone>
        ))}
        {mayMove && (
          <DropZone id={newGroupZone} label="New group">
            <Caption1>Drop a card here to start a new group.</Caption1>
          </DropZone>
        )}
      </div>
    </DndContext>
  );
}
