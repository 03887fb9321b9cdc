import { z } from 'zod';

/** Every C0 and C1 control character, U+0000 included (PostgreSQL cannot store U+0000 in text). */
const control = /\p{Cc}/u;
/** Control characters other than tab, line feed and carriage return, which multi-line text may hold. */
const controlBesidesLineBreaks = /[^\P{Cc}\t\n\r]/u;
/** Line and paragraph separators: line breaks in all but name, so single-line text refuses them. */
const lineSeparator = /[\u2028\u2029]/u;
/** In a `u` regex a paired surrogate is one code point, so this matches only an unpaired half. */
const loneSurrogate = /\p{Cs}/u;
/** Text a reader would see as empty: whitespace, zero-width and other invisible characters. */
const invisibleOnly = /^[\s\p{Default_Ignorable_Code_Point}\u2800]*$/u;

/** Names a code point the way a person can look it up, for example `U+0000`. */
function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

export type TextRules = {
  /** How a message names the field, starting a sentence: "The card text", "The retro title". */
  label: string;
  max: number;
  /** Multi-line text may hold tab, line feed and carriage return; single-line text holds none. */
  lines: 'single' | 'multi';
  /** The message for empty text; leave it out where empty text is allowed (an unnamed group). */
  empty?: string;
};

/**
 * Free text a person types (a card, a title, a comment), trimmed. It refuses what no database
 * should hold or no reader can see: control characters (U+0000 fails on PostgreSQL and not on
 * SQLite, so both refuse it here), unpaired surrogates, and text made only of invisible
 * characters. Each message says what to change.
 */
export function textSchema(rules: TextRules) {
  const { label, max, lines, empty } = rules;
  const forbidden = lines === 'multi' ? controlBesidesLineBreaks : control;
  const base = z
    .string()
    .trim()
    .superRefine((text, ctx) => {
      const bad =
        forbidden.exec(text)?.[0] ??
        (lines === 'single' ? lineSeparator.exec(text)?.[0] : undefined);
      if (bad !== undefined) {
        const what =
          lines === 'single' && /[\t\n\r\u2028\u2029]/u.test(bad)
            ? 'a line break or tab'
            : 'a control character';
        ctx.addIssue({
          code: 'custom',
          message: `${label} contains ${what} (${codePointName(bad)}), which Candor can't store here. Remove it and try again.`,
        });
      } else if (loneSurrogate.test(text)) {
        ctx.addIssue({
          code: 'custom',
          message: `${label} contains a broken character (an unpaired UTF-16 surrogate). Retype the text and try again.`,
        });
      } else if (text.length > 0 && invisibleOnly.test(text)) {
        ctx.addIssue({
          code: 'custom',
          message: empty
            ? `${empty} It holds only spaces or invisible characters; type something people can read.`
            : `${label} holds only spaces or invisible characters. Type something people can read, or leave it empty.`,
        });
      }
    })
    .max(max, `Keep ${lowerFirst(label)} to ${max} characters or fewer.`);
  return empty === undefined ? base : base.min(1, empty);
}

/**
 * An identifier sent by a client: a chat, team, user or card id. Compared as given (never
 * trimmed), and refused when it holds a control character or an unpaired surrogate, which no
 * stored id ever does and which PostgreSQL rejects in a query.
 */
export function idSchema(label: string, max: number) {
  return z
    .string()
    .min(1, `${label} is missing. Reload the page and try again.`)
    .max(
      max,
      `${label} is longer than any real one (${max} characters). Reload the page and try again.`,
    )
    .refine((id) => !control.test(id) && !loneSurrogate.test(id), {
      message: `${label} contains a control or broken character, so it can't be a real id. Reload the page and try again.`,
    });
}

/** Keys that name parts of every JavaScript object; an id equal to one must never key an object. */
export const reservedKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** True when a string holds a control character or an unpaired surrogate. */
export function hasUnsafeCharacters(text: string): boolean {
  return control.test(text) || loneSurrogate.test(text);
}

function lowerFirst(text: string): string {
  return text.startsWith('The ') ? `the ${text.slice(4)}` : text;
}
