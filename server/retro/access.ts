import { requireMember, type Access } from '../access.js';
import type { AppDeps } from '../app-deps.js';
import type { AuthUser } from '../auth/types.js';
import { notFound } from '../http-errors.js';
import type { RoomAuthoriser } from '../live/room-access.js';
import { findRetro, type Q, type RetroRow } from './queries.js';

export type RetroDeps = Pick<AppDeps, 'config' | 'db' | 'hub' | 'membership' | 'bot'>;

export const retroNotFound = () => notFound('server.retro.notFound');

/**
 * The retro, if the caller may see it: same tenant (else 404, so ids of other organisations
 * reveal nothing) and a participant of its meeting chat per Graph (else 403).
 */
export async function requireRetroAccess(
  deps: RetroDeps,
  user: AuthUser,
  retroId: string,
): Promise<{ retro: RetroRow; access: Access }> {
  const retro = await findRetro(deps.db.kysely, deps.db, retroId);
  if (!retro || retro.tenant_id !== user.tenantId) throw retroNotFound();
  const access = await requireMember(deps.membership, user, { kind: 'chat', id: retro.chat_id });
  return { retro, access };
}

/** Live events of `retro:<id>` go only to people who may read the retro. */
export function retroRoomAuthoriser(deps: RetroDeps): RoomAuthoriser {
  return async (user, id) => {
    await requireRetroAccess(deps, user, id);
  };
}

type Mark = { kind: string; person_hash: string; at: string };

/** `marks` as they are once `markSeen` has recorded this person at `now`. */
export function withSeenMark(marks: readonly Mark[], seenHash: string, now: Date): Mark[] {
  return [
    ...marks.filter((m) => !(m.kind === 'seen' && m.person_hash === seenHash)),
    { kind: 'seen', person_hash: seenHash, at: now.toISOString() },
  ];
}

/** Records that this person is here now (a keyed hash, never a user id). Does not bump `rev`. */
/**
 * How fresh a presence mark must be for a read to leave it alone. Well inside the panels' 30 s
 * heartbeat and the 90 s after which a facilitator counts as away, and it spares the database a
 * write for each of the hundreds of view reads that follow every retro event.
 */
export const seenRefreshMs = 10_000;

/** Whether this person's presence mark is missing or older than `seenRefreshMs`. */
export function seenIsStale(marks: readonly Mark[], seenHash: string, now: Date): boolean {
  const mark = marks.find((m) => m.kind === 'seen' && m.person_hash === seenHash);
  return !mark || now.getTime() - Date.parse(mark.at) >= seenRefreshMs;
}

/**
 * Records this person as here at `now`, unless they closed a panel (`/leave`) at or after
 * `arrivedAt`: a read that reached the server before the leave, but wrote after it, must not
 * count them back in. Returns whether the mark was written.
 */
export async function markSeen(
  q: Q,
  retroId: string,
  seenHash: string,
  now: Date,
  arrivedAt: Date = now,
): Promise<boolean> {
  const result = await q
    .insertInto('retro_marks')
    .values({ retro_id: retroId, kind: 'seen', person_hash: seenHash, at: now.toISOString() })
    .onConflict((oc) =>
      oc
        .columns(['retro_id', 'kind', 'person_hash'])
        .doUpdateSet({ at: now.toISOString() })
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('retro_marks as left_mark')
                .select('left_mark.person_hash')
                .where('left_mark.retro_id', '=', retroId)
                .where('left_mark.kind', '=', 'left')
                .where('left_mark.person_hash', '=', seenHash)
                .where('left_mark.at', '>=', arrivedAt.toISOString()),
            ),
          ),
        ),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** Records that this person closed a panel at `at` (see `markSeen`). */
export async function markLeft(q: Q, retroId: string, seenHash: string, at: Date): Promise<void> {
  await q
    .insertInto('retro_marks')
    .values({ retro_id: retroId, kind: 'left', person_hash: seenHash, at: at.toISOString() })
    .onConflict((oc) =>
      oc.columns(['retro_id', 'kind', 'person_hash']).doUpdateSet({ at: at.toISOString() }),
    )
    .execute();
}
