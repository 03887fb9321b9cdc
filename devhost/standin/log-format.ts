/** Formats protocol arguments for the on-page log: short, and never showing a token. */
import {
  describeNaaReply,
  describeNaaRequest,
  naaExecute,
  parseNaaRequest,
  type NaaResponse,
} from './naa-protocol.js';
import type { AppRequest } from './protocol.js';

const jwtLike = /^[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]*$/;
const secretKeys = /token|secret|password|authorization/i;

export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return jwtLike.test(value) ? '[token]' : value;
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      secretKeys.test(k) && v ? '[redacted]' : redact(v, depth + 1),
    ]),
  );
}

export function summarizeArgs(args: unknown[], max = 160): string {
  if (args.length === 0) return '';
  let text: string;
  try {
    text = JSON.stringify(redact(args));
  } catch {
    text = '[unserialisable]';
  }
  // The runtime config is long and the same every time.
  text = text.replace(/"\{\\"apiVersion\\".*?\}"(?=[,\]])/, '"<runtime config>"');
  return clip(text, max);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The log line for an app's request: msal's NAA requests by method and parameters, others by their args. */
export function summarizeRequest(request: AppRequest, max = 240): string {
  return request.func === naaExecute
    ? clip(describeNaaRequest(request.data), max)
    : summarizeArgs(request.args);
}

/** The log line for the host's reply; NAA replies carry tokens inside a JSON string, so they are described instead. */
export function summarizeReply(request: AppRequest, reply: unknown[], max = 240): string {
  if (request.func !== naaExecute || typeof reply[1] !== 'string') return summarizeArgs(reply);
  const method = parseNaaRequest(request.data)?.method ?? 'unknown method';
  try {
    return clip(describeNaaReply(method, JSON.parse(reply[1]) as NaaResponse), max);
  } catch {
    return `${method} → [unreadable reply]`;
  }
}
