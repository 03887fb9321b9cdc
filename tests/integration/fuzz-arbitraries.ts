import fc from 'fast-check';

/** JSON text written as is: numbers JSON.stringify cannot produce (`1e309`, `-0`). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** An object as a list of entries, so keys like `__proto__` and duplicate keys survive to the wire. */
export class Entries {
  constructor(readonly entries: readonly (readonly [string, unknown])[]) {}
}

/** Serialises a fuzz value to JSON text; undefined members are left out, as JSON.stringify does. */
export function toJsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (value instanceof Entries) {
    const members = value.entries
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${JSON.stringify(k)}:${toJsonText(v)}`);
    return `{${members.join(',')}}`;
  }
  if (Array.isArray(value)) return `[${value.map((v) => toJsonText(v ?? null)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return toJsonText(new Entries(Object.entries(value)));
  }
  return JSON.stringify(value) ?? 'null';
}

export const controlCharacters = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000b',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009f',
  '\t',
  '\n',
  '\r',
];
export const invisibleCharacters = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u3164',
  '\u2800',
  '\u2028',
];
const rtl = ['مرحبا بالعالم', 'שלום עולם', '\u202eevil\u202c', '\u200fRTL', 'ابدأ\u200d'];
const emoji = ['👩‍👩‍👧‍👦', '🏳️‍🌈', '😀', '🇺🇳', '👍🏽'];
const loneSurrogates = ['\ud800', '\udfff', 'a\udc00b'];
export const reservedKeys = ['__proto__', 'constructor', 'prototype'];
const lookalikes = [
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  'null',
  'undefined',
  'true',
  '2030-02-31',
  '2030-02-31T10:00:00Z',
  '0000-00-00',
  '2030-13-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '-271821-04-19T00:00:00Z',
  "'; drop table retros; --",
  '%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
];

const special = fc.constantFrom(
  ...controlCharacters,
  ...invisibleCharacters,
  ...rtl,
  ...emoji,
  ...loneSurrogates,
  ...reservedKeys,
  ...lookalikes,
);

/** Hostile strings: control and zero-width characters, RTL, emoji, lone surrogates, odd lengths. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 4, arbitrary: special },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.string({ maxLength: 8 }), special, fc.string({ maxLength: 8 }))
      .map((parts) => parts.join('')),
  },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom(...invisibleCharacters, ' ', '\u3000'), {
        minLength: 1,
        maxLength: 6,
      })
      .map((parts) => parts.join('')),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('x', 'é', '😀', '\u200b'),
        fc.constantFrom(61, 121, 301, 501, 2001, 5000),
      )
      .map(([unit, n]) => unit.repeat(n)),
  },
);

/**
 * Text a person might paste: ordinary text with one special character inside (U+0000 often, as
 * the one PostgreSQL refuses), or text made only of invisible characters.
 */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.string({ maxLength: 12 }),
        fc.oneof(
          { weight: 1, arbitrary: fc.constant('\u0000') },
          { weight: 3, arbitrary: special },
        ),
        fc.string({ maxLength: 12 }),
      )
      .map((parts) => parts.join('')),
  },
  { weight: 1, arbitrary: fc.constantFrom(...invisibleCharacters).map((c) => c.repeat(3)) },
);

/** Numbers out of range or of the wrong kind, some only expressible as raw JSON. */
export const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    0,
    -1,
    1.5,
    0.1,
    2 ** 31,
    2 ** 53 + 2,
    Number.MAX_SAFE_INTEGER,
    -Number.MAX_VALUE,
    new RawJson('1e309'),
    new RawJson('-1e309'),
    new RawJson('1e-400'),
    new RawJson('-0'),
    new RawJson('1.0'),
    new RawJson('99999999999999999999999999'),
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any hostile JSON value, nested a little. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    hostileNumber,
    hostileString,
    fc.array(tie('value'), { maxLength: 4 }),
    fc
      .array(fc.tuple(fc.oneof(hostileString, fc.constantFrom(...reservedKeys)), tie('value')), {
        maxLength: 4,
      })
      .map((entries) => new Entries(entries)),
  ),
})).value;

