import {
  KeyboardCode,
  closestCenter,
  defaultKeyboardCoordinateGetter,
  pointerWithin,
  type Announcements,
  type CollisionDetection,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  type Modifier,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import type { Translate } from '../../client/i18n.js';
import type { CardView, GroupView } from '../../shared/retro/api.js';
import type { BoardText } from './board-text.js';
import type { MoveTarget } from './group-move-menu.js';
import { cardLabel } from './labels.js';

export const ungroupedZone = 'zone:ungrouped';
export const newGroupZone = 'zone:new';
export const groupZone = (groupId: string) => `group:${groupId}`;

export function targetOf(overId: UniqueIdentifier): MoveTarget | null {
  const key = String(overId);
  if (key === ungroupedZone) return { kind: 'out' };
  if (key === newGroupZone) return { kind: 'new' };
  if (key.startsWith('group:')) return { kind: 'group', groupId: key.slice('group:'.length) };
  return null;
}

/** Where the pointer held the card, from the card's top-left corner; null for the keyboard. */
export type Grip = { x: number; y: number } | null;

export function gripOf({ active, activatorEvent }: DragStartEvent): Grip {
  const rect = active.rect.current.initial;
  const touch = 'touches' in activatorEvent ? (activatorEvent as TouchEvent).touches[0] : null;
  const point = touch ?? ('clientX' in activatorEvent ? (activatorEvent as MouseEvent) : null);
  return rect && point ? { x: point.clientX - rect.left, y: point.clientY - rect.top } : null;
}

/**
 * A card drops on the zone under the pointer, so a tall card can still land on the small "New
 * group" target; dragged by keyboard, the card's centre stands in for the pointer, else the
 * nearest zone's centre. The point follows the moved card, which dnd-kit keeps true when the
 * panel scrolls during the drag (its own pointer coordinates are not).
 */
export function collide(gripNow: () => Grip): CollisionDetection {
  return (args) => {
    const grip = gripNow();
    const { left, top, width, height } = args.collisionRect;
    const point = grip
      ? { x: left + grip.x, y: top + grip.y }
      : { x: left + width / 2, y: top + height / 2 };
    const within = pointerWithin({ ...args, pointerCoordinates: point });
    return within.length > 0 || grip ? within : closestCenter(args);
  };
}

/** The board is one column: a card moves only up and down, so it never pushes the panel sideways. */
export const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 });

/** Up and down jump from zone to zone (25 px steps would take dozens of presses on a long board). */
export const jumpBetweenZones: KeyboardCoordinateGetter = (event, args) => {
  const down = event.code === KeyboardCode.Down;
  if (!down && event.code !== KeyboardCode.Up) return defaultKeyboardCoordinateGetter(event, args);
  const { collisionRect, droppableRects, droppableContainers, over } = args.context;
  event.preventDefault();
  if (!collisionRect) return undefined;
  const centre = collisionRect.top + collisionRect.height / 2;
  const centres = droppableContainers.getEnabled().flatMap((zone) => {
    const rect = droppableRects.get(zone.id);
    return rect && zone.id !== over?.id ? [rect.top + rect.height / 2] : [];
  });
  const ahead = centres.filter((c) => (down ? c > centre + 1 : c < centre - 1));
  if (ahead.length === 0) return undefined;
  const target = down ? Math.min(...ahead) : Math.max(...ahead);
  return { x: args.currentCoordinates.x, y: args.currentCoordinates.y + target - centre };
};

/**
 * What screen readers hear while a card moves, in the board's own words. Each announcement is one
 * catalogue sentence: the moved card and the zone are its arguments, never pieces glued together.
 */
export function groupAnnouncements(
  cards: CardView[],
  groups: GroupView[],
  t: Translate,
  text: BoardText,
): Announcements {
  const cardOf = (id: UniqueIdentifier) => {
    const card = cards.find((c) => `card:${c.id}` === String(id));
    return card ? { known: 'yes', card: cardLabel(card) } : { known: 'no', card: '' };
  };
  const zoneOf = (id: UniqueIdentifier) => {
    const key = String(id);
    if (key === ungroupedZone) return { target: 'ungrouped', group: '' };
    if (key === newGroupZone) return { target: 'new', group: '' };
    const index = groups.findIndex((g) => groupZone(g.id) === key);
    return index >= 0
      ? { target: 'group', group: text.groupName(groups[index]!, index) }
      : { target: 'none', group: '' };
  };
  return {
    onDragStart: ({ active }) => t('retro.dnd.pickedUp', cardOf(active.id)),
    onDragOver: ({ active, over }) =>
      over
        ? t('retro.dnd.over', { ...cardOf(active.id), ...zoneOf(over.id) })
        : t('retro.dnd.overNothing', cardOf(active.id)),
    onDragEnd: ({ active, over }) =>
      over
        ? t('retro.dnd.dropped', { ...cardOf(active.id), ...zoneOf(over.id) })
        : t('retro.dnd.droppedNowhere', cardOf(active.id)),
    onDragCancel: ({ active }) => t('retro.dnd.cancelled', cardOf(active.id)),
  };
}
