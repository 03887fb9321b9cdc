import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Live events are kept in the database for replay (a day, see retention.ts), and a retro's events
 * hold its public changes: revealed card texts beside, say, an action owner's name. Each event
 * would sit in a readable page of the data folder, so a backup or a copied disk could set an
 * anonymous card's text beside a person. Their data is sealed instead: AES-256-GCM under a key
 * derived from CANDOR_HMAC_KEY, the secret that already guards every anonymous author's hash.
 */
export type EventSeal = {
  seal(json: string): string;
  /** Sealed text back to JSON; plain JSON (written before sealing existed) passes through. */
  open(stored: string): string;
};

const prefix = 'sealed:v1:';
const ivBytes = 12;
const tagBytes = 16;

export function createEventSeal(hmacKey: string): EventSeal {
  const key = Buffer.from(
    hkdfSync('sha256', Buffer.from(hmacKey, 'utf8'), Buffer.alloc(0), 'candor live events', 32),
  );
  return {
    seal(json) {
      const iv = randomBytes(ivBytes);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(json, 'utf8'), cipher.final()]);
      return prefix + Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
    },
    open(stored) {
      if (!stored.startsWith(prefix)) return stored;
      const bytes = Buffer.from(stored.slice(prefix.length), 'base64url');
      const iv = bytes.subarray(0, ivBytes);
      const tag = bytes.subarray(bytes.length - tagBytes);
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAuthTag(tag);
      const body = bytes.subarray(ivBytes, bytes.length - tagBytes);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    },
  };
}

/** For hubs without a key (some unit tests): stored as it is. */
export const noSeal: EventSeal = { seal: (json) => json, open: (stored) => stored };
