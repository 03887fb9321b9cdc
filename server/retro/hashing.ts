import { createHmac } from 'node:crypto';

/**
 * What a keyed hash stands for. Each purpose has its own label, so a card author's hash cannot be
 * matched against a voter's or a ready mark's, and none can be matched across retros or tenants.
 */
export type HashPurpose = 'card' | 'vote' | 'ready' | 'answer' | 'seen' | 'caller';

/** HMAC-SHA256(key, `<purpose>:<tenant>:<retro>:<user>`), hex. The only way the server knows who did what. */
export function personHash(
  key: string,
  purpose: HashPurpose,
  tenantId: string,
  retroId: string,
  userId: string,
): string {
  return createHmac('sha256', key)
    .update(`${purpose}:${tenantId}:${retroId}:${userId}`)
    .digest('hex');
}

/** One person's hashes in one retro, computed once per request. */
export type PersonHashes = Record<HashPurpose, string>;

export function hashesFor(
  key: string,
  tenantId: string,
  retroId: string,
  userId: string,
): PersonHashes {
  const of = (purpose: HashPurpose) => personHash(key, purpose, tenantId, retroId, userId);
  return {
    card: of('card'),
    vote: of('vote'),
    ready: of('ready'),
    answer: of('answer'),
    seen: of('seen'),
    caller: of('caller'),
  };
}
