import { describe, expect, it } from 'vitest';
import type { ActionItem } from './api.js';
import { tally } from './tallies.js';
import { escapeMarkdown, summaryMarkdown, topTopics, type SummaryInput } from './summary.js';

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
