import { describe, expect, it } from 'vitest';
import type { ActionItem } from './api.js';
import { tally } from './tallies.js';
import { createIntl } from '@formatjs/intl';
import { en } from '../i18n/en/index.js';
import { de } from '../i18n/de/index.js';
import { ja } from '../i18n/ja/index.js';
import {
  escapeMarkdown,
  summaryMarkdown as render,
  topTopics,
  type SummaryInput,
  type SummaryTranslate,
} from './summary.js';

/** The catalogue rendered as the server renders it. */
const translate = (locale: string, messages: Record<string, string>): SummaryTranslate => {
  const intl = createIntl({ locale, messages });
  return (id, values) => intl.formatMessage({ id }, values);
};
const english = translate('en', en);
const summaryMarkdown = (input: SummaryInput) => render(input, english);

const action = (id: string, text: string, name: string, dueDate: string): ActionItem => ({
  id,
  text,
  owner: { userId: `u-${id}`, displayName: name },
  dueDate,
  status: 'open',
  groupId: null,
  from: null,
});

const input = (overrides: Partial<SummaryInput> = {}): SummaryInput => ({
  title: 'Sprint 42 retro',
  date: '2026-05-01',
  topTopics: [
    {
      title: 'Flaky CI',
      votes: 7,
      cards: ['CI failed 3 times', 'Tests time out'],
      notes: ['Quarantine first, fix after'],
    },
    { title: 'Pairing', votes: 1, cards: ['More pairing'], notes: [] },
  ],
  actions: [
    action('a1', 'Quarantine flaky tests', 'Ada Lovelace', '2026-05-15'),
    { ...action('a2', 'Book a pairing room', 'Grace Hopper', '2026-06-01'), status: 'done' },
  ],
  participation: { participants: 4, cards: 9, votes: 16, safetyAnswers: 4, rotiAnswers: 2 },
  safety: tally([5, 4, 4, 2]),
  roti: tally([1, 5]),
  ...overrides,
});

describe('summaryMarkdown', () => {
  const markdown = summaryMarkdown(input());

  it('lists the top topics with votes and their cards', () => {
    expect(markdown.startsWith('# Sprint 42 retro\n\n2026-05-01\n\n## Top topics')).toBe(true);
    expect(markdown).toContain(
      '1. **Flaky CI** (7 votes)\n   - CI failed 3 times\n   - Tests time out\n',
    );
    expect(markdown).toContain('2. **Pairing** (1 vote)\n   - More pairing\n\n');
  });

  it("keeps each topic's discussion notes under its cards", () => {
    expect(markdown).toContain('   - Tests time out\n   - Note: Quarantine first, fix after\n2.');
    expect(markdown.match(/Note:/g)).toHaveLength(1);
  });

  it('gives every action item its owner and due date', () => {
    expect(markdown).toContain('- Quarantine flaky tests: owner Ada Lovelace, due 2026-05-15\n');
    expect(markdown).toContain('- Book a pairing room: owner Grace Hopper, due 2026-06-01 (done)');
  });

  it('counts participation', () => {
    expect(markdown).toContain('- Participants: 4\n- Cards: 9\n- Votes: 16');
    expect(markdown).toContain('- ROTI answers: 2');
  });

  it('shows a distribution from three answers and never below', () => {
    const safety = markdown.slice(
      markdown.indexOf('## Safety check'),
      markdown.indexOf('## Return'),
    );
    expect(safety).toContain("- 5 (I'll talk about anything): 1");
    expect(safety).toContain('- 4 (');
    expect(safety).toMatch(/- 4 \(.*\): 2/);
    expect(safety).toContain('Median 4, mean 3.8, from 4 answers.');
    const roti = markdown.slice(markdown.indexOf('## Return'));
    expect(roti).toContain('Not shown: fewer than 3 people answered.');
    expect(roti).not.toMatch(/Median|Waste of time|Excellent value/);
  });

  it('hides a tally that claims a distribution below the threshold', () => {
    const leaky = { answered: 2, distribution: [1, 0, 0, 0, 1], median: 3, mean: 3 };
    const text = summaryMarkdown(input({ roti: leaky, safety: leaky }));
    expect(text).not.toContain('Median');
    expect(text.match(/Not shown/g)).toHaveLength(2);
  });

  it('escapes Markdown in user text so it reads literally', () => {
    const text = summaryMarkdown(
      input({
        title: '# Sprint *42*',
        topTopics: [
          {
            title: '[click](http://evil)',
            votes: 2,
            cards: ['<img src=x>\n- injected'],
            notes: ['**loud**\n# heading'],
          },
        ],
        actions: [action('a1', '1. _Fix_ `ci` | now', 'Ada **Bold**', '2026-05-15')],
      }),
    );
    expect(text).toContain('# \\# Sprint \\*42\\*\n');
    expect(text).toContain('1. **\\[click\\](http://evil)** (2 votes)');
    expect(text).toContain('   - \\<img src=x\\> - injected\n');
    expect(text).toContain('   - Note: \\*\\*loud\\*\\* \\# heading\n');
    expect(text).toContain('- 1\\. \\_Fix\\_ \\`ci\\` \\| now: owner Ada \\*\\*Bold\\*\\*, due');
  });

  it('says so when there is nothing to list', () => {
    const text = summaryMarkdown(input({ topTopics: [], actions: [] }));
    expect(text).toContain('## Top topics\n\nNo topics were discussed.');
    expect(text).toContain('## Action items\n\nNo action items.');
  });
});

