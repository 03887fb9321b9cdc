/**
 * Rate limits, quotas and HTTP timeouts. Every value is sized so that a real 300-person retro
 * never meets it, while a script meets it within seconds. SECURITY.md lists them for operators.
 *
 * The sizing starts from what one open Candor page does at its busiest:
 * - a presence heartbeat (`GET /api/retros/:id`) every 30 s: 2 a minute;
 * - a refetch after live events: the client folds events into one refetch per wave, spread over
 *   up to 1.5 s in big rooms (client/retro/live-retro.ts), so at most ~40 a minute;
 * - commands: a fast typist adds a card every few seconds and votes in bursts, ~30 a minute;
 * - a few stream reconnects.
 * That is ~75 requests a minute per page. One person may have the side panel, the stage and a
 * channel tab open (3 pages, ~225 a minute).
 */
export type Limits = {
  /** API requests per signed-in person (tenant + user id) per window, on each instance. */
  perUserMax: number;
  /** API requests per tenant per window, on each instance. */
  perTenantMax: number;
  /** API requests that fail sign-in, per client IP per window, on each instance. */
  perIpUnauthenticatedMax: number;
  /** The rate-limit window. */
  windowMs: number;
  /** Open live streams per person on each instance. */
  streamsPerUser: number;
  /** How often an open stream re-checks that its person may still follow the room. */
  streamRecheckMs: number;
  /** Pulses (series) a team may create in 24 hours; counted in the database, so on all instances. */
  pulsesPerTeamPerDay: number;
  /** The most cards one retro holds; 300 people writing 6 cards each is 1,800. */
  cardsPerRetro: number;
  /** Activity-feed notifications sent to a team per hour; counted in the database. */
  notificationsPerTeamPerHour: number;
  /** Time to receive a whole request, headers and body (Node's `requestTimeout`). */
  requestTimeoutMs: number;
  /** A socket silent this long is closed (Fastify's `connectionTimeout`); live streams are exempt. */
  connectionTimeoutMs: number;
  /** How long an idle keep-alive connection waits for its next request. */
  keepAliveTimeoutMs: number;
};

export const defaultLimits: Limits = {
  // 600 a minute: ~2.5× the ~225 a minute of one person's three busiest pages.
  perUserMax: 600,
  // 60,000 a minute: 300 people of one tenant at ~75 a minute each is 22,500; the rest leaves
  // room for the stage views and for other meetings of a big tenant at the same time.
  perTenantMax: 60_000,
  // A client with an expired token fails once and signs in again. Keyed by IP, so with no
  // trusted proxy configured every user behind the proxy shares it: 600 leaves 300 of them room.
  perIpUnauthenticatedMax: 600,
  windowMs: 60_000,
  // One stream per open page; 10 covers several Teams windows and devices (a page holds one).
  streamsPerUser: 10,
  // The Graph membership cache's TTL (server/graph/membership.ts): each re-check can see a new list.
  streamRecheckMs: 60_000,
  // A team runs one pulse series, perhaps a few; 20 in a day is only reached by a script.
  pulsesPerTeamPerDay: 20,
  cardsPerRetro: 2_000,
  // A pulse sends "opened" and "closing soon"; a team with two pulses due at once needs 4.
  notificationsPerTeamPerHour: 6,
  // Bodies are at most 256 KB of JSON; 30 s is generous for that and short for a trickle.
  requestTimeoutMs: 30_000,
  // Above keepAliveTimeoutMs, so idle keep-alive connections end by that rule, not this one.
  connectionTimeoutMs: 120_000,
  // Longer than the 60 s idle timeout of common proxies and load balancers, so the proxy, not
  // Candor, closes an idle pooled connection (no race where it reuses one we just closed).
  keepAliveTimeoutMs: 72_000,
};

/** The config's limits over the defaults; tests pass only the ones they change. */
export function resolveLimits(overrides: Partial<Limits> | undefined): Limits {
  return { ...defaultLimits, ...overrides };
}

/**
 * When a refused caller may try again, as the `waitUnit` and `wait` values of a catalogue
 * message ("in 42 seconds", "in 3 minutes", "in 2 hours").
 */
export function waitValues(seconds: number): {
  waitUnit: 'second' | 'minute' | 'hour';
  wait: number;
} {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 120) return { waitUnit: 'second', wait: s };
  if (s < 2 * 3600) return { waitUnit: 'minute', wait: Math.ceil(s / 60) };
  return { waitUnit: 'hour', wait: Math.ceil(s / 3600) };
}
