/**
 * The shared API and event contracts are zod schemas, and zod is ~24 KB gzip: more than the side
 * panel's budget allows up front. They load on first use, in parallel with the first request.
 */
export type ApiContract = typeof import('../shared/api.js');
export type EventContract = typeof import('../shared/events.js');

let api: Promise<ApiContract> | null = null;
let events: Promise<EventContract> | null = null;

export function loadApiContract(): Promise<ApiContract> {
  api ??= import('../shared/api.js');
  return api;
}

export function loadEventContract(): Promise<EventContract> {
  events ??= import('../shared/events.js');
  return events;
}
