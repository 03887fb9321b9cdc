import { createHmac } from 'node:crypto';

/**
 * What a keyed hash stands for. Each purpose has its own label, so a card author's hash cannot be
 * matched against a voter's or a ready mark's, and none can be matched across retros or tenants.
 */
export type HashPurpose = 'card' | 'vote' | 'ready' | 'answer' | 'checkin' | 'seen' | 'caller';

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

/** One person's hashes in one retro, each computed on first use and then kept for the request. */
export type PersonHashes = Readonly<Record<HashPurpose, string>>;

const purposes: readonly HashPurpose[] = [
  'card',
  'vote',
  'ready',
  'answer',
  'checkin',
  'seen',
  'caller',
];

export function hashesFor(
  key: string,
  tenantId: string,
  retroId: string,
  userId: string,
): PersonHashes {
  // A command needs two or three of the seven; an HMAC is a few microseconds each.
  const known = new Map<HashPurpose, string>();
  const hashes = {} as Record<HashPurpose, string>;
  for (const purpose of purposes) {
    Object.defineProperty(hashes, purpose, {
      enumerable: true,
      get() {
        let hash = known.get(purpose);
        if (hash === undefined) {
          hash = personHash(key, purpose, tenantId, retroId, userId);
          known.set(purpose, hash);
        }
        return hash;
      },
    });
  }
  return hashes;
}