describe('summaryMarkdown in other languages', () => {
  it('writes headings and labels in German, and people’s words as written', () => {
    const text = render(input(), translate('de', de));
    expect(text).toContain('## Wichtigste Themen\n\n1. **Flaky CI** (7 Stimmen)');
    expect(text).toContain('2. **Pairing** (1 Stimme)');
    expect(text).toContain('   - Notiz: Quarantine first, fix after\n');
    expect(text).toContain(
      '- Book a pairing room: verantwortlich Grace Hopper, fällig 2026-06-01 (erledigt)',
    );
    expect(text).toContain('Median 4, Mittelwert 3,8, aus 4 Antworten.');
    expect(text).toContain('- Teilnehmende: 4');
    expect(text).not.toMatch(/Top topics|Participants|owner /);
  });

  it('writes them in Japanese', () => {
    const text = render(input(), translate('ja', ja));
    expect(text).toContain('## 主なトピック\n\n1. **Flaky CI** (7 票)');
    expect(text).toContain('## アクション アイテム');
    expect(text).toContain('中央値 4、平均 3.8 (4 件の回答から)。');
    expect(text).not.toMatch(/Top topics|Participants/);
  });
});

describe('escapeMarkdown', () => {
  it('escapes block starters only at the start, and entities only when they are entities', () => {
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('12) item')).toBe('12\\) item');
    expect(escapeMarkdown('a - b. c')).toBe('a - b. c');
    expect(escapeMarkdown('R&D &amp; ops')).toBe('R&D \\&amp; ops');
    expect(escapeMarkdown('back\\slash')).toBe('back\\\\slash');
  });
});

describe('topTopics', () => {
  const cards = [
    { id: 'c1', text: 'one' },
    { id: 'c2', text: 'two' },
    { id: 'c3', text: 'three' },
  ];

  it('takes the most-voted groups, ties by creation order, without unvoted groups', () => {
    const groups = [
      { id: 'g1', title: 'A', cardIds: ['c1'], votes: 2, notes: [] },
      {
        id: 'g2',
        title: 'B',
        cardIds: ['c2', 'c3'],
        votes: 5,
        notes: [{ text: 'Agreed: try it' }],
      },
      { id: 'g3', title: 'C', cardIds: [], votes: 2, notes: [] },
      { id: 'g4', title: 'D', cardIds: [], votes: 0, notes: [{ text: 'Not a top topic' }] },
    ];
    expect(topTopics(groups, cards)).toEqual([
      { title: 'B', votes: 5, cards: ['two', 'three'], notes: ['Agreed: try it'] },
      { title: 'A', votes: 2, cards: ['one'], notes: [] },
      { title: 'C', votes: 2, cards: [], notes: [] },
    ]);
    expect(topTopics(groups, cards, 1).map((t) => t.title)).toEqual(['B']);
  });

  it('keeps every group, in creation order, when nobody voted', () => {
    const groups = [
      { id: 'g1', title: 'A', cardIds: ['c1', 'missing'], votes: null, notes: [] },
      { id: 'g2', title: 'B', cardIds: [], votes: null, notes: [] },
    ];
    expect(topTopics(groups, cards)).toEqual([
      { title: 'A', votes: 0, cards: ['one'], notes: [] },
      { title: 'B', votes: 0, cards: [], notes: [] },
    ]);
  });
});
