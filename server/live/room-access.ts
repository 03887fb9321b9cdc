import type { RoomId } from '../../shared/events.js';
import { requireMember } from '../access.js';
import type { AuthUser } from '../auth/types.js';
import type { MembershipService } from '../graph/types.js';
import { notFound } from '../http-errors.js';

/** The part of a room id before the first `:`, as roomIdSchema allows it. */
export type RoomKind = 'team' | 'chat' | 'retro';

/** Proves the caller may follow the room with this id (the part after `<kind>:`); throws an HttpError otherwise. */
export type RoomAuthoriser = (user: AuthUser, id: string) => Promise<void>;
export type RoomAuthorisers = Partial<Record<RoomKind, RoomAuthoriser>>;

/** Team and meeting-chat rooms: the caller must be a member, per Graph. Features add their own kinds. */
export function membershipAuthorisers(membership: MembershipService): RoomAuthorisers {
  return {
    team: async (user, id) => {
      await requireMember(membership, user, { kind: 'team', id });
    },
    chat: async (user, id) => {
      await requireMember(membership, user, { kind: 'chat', id });
    },
  };
}

export async function authoriseRoom(
  authorisers: RoomAuthorisers,
  user: AuthUser,
  room: RoomId,
): Promise<void> {
  const colon = room.indexOf(':');
  const kind = room.slice(0, colon) as RoomKind;
  const authorise = authorisers[kind];
  if (!authorise) {
    throw notFound('server.live.unknownRoomKind', { kind });
  }
  await authorise(user, room.slice(colon + 1));
}
