/**
 * The server's one telemetry seam. Call sites record through `telemetry`; it does nothing until
 * `startTelemetry` (server/telemetry/start.ts) installs the OpenTelemetry SDK, which happens only
 * when an exporter is configured. Every argument is a low-cardinality label or a number: nothing
 * here takes a URL, a token, a text, a user or a tenant.
 */

/** What a Graph request was for, from a fixed list (never its URL, which holds team and chat ids). */
export type GraphOperation =
  'team.members' | 'chat.members' | 'team.channel' | 'team.sendActivityNotification' | 'other';

export type Telemetry = {
  /** A finished HTTP request: the route template (`/api/retros/:retroId`), never the raw URL. */
  request(route: string | undefined, method: string, status: number, durationMs: number): void;
  /** A live (SSE) stream opened (+1) or closed (-1) on this instance. */
  liveConnections(delta: 1 | -1): void;
  /** An event reached the live streams of its room this long after it was published. */
  fanOutLag(ms: number): void;
  /** One HTTP exchange with Graph (each retry counts); status null when Graph was not reached. */
  graphCall(operation: GraphOperation, status: number | null, durationMs: number): void;
  /** One scheduler pass, with the names of the steps that failed in it. */
  schedulerRun(failedSteps: readonly string[], durationMs: number): void;
};

const noop: Telemetry = {
  request: () => {},
  liveConnections: () => {},
  fanOutLag: () => {},
  graphCall: () => {},
  schedulerRun: () => {},
};

let current: Telemetry = noop;

/** Installs the recorder (the SDK's) or, with null, goes back to recording nothing. */
export function useTelemetry(recorder: Telemetry | null): void {
  current = recorder ?? noop;
}

/** What call sites use: one line each, free when telemetry is off. */
export const telemetry: Telemetry = {
  request: (route, method, status, durationMs) =>
    current.request(route, method, status, durationMs),
  liveConnections: (delta) => current.liveConnections(delta),
  fanOutLag: (ms) => current.fanOutLag(ms),
  graphCall: (operation, status, durationMs) => current.graphCall(operation, status, durationMs),
  schedulerRun: (failedSteps, durationMs) => current.schedulerRun(failedSteps, durationMs),
};

/** Maps a Graph request path to its operation kind; ids never leave this function. */
export function graphOperationOf(url: string): GraphOperation {
  let path: string;
  try {
    path = new URL(url, 'https://graph.invalid').pathname;
  } catch {
    return 'other';
  }
  const parts = path.split('/').filter(Boolean);
  // Drop the version segment (v1.0, beta).
  if (parts[0] && /^(v\d+\.\d+|beta)$/.test(parts[0])) parts.shift();
  const [collection, , child, grandchild] = parts;
  if (collection === 'teams' && child === 'members' && parts.length === 3) return 'team.members';
  if (collection === 'chats' && child === 'members' && parts.length === 3) return 'chat.members';
  if (collection === 'teams' && child === 'channels' && grandchild && parts.length === 4) {
    return 'team.channel';
  }
  if (collection === 'teams' && child === 'sendActivityNotification' && parts.length === 3) {
    return 'team.sendActivityNotification';
  }
  return 'other';
}

/** `2xx`, `4xx`…; `none` when there was no HTTP answer. */
export function statusClass(status: number | null): string {
  return status === null || status < 100 || status > 599 ? 'none' : `${Math.floor(status / 100)}xx`;
}
