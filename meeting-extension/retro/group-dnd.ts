import {
  KeyboardCode,
  closestCenter,
  defaultKeyboardCoordinateGetter,
  pointerWithin,
  type Announcements,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import type { CardView, GroupView } from '../../shared/retro/api.js';
import type { MoveTarget } from './group-move-menu.js';
import { cardLabel, groupLabel } from './labels.js';

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

/**
 * A pointer drops where it points, so a tall card can still land on the small "New group" target;
 * the keyboard has no pointer, so it takes the zone whose centre is nearest the card's.
 */
export const collide: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : closestCenter(args);

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

/** What screen readers hear while a card moves, in the board's own words. */
export function groupAnnouncements(cards: CardView[], groups: GroupView[]): Announcements {
  const nameOf = (id: UniqueIdentifier) => {
    const key = String(id);
    if (key.startsWith('card:')) {
      const card = cards.find((c) => `card:${c.id}` === key);
      return card ? `card "${cardLabel(card)}"` : 'card';
    }
    if (key === ungroupedZone) return 'ungrouped cards';
    if (key === newGroupZone) return 'a new group';
    const index = groups.findIndex((g) => groupZone(g.id) === key);
    return index >= 0 ? `group "${groupLabel(groups[index]!, index)}"` : 'nowhere';
  };
  return {
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
}
