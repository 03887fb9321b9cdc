import { createIntl } from '@formatjs/intl';
import { describe, expect, it } from 'vitest';
import { de } from '../i18n/de/index.js';
import { en } from '../i18n/en/index.js';
import { ja } from '../i18n/ja/index.js';
import type { ActionItem } from './api.js';
import type { SummaryTranslate } from './summary.js';
import { summaryCard, summaryTabLink, type SummaryCardInput } from './summary-card.js';
import { tally } from './tallies.js';

const translate = (locale: string, messages: Record<string, string>): SummaryTranslate => {
  const intl = createIntl({ locale, messages });
  return (id, values) => intl.formatMessage({ id }, values);
};
const english = translate('en', en);

const action = (
  text: string,
  userId: string,
  displayName: string,
  dueDate: string,
): ActionItem => ({
  id: text,
  text,
  owner: { userId, displayName },
  dueDate,
  status: 'open',
  groupId: null,
  from: null,
});

const input = (
  over: Partial<SummaryCardInput['summary']> = {},
  revealed = true,
): SummaryCardInput => ({
  summary: {
    title: 'Sprint 9',
    date: '2026-12-04',
    topTopics: [
      { title: 'Flaky CI', votes: 4, cards: ['The CI is flaky on Mondays'], notes: ['Quarantine'] },
      { title: 'Releases', votes: 1, cards: ['Friday releases hurt'], notes: [] },
    ],
    actions: [action('Fix the CI', 'oid-1', 'Diego Siciliani', '2026-12-11')],
    roti: tally([4, 5, 3]),
    ...over,
  },
  revealed,
  summaryUrl: 'https://teams.microsoft.com/l/entity/app/candor-meeting',
});

const textOf = (card: unknown) => JSON.stringify(card);

describe('the summary card', () => {
  it('shows top topics by votes, the owner @mentioned with the due date, ROTI and the button', () => {
    const card = summaryCard(input(), english);
    const body = card.body.flatMap((e) => (e.type === 'Container' ? e.items : [e]));
    const lines = body.map((e) => (e.type === 'TextBlock' ? e.text : ''));
    expect(lines).toEqual([
      'Retro summary: Sprint 9',
      '2026-12-04',
      'Top topics',
      '1. Flaky CI (4 votes)',
      '2. Releases (1 vote)',
      'Action items',
      '- <at>Diego Siciliani</at>: Fix the CI',
      'Due 2026-12-11',
      'Return on time invested: 4.0 of 5 on average (3 answers)',
    ]);
    expect(card.msteams.entities).toEqual([
      {
        type: 'mention',
        text: '<at>Diego Siciliani</at>',
        mentioned: { id: 'oid-1', name: 'Diego Siciliani' },
      },
    ]);
    expect(card.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Open the summary', url: input().summaryUrl },
    ]);
    expect(card.version).toBe('1.5');
  });

  it('never carries a card’s own words, only the topics’ titles', () => {
    const text = textOf(summaryCard(input(), english));
    expect(text).not.toContain('The CI is flaky on Mondays');
    expect(text).not.toContain('Friday releases hurt');
    expect(text).not.toContain('Quarantine');
  });

  it('shows no topic at all before the reveal, even a title made from a hidden card', () => {
    // Voting groups loose cards under their text: unrevealed, such a title is a hidden card.
    const hidden = input(
      { topTopics: [{ title: 'I am afraid of our lead', votes: 3, cards: [], notes: [] }] },
      false,
    );
    const text = textOf(summaryCard(hidden, english));
    expect(text).not.toContain('afraid');
    expect(text).toContain('The cards were never revealed, so the topics stay private.');
  });

  it('names no author: an action’s owner is the only person, and only as @mention', () => {
    const withAuthors = input({
      topTopics: [
        // Whatever else a caller passes along is not read.
        {
          title: 'Deploys',
          votes: 2,
          cards: ['x'],
          notes: [],
          author: { displayName: 'Ann Author' },
        } as never,
      ],
    });
    expect(textOf(summaryCard(withAuthors, english))).not.toContain('Ann Author');
  });

  it('shows ROTI only from three answers', () => {
    expect(textOf(summaryCard(input({ roti: tally([5, 5]) }), english))).not.toContain(
      'Return on time invested',
    );
    expect(textOf(summaryCard(input({ roti: tally([5, 5, 4]) }), english))).toContain(
      'Return on time invested: 4.7 of 5',
    );
  });

  it('escapes people’s text, so an action cannot fake a mention or a link', () => {
    const card = summaryCard(
      input({
        actions: [
          action(
            'Ask <at>Boss</at> [here](https://evil.example)',
            'oid-2',
            'Mo <Admin>',
            '2026-12-24',
          ),
        ],
      }),
      english,
    );
    const text = textOf(card);
    expect(text).toContain('\\\\<at\\\\>Boss\\\\</at\\\\>');
    expect(text).toContain('\\\\[here\\\\]');
    expect(card.msteams.entities).toEqual([
      { type: 'mention', text: '<at>Mo Admin</at>', mentioned: { id: 'oid-2', name: 'Mo Admin' } },
    ]);
  });

  it('mentions each owner once, however many items they own, and says when there are none', () => {
    const two = summaryCard(
      input({
        actions: [
          action('One', 'oid-1', 'Diego Siciliani', '2026-12-11'),
          action('Two', 'oid-1', 'Diego Siciliani', '2026-12-12'),
        ],
      }),
      english,
    );
    expect(two.msteams.entities).toHaveLength(1);
    expect(textOf(summaryCard(input({ actions: [] }), english))).toContain('No action items.');
  });

  it('speaks the retro’s language', () => {
    expect(textOf(summaryCard(input(), translate('de', de)))).toContain('Wichtigste Themen');
    expect(textOf(summaryCard(input(), translate('ja', ja)))).toContain('上位のトピック');
  });
});

describe('summaryTabLink', () => {
  it('is a Teams deep link to the app’s tab in the chat, with the summary as sub-entity', () => {
    const link = new URL(
      summaryTabLink({
        teamsAppId: 'app-id',
        entityId: 'candor-meeting',
        retroId: 'r1',
        place: { kind: 'chat', chatId: '19:meeting_x@thread.v2' },
        webUrl: 'https://candor.example/meeting-extension/side-panel.html',
        label: 'Candor',
      }),
    );
    expect(link.origin + link.pathname).toBe(
      'https://teams.microsoft.com/l/entity/app-id/candor-meeting',
    );
    expect(JSON.parse(link.searchParams.get('context') ?? '')).toEqual({
      subEntityId: 'summary:r1',
      chatId: '19:meeting_x@thread.v2',
      contextType: 'chat',
    });
    expect(link.searchParams.get('webUrl')).toBe(
      'https://candor.example/meeting-extension/side-panel.html',
    );
  });
});
