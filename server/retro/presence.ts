import type { Member } from '../../shared/api.js';
import { retroEventNames } from '../../shared/retro/api.js';
import type { RetroDelta } from '../../shared/retro/delta.js';
import type { RetroDeps } from './access.js';
import { personHash } from './hashing.js';
import { findRetro, loadMarks, type Q, type RetroData, type RetroRow } from './queries.js';

/**
 * Someone seen this recently is in the meeting now: open panels read their view at least every
 * 30 s (the heartbeat), and a read renews a mark older than 10 s, so 75 s leaves room for one miss.
 */
export const presentWithinMs = 75_000;

/** The counts a `presence` op carries. */
export type Presence = { total: number; ready: number; participants: number };

type Mark = RetroData['marks'][number];

/**
 * Who is here now, from the marks: `total` people seen within `presentWithinMs`, `ready` of them
 * with a ready mark, `participants` ever seen. Ready marks and presence marks are keyed hashes of
 * different purposes, so they are matched through the chat's members (each member's two hashes);
 * the ready mark of someone who left, or is no longer a member, does not count.
 */
export function presenceOf(
  retro: Pick<RetroRow, 'id' | 'tenant_id'>,
  marks: readonly Mark[],
  members: readonly Member[],
  now: Date,
  hmacKey: string,
): Presence {
  const seen = marks.filter((m) => m.kind === 'seen');
  const here = new Set(
    seen
      .filter((m) => now.getTime() - Date.parse(m.at) <= presentWithinMs)
      .map((m) => m.person_hash),
  );
  const readyHashes = new Set(marks.filter((m) => m.kind === 'ready').map((m) => m.person_hash));
  let ready = 0;
  if (readyHashes.size > 0 && here.size > 0) {
    for (const member of members) {
      const hashes = memberHashes(hmacKey, retro.tenant_id, retro.id, member.userId);
      if (readyHashes.has(hashes.ready) && here.has(hashes.seen)) ready += 1;
      if (ready === readyHashes.size) break;
    }
  }
  return { total: here.size, ready, participants: seen.length };
}

/**
 * Each member's ready and presence hashes, kept: every read of a big meeting's retro matches its
 * ready marks through the members, and two HMACs per member per read would add up.
 */
const knownHashes = new Map<string, { ready: string; seen: string }>();
const maxKnownHashes = 20_000;

function memberHashes(hmacKey: string, tenantId: string, retroId: string, userId: string) {
  const key = `${hmacKey}\u0000${tenantId}\u0000${retroId}\u0000${userId}`;
  let hashes = knownHashes.get(key);
  if (!hashes) {
    if (knownHashes.size >= maxKnownHashes) knownHashes.clear();
    hashes = {
      ready: personHash(hmacKey, 'ready', tenantId, retroId, userId),
      seen: personHash(hmacKey, 'seen', tenantId, retroId, userId),
    };
    knownHashes.set(key, hashes);
  }
  return hashes;
}

export const samePresence = (a: Presence, b: Presence) =>
  a.total === b.total && a.ready === b.ready && a.participants === b.participants;

/** The counts last published for this retro (stored on its row, so every instance compares with them). */
export const publishedPresence = (row: RetroRow): Presence => ({
  total: row.presence_total ?? 0,
  ready: row.presence_ready ?? 0,
  participants: row.presence_participants ?? 0,
});

/**
 * The counts last published, read on their own after the retro row's lock: on PostgreSQL a
 * locking select that waited re-reads the locked row but not the rows joined to it.
 */
export async function loadPublished(q: Q, retroId: string): Promise<Presence> {
  const row = await q
    .selectFrom('retro_presence')
    .select(['total', 'ready', 'participants'])
    .where('retro_id', '=', retroId)
    .executeTakeFirst();
  return row ?? { total: 0, ready: 0, participants: 0 };
}

/** Stores the counts every panel now shows (after a `presence` op, or a command that set them). */
export async function storePresence(q: Q, retroId: string, presence: Presence): Promise<void> {
  await q
    .insertInto('retro_presence')
    .values({ retro_id: retroId, ...presence })
    .onConflict((oc) => oc.column('retro_id').doUpdateSet({ ...presence }))
    .execute();
}

/**
 * Publishes a `presence` op when the counts differ from the last published ones: someone arrived,
 * left, or was last seen too long ago. Checked again under the retro's row lock, so when several
 * readers (on any instance) notice the same change, one publishes it and the others find it done.
 * Ended retros publish nothing. Returns whether it published.
 */
export async function publishPresenceIfChanged(
  deps: RetroDeps,
  retroId: string,
  members: readonly Member[],
  now: Date,
): Promise<boolean> {
  return deps.db.kysely.transaction().execute(async (trx) => {
    const retro = await findRetro(trx, deps.db, retroId, true);
    if (!retro || retro.status !== 'active') return false;
    const marks = await loadMarks(trx, retro.id);
    const presence = presenceOf(retro, marks, members, now, deps.config.hmacKey);
    if (samePresence(presence, await loadPublished(trx, retro.id))) return false;
    const rev = retro.rev + 1;
    await trx.updateTable('retros').set({ rev }).where('id', '=', retro.id).execute();
    await storePresence(trx, retro.id, presence);
    const delta: RetroDelta = {
      rev,
      now: now.toISOString(),
      ops: [{ op: 'presence', ...presence }],
    };
    await deps.hub.publish(`retro:${retro.id}`, retroEventNames.changed, delta, trx);
    return true;
  });
}