/** Bodies that never parse as the JSON object a route wants: junk, empty, huge and deep. */
export const rawBody: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    '{',
    '{"a":',
    'null',
    '[]',
    '"text"',
    '42',
    'true',
    '{"__proto__":{"isAdmin":true}}',
    '{"constructor":{"prototype":{"isAdmin":true}}}',
    '\u0000',
    '{"a":1}garbage',
    '\ufeff{}',
    'NaN',
    '{"type":"addCard","columnId":"start","text":"before\\u0000after"}',
  ),
  // Deep nesting within the body limit, and far beyond any schema's depth.
  fc.constantFrom(1_000, 20_000, 120_000).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.constantFrom(1_000, 20_000).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
  // Within 256 KB, and beyond it.
  fc
    .constantFrom(200_000, 300_000, 1_100_000)
    .map((size) => JSON.stringify({ text: 'x'.repeat(size) })),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

export type Mutation = { body: unknown; description: string };

/** A valid body changed in one place: a field replaced, removed, or a hostile extra field added. */
export function mutated(valid: Record<string, unknown>): fc.Arbitrary<Mutation> {
  const keys = Object.keys(valid);
  const replaced: fc.Arbitrary<Mutation> | null =
    keys.length === 0
      ? null
      : fc.tuple(fc.constantFrom(...keys), hostileValue).map(([key, value]) => ({
          body: new Entries(Object.entries(valid).map(([k, v]) => [k, k === key ? value : v])),
          description: `${key} replaced`,
        }));
  const removed: fc.Arbitrary<Mutation> | null =
    keys.length === 0
      ? null
      : fc.constantFrom(...keys).map((key) => ({
          body: new Entries(Object.entries(valid).filter(([k]) => k !== key)),
          description: `${key} removed`,
        }));
  const extra: fc.Arbitrary<Mutation> = fc
    .tuple(fc.oneof(fc.constantFrom(...reservedKeys), hostileString), hostileValue)
    .map(([key, value]) => ({
      body: new Entries([...Object.entries(valid), [key, value]]),
      description: `extra ${JSON.stringify(key)}`,
    }));
  const textKeys = keys.filter((k) => k !== 'type' && typeof valid[k] === 'string');
  const text: fc.Arbitrary<Mutation> | null =
    textKeys.length === 0
      ? null
      : fc.tuple(fc.constantFrom(...textKeys), hostileText).map(([key, value]) => ({
          body: new Entries(Object.entries(valid).map(([k, v]) => [k, k === key ? value : v])),
          description: `${key} text`,
        }));
  const asIs: fc.Arbitrary<Mutation> = fc.constant({ body: valid, description: 'valid' });
  const choices: fc.Arbitrary<Mutation>[] = [extra, asIs];
  if (text) choices.push(text, text, text);
  if (replaced) choices.push(replaced, replaced);
  if (removed) choices.push(removed);
  return fc.oneof(...choices);
}

/** A path segment: usually the valid one, otherwise hostile (escaped as a client would, or not). */
export function pathSegment(valid: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...valid).map(encodeSegment) },
    { weight: 2, arbitrary: hostileString.map(encodeSegment) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '%E0%A4%A',
        '%',
        '%00',
        '%ED%A0%80',
        '__proto__',
        'constructor',
        '..',
        'x'.repeat(2_000),
        '%2F',
      ),
    },
  );
}

function encodeSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    // A lone surrogate cannot be encoded; send its (invalid) UTF-8 bytes instead.
    return text.replace(/[\ud800-\udfff]/g, '%ED%A0%80').replace(/[^\w%-]/g, '_');
  }
}

/** Content types: mostly JSON, sometimes a type the API does not take. */
export const contentType: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 8, arbitrary: fc.constant('application/json') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      undefined,
      'text/plain',
      'application/xml',
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded',
      'application/json; charset=utf-16',
      'application/json; charset=latin1',
      'application/jsonx',
      '*/*',
      'nonsense',
    ),
  },
);

/** The Idempotency-Key header: a fresh UUID mostly, otherwise a key the API must refuse kindly. */
export const idempotencyKey: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 8, arbitrary: fc.uuid() },
  {
    weight: 1,
    arbitrary: fc.constantFrom(undefined, '', ' ', 'a b', 'x'.repeat(201), '__proto__', '%00'),
  },
);
