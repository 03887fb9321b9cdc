/** Formats protocol arguments for the on-page log: short, and never showing a token. */

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
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
