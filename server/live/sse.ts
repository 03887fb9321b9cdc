import type { LiveEvent } from '../../shared/events.js';

/** One Server-Sent Events frame. The data line is the whole event as JSON, which never holds a raw newline. */
export function sseFrame(event: LiveEvent): string {
  return `id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** A comment line: keeps proxies from timing the stream out and lets the client notice a dead link. */
export function sseComment(text: string): string {
  return `: ${text.replace(/[\r\n]+/g, ' ')}\n\n`;
}

/** Event types become the SSE `event:` field, so they must be single-line names. */
export const eventTypePattern = /^[A-Za-z0-9_.:-]{1,100}$/;
