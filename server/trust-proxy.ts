import { isIP } from 'node:net';

/**
 * Which peers may set X-Forwarded-For, in a form Fastify's `trustProxy` takes: `false` (none,
 * the default) or a list of addresses, CIDR ranges and proxy-addr's names.
 */
export type TrustProxy = false | string[];

/** proxy-addr's named ranges, which Fastify accepts beside addresses. */
const namedRanges = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * Reads TRUST_PROXY: unset, empty or `0` trusts no proxy; otherwise a comma-separated list of IPs
 * and CIDR ranges. `true` is refused because trusting every hop lets any client choose the address
 * Candor logs and rate-limits. A hop count is refused because Fastify 5 ignores it (it cannot tell a
 * proxy from a client that connects directly), and silently trusting no one would surprise.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy | { problem: string } {
  const text = (raw ?? '').trim();
  if (text === '' || text === '0' || text === 'false') return false;
  if (/^\d+$/.test(text)) {
    return {
      problem: `is a hop count, which Fastify does not accept because it cannot check that the nearest hop is your proxy; list the proxies' addresses instead (for example 10.0.0.0/8)`,
    };
  }
  if (text === 'true' || text === '*') {
    return {
      problem:
        'trusting every hop lets any client forge its address with X-Forwarded-For; list your proxies instead',
    };
  }
  const entries = text
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const bad = entries.filter((entry) => !isAddressOrRange(entry));
  if (bad.length > 0) return { problem: `${bad.join(', ')} is not an IP address or a CIDR range` };
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  if (namedRanges.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (version === 4 ? 32 : 128);
}
