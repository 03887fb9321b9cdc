import { createHash } from 'node:crypto';

// A fixed namespace so the same client id always yields the same Teams app id.
const candorNamespace = '6f1d2a8e-3c4b-4e5f-9a0b-c1d2e3f4a5b6';

/**
 * The default Teams app id: a name-based UUID (version 5, SHA-1) of the lower-case Entra client id
 * in Candor's namespace. It is stable, so rebuilding the package updates the installed app rather
 * than adding a second one.
 */
export function teamsAppIdFor(clientId: string): string {
  return uuidV5(candorNamespace, clientId.toLowerCase());
}

/** A name-based UUID, version 5 (RFC 9562 section 5.5). */
export function uuidV5(namespace: string, name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
