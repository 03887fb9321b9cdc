/** The fewest random bytes a CANDOR_HMAC_KEY must encode (HMAC-SHA256's own block of strength). */
export const minHmacKeyBytes = 32;
/** Fewer distinct byte values than this in 32+ bytes means typed or patterned, not random (random 32 bytes have about 30). */
const minDistinctBytes = 16;

export const hmacKeyHowTo =
  "Make one with `openssl rand -base64 48` or `node -e \"console.log(require('crypto').randomBytes(48).toString('base64'))\"`, and keep it stable: rotating it stops recognising old pulse receipts and card authors.";

/**
 * Why `key` is not acceptable as CANDOR_HMAC_KEY, or null when it is. The key must be base64
 * (or base64url, or hex) of at least 32 random bytes. These checks catch the usual mistakes: a
 * passphrase, a repeated character, a pattern or a counter. They cannot prove randomness, so the
 * advice is always to generate the key.
 */
export function hmacKeyProblem(key: string): string | null {
  const bytes = decodeKey(key);
  if (!bytes) {
    return 'is not base64, base64url or hex (one line, no spaces), so it is not a generated key';
  }
  if (bytes.length < minHmacKeyBytes) {
    return `encodes ${bytes.length} bytes; it needs at least ${minHmacKeyBytes} random bytes`;
  }
  if (!isHex(key) && !(/[A-Z]/.test(key) && /[a-z]/.test(key))) {
    // Generated base64 of 32+ bytes mixes both cases (missing one has odds below 1 in 10^9); words rarely do.
    return 'looks like a passphrase rather than generated base64 (it does not mix upper- and lower-case letters)';
  }
  if (new Set(bytes).size < minDistinctBytes) {
    return `decodes to only ${new Set(bytes).size} distinct byte values, so it is not random`;
  }
  if (followsPattern(bytes)) {
    return 'decodes to a repeating pattern or a counting sequence, so it is not random';
  }
  return null;
}

function isHex(text: string): boolean {
  return text.length % 2 === 0 && /^[0-9a-fA-F]+$/.test(text);
}

/** Hex first (its alphabet is also base64's), then base64 or base64url with optional padding. */
function decodeKey(text: string): Buffer | null {
  if (isHex(text)) return Buffer.from(text, 'hex');
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return null;
  return Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

/**
 * True when the steps between neighbouring bytes repeat with a period of at most half the key:
 * that covers one byte repeated, any repeated block, and counters such as 00 01 02 ….
 */
function followsPattern(bytes: Buffer): boolean {
  const steps = Array.from(bytes.subarray(1), (b, i) => (b - bytes[i]! + 256) % 256);
  for (let period = 1; period <= bytes.length / 2; period++) {
    if (steps.every((step, i) => i < period || step === steps[i - period])) return true;
  }
  return false;
}
