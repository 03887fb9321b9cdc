import {
  rotiScale,
  safetyScale,
  tallyThreshold,
  type ActionItem,
  type CardView,
  type GroupView,
  type RetroSummary,
  type Tally,
} from './api.js';
import { discussionOrder } from './discussion.js';

export type TopTopic = RetroSummary['topTopics'][number];

export type SummaryInput = {
  title: string;
  date: string;
  topTopics: readonly TopTopic[];
  actions: readonly ActionItem[];
  participation: RetroSummary['participation'];
  safety: Tally;
  roti: Tally;
};

/**
 * User text as literal Markdown: one line, with every character that could start
 * formatting, a link, HTML or a nested block backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
  const inline = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~]/g, '\\$&')
    // Only an entity-like `&` would be read as a character reference.
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
  // At the start of a line these would begin a list, a rule or a heading underline.
  return inline.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * The topics to show in a summary: the most-voted groups, ties by creation order.
 * Groups without votes are left out unless nobody voted (the vote phase was skipped).
 * Each keeps its discussion notes, so what the team concluded outlives the meeting.
 */
export function topTopics(
  groups: readonly (Pick<GroupView, 'id' | 'title' | 'cardIds' | 'votes'> & {
    notes: readonly Pick<GroupView['notes'][number], 'text'>[];
  })[],
  cards: readonly Pick<CardView, 'id' | 'text'>[],
  n = 5,
): TopTopic[] {
  const anyVotes = groups.some((group) => (group.votes ?? 0) > 0);
  const candidates = groups
    .map((group, createdOrder) => ({ group, createdOrder, votes: group.votes ?? 0 }))
    .filter(({ votes }) => !anyVotes || votes > 0);
  const byId = new Map(candidates.map((candidate) => [candidate.group.id, candidate]));
  const textOf = new Map(cards.map((card) => [card.id, card.text]));
  return discussionOrder(
    candidates.map(({ group, createdOrder, votes }) => ({ id: group.id, votes, createdOrder })),
  )
    .slice(0, Math.max(0, n))
    .flatMap((id) => {
      const candidate = byId.get(id);
      if (!candidate) return [];
      const { group, votes } = candidate;
      const texts = group.cardIds.flatMap((cardId) => {
        const text = textOf.get(cardId);
        return text === undefined ? [] : [text];
      });
      return [{ title: group.title, votes, cards: texts, notes: group.notes.map((n) => n.text) }];
    });
}

const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

const formatNumber = (value: number): string =>
  Number.isInteger(value) ? String(value) : value.toFixed(1);

function topicLines(topics: readonly TopTopic[]): string[] {
  if (topics.length === 0) return ['No topics were discussed.'];
  return topics.flatMap((topic, index) => {
    const marker = `${index + 1}. `;
    const title = escapeMarkdown(topic.title) || 'Untitled topic';
    const indent = ' '.repeat(marker.length);
    return [
      `${marker}**${title}** (${plural(topic.votes, 'vote', 'votes')})`,
      ...topic.cards.map((card) => `${indent}- ${escapeMarkdown(card)}`),
      ...topic.notes.map((note) => `${indent}- Note: ${escapeMarkdown(note)}`),
    ];
  });
}

function actionLines(actions: readonly ActionItem[]): string[] {
  if (actions.length === 0) return ['No action items.'];
  return actions.map((action) => {
    const status = action.status === 'open' ? '' : ` (${action.status})`;
    const owner = escapeMarkdown(action.owner.displayName);
    return `- ${escapeMarkdown(action.text)}: owner ${owner}, due ${escapeMarkdown(action.dueDate)}${status}`;
  });
}

/** A distribution, only when enough people answered that no one answer can be singled out. */
function tallyLines(t: Tally, scale: Record<1 | 2 | 3 | 4 | 5, string>): string[] {
  const { distribution, median, mean } = t;
  if (t.answered < tallyThreshold || distribution === null || median === null || mean === null) {
    return [`Not shown: fewer than ${tallyThreshold} people answered.`];
  }
  const rows = ([5, 4, 3, 2, 1] as const).map(
    (score) => `- ${score} (${scale[score]}): ${distribution[score - 1] ?? 0}`,
  );
  return [
    ...rows,
    '',
    `Median ${formatNumber(median)}, mean ${formatNumber(mean)}, from ${plural(t.answered, 'answer', 'answers')}.`,
  ];
}

/** The retro summary as Markdown, for copying, downloading and the meeting chat tab. */
export function summaryMarkdown(input: SummaryInput): string {
  const p = input.participation;
  const sections = [
    [`# ${escapeMarkdown(input.title) || 'Retro'}`, '', escapeMarkdown(input.date)],
    ['## Top topics', '', ...topicLines(input.topTopics)],
    ['## Action items', '', ...actionLines(input.actions)],
    [
      '## Participation',
      '',
      `- Participants: ${p.participants}`,
      `- Cards: ${p.cards}`,
      `- Votes: ${p.votes}`,
      `- Safety check answers: ${p.safetyAnswers}`,
      `- ROTI answers: ${p.rotiAnswers}`,
    ],
    ['## Safety check', '', ...tallyLines(input.safety, safetyScale)],
    ['## Return on time invested', '', ...tallyLines(input.roti, rotiScale)],
  ];
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
