import { describe, expect, it } from 'vitest';
import { createPulseSchema, submitResponseSchema } from './pulse/api.js';
import { createRetroSchema, retroCommandSchema } from './retro/api.js';
import { columnIdSchema } from './retro/templates.js';
import { idSchema, textSchema } from './text.js';

const card = textSchema({
  label: 'The card text',
  max: 500,
  lines: 'multi',
  empty: 'A card needs some text.',
});
const title = textSchema({
  label: 'The retro title',
  max: 120,
  lines: 'single',
  empty: 'A title needs some text.',
});
const optional = textSchema({ label: 'The group title', max: 80, lines: 'single' });

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message ?? '';

describe('textSchema', () => {
  it.each([
    ['U+0000', 'before\u0000after'],
    ['U+001B', 'esc\u001b[31m'],
    ['U+007F', 'del\u007f'],
    ['U+0085', 'next\u0085line'],
    ['U+009F', 'c1\u009f'],
  ])('refuses the control character %s and names it', (code, text) => {
    const result = card.safeParse(text);
    expect(result.success).toBe(false);
    expect(messageOf(result)).toContain(code);
    expect(messageOf(result)).toMatch(/Remove it and try again/);
  });

  it('keeps tab and line breaks in multi-line text, and refuses them in single-line text', () => {
    expect(card.parse('one\n\ttwo\r\nthree')).toBe('one\n\ttwo\r\nthree');
    for (const text of ['one\ntwo', 'one\ttwo', 'one\u2028two']) {
      const result = title.safeParse(text);
      expect(result.success, JSON.stringify(text)).toBe(false);
      expect(messageOf(result)).toMatch(/line break or tab/);
    }
  });

  it('refuses unpaired surrogates and keeps paired ones (emoji)', () => {
    expect(messageOf(card.safeParse('a\ud800b'))).toMatch(/broken character/);
    expect(messageOf(card.safeParse('\udfff'))).toMatch(/broken character/);
    expect(card.parse('Ship it 👩‍👩‍👧‍👦 🏳️‍🌈')).toBe('Ship it 👩‍👩‍👧‍👦 🏳️‍🌈');
  });

  it('refuses text that is only whitespace or invisible characters', () => {
    for (const text of [
      '   ',
      '\u200b',
      '\u200b\u200c\u200d',
      '\u2060\ufeff',
      ' \u3164 ',
      '\u2800',
      '\u00ad',
    ]) {
      const result = card.safeParse(text);
      expect(result.success, JSON.stringify(text)).toBe(false);
      expect(messageOf(result)).toMatch(/A card needs some text/);
    }
    expect(optional.parse('   ')).toBe('');
    expect(messageOf(optional.safeParse('\u200b'))).toMatch(
      /invisible characters.*or leave it empty/,
    );
  });

  it('keeps right-to-left text and text with a zero-width joiner between letters', () => {
    expect(card.parse('  مرحبا بالعالم ')).toBe('مرحبا بالعالم');
    expect(title.parse('שלום עולם')).toBe('שלום עולם');
    expect(card.parse('क्\u200dष')).toBe('क्\u200dष');
  });

  it('says how long text may be', () => {
    expect(messageOf(title.safeParse('x'.repeat(121)))).toBe(
      'Keep the retro title to 120 characters or fewer.',
    );
  });
});

describe('idSchema and column ids', () => {
  it('refuses control and broken characters in ids, and keeps them as sent', () => {
    const chatId = idSchema('The meeting chat id', 400);
    expect(chatId.parse('19:meeting_x@thread.v2')).toBe('19:meeting_x@thread.v2');
    expect(chatId.safeParse('19:abc\u0000').success).toBe(false);
    expect(chatId.safeParse('\ud800').success).toBe(false);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the reserved column id %s', (id) => {
    const result = columnIdSchema.safeParse(id);
    expect(result.success).toBe(false);
    expect(messageOf(result)).toMatch(/cannot be __proto__, constructor or prototype/);
  });
});

describe('the API schemas use these rules for every free-text field', () => {
  const nul = 'before\u0000after';
  const zeroWidth = '\u200b\u200b';
  const base = { chatId: 'chat', templateId: 'custom' as const };
  const columns = [
    { id: 'a', title: 'A', prompt: '' },
    { id: 'b', title: 'B', prompt: '' },
  ];
  const pulse = {
    opensAt: '2030-01-01T00:00:00Z',
    closesAt: '2030-01-08T00:00:00Z',
  };
  it.each([
    ['card', () => retroCommandSchema.safeParse({ type: 'addCard', columnId: 'start', text: nul })],
    [
      'edited card',
      () => retroCommandSchema.safeParse({ type: 'editCard', cardId: 'c', text: zeroWidth }),
    ],
    ['note', () => retroCommandSchema.safeParse({ type: 'addNote', groupId: 'g', text: nul })],
    [
      'action',
      () =>
        retroCommandSchema.safeParse({
          type: 'addAction',
          text: nul,
          ownerId: 'u',
          dueDate: '2030-01-31',
          groupId: null,
        }),
    ],
    [
      'group title',
      () => retroCommandSchema.safeParse({ type: 'nameGroup', groupId: 'g', title: nul }),
    ],
    ['retro title', () => createRetroSchema.safeParse({ ...base, columns, title: nul })],
    [
      'column title',
      () =>
        createRetroSchema.safeParse({
          ...base,
          columns: [{ ...columns[0], title: zeroWidth }, columns[1]],
        }),
    ],
    [
      'column prompt',
      () =>
        createRetroSchema.safeParse({
          ...base,
          columns: [{ ...columns[0], prompt: nul }, columns[1]],
        }),
    ],
    [
      'custom column id',
      () =>
        createRetroSchema.safeParse({
          ...base,
          columns: [{ ...columns[0], id: '__proto__' }, columns[1]],
        }),
    ],
    [
      'duplicate column ids',
      () => createRetroSchema.safeParse({ ...base, columns: [columns[0], columns[0]] }),
    ],
    ['pulse title', () => createPulseSchema.safeParse({ ...pulse, title: nul })],
    ['open question', () => createPulseSchema.safeParse({ ...pulse, openQuestion: zeroWidth })],
    [
      'comment',
      () => submitResponseSchema.safeParse({ answers: [1, 2, 3, 4, 5, 6, 7], comment: nul }),
    ],
    [
      'impossible due date',
      () =>
        retroCommandSchema.safeParse({
          type: 'addAction',
          text: 'Write it',
          ownerId: 'u',
          dueDate: '2030-02-31',
          groupId: null,
        }),
    ],
    ['chat id', () => createRetroSchema.safeParse({ chatId: 'x\u0000', templateId: '4ls' })],
  ])('refuses a hostile %s', (_field, parse) => {
    const result = parse();
    expect(result.success).toBe(false);
    expect(messageOf(result)).toMatch(/\.$/);
  });
});
