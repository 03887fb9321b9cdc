export type RankedGroup = {
  id: string;
  votes: number;
  /** Position in creation order; breaks ties in votes. */
  createdOrder: number;
};

/** Group ids in discussion order: most votes first, then the earlier-created group. */
export function discussionOrder(groups: readonly RankedGroup[]): string[] {
  return [...groups]
    .sort(
      (a, b) =>
        b.votes - a.votes ||
        a.createdOrder - b.createdOrder ||
        // Total order even on bad input, so every client shows the same list.
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .map((group) => group.id);
}

/**
 * Whole seconds left on a timer (never below 0), counted on the server's clock.
 * The client's clock may be off, so only the time elapsed on it since the fetch is used:
 * remaining = (endsAt − serverNow) − (clientNow − clientNowAtFetch).
 * Rounded up, so the display reaches 0 only when the time is really up.
 */
export function timerRemaining(
  endsAtIso: string,
  serverNowIso: string,
  clientNowAtFetch: number,
  clientNow: number,
): number {
  const leftAtFetch = Date.parse(endsAtIso) - Date.parse(serverNowIso);
  // A clock set back after the fetch must not add time.
  const elapsed = Math.max(0, clientNow - clientNowAtFetch);
  const remainingMs = leftAtFetch - elapsed;
  if (!Number.isFinite(remainingMs) || remainingMs <= 0) return 0;
  return Math.ceil(remainingMs / 1000);
}
