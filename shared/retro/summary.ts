import {
  tallyThreshold,
  type ActionItem,
  type CardView,
  type GroupView,
  type RetroSummary,
  type Tally,
} from './api.js';
import { discussionOrder } from './discussion.js';
import type { MessageId } from '../i18n/en/index.js';

/** Renders a catalogue sentence in the reader's language (the server passes the request's). */
export type SummaryTranslate = (id: MessageId, values?: Record<string, string | number>) => string;

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

type Score = 1 | 2 | 3 | 4 | 5;
const safetyLabel = (score: Score): MessageId => `server.summary.safety.${score}`;
const rotiLabel = (score: Score): MessageId => `server.summary.roti.${score}`;

function topicLines(topics: readonly TopTopic[], t: SummaryTranslate): string[] {
  if (topics.length === 0) return [t('server.summary.noTopics')];
  return topics.flatMap((topic, index) => {
    const marker = `${index + 1}. `;
    const title = escapeMarkdown(topic.title) || t('server.summary.untitledTopic');
    const indent = ' '.repeat(marker.length);
    return [
      `${marker}${t('server.summary.topic', { title, votes: topic.votes })}`,
      ...topic.cards.map((card) => `${indent}- ${escapeMarkdown(card)}`),
      ...topic.notes.map(
        (note) => `${indent}- ${t('server.summary.note', { note: escapeMarkdown(note) })}`,
      ),
    ];
  });
}

function actionLines(actions: readonly ActionItem[], t: SummaryTranslate): string[] {
  if (actions.length === 0) return [t('server.summary.noActions')];
  return actions.map(
    (action) =>
      `- ${t('server.summary.action', {
        text: escapeMarkdown(action.text),
        owner: escapeMarkdown(action.owner.displayName),
        due: escapeMarkdown(action.dueDate),
        status: action.status,
      })}`,
  );
}

/** A distribution, only when enough people answered that no one answer can be singled out. */
function tallyLines(
  tally: Tally,
  label: (score: Score) => MessageId,
  t: SummaryTranslate,
): string[] {
  const { distribution, median, mean } = tally;
  if (
    tally.answered < tallyThreshold ||
    distribution === null ||
    median === null ||
    mean === null
  ) {
    return [t('server.summary.tallyHidden', { min: tallyThreshold })];
  }
  const rows = ([5, 4, 3, 2, 1] as const).map(
    (score) => `- ${score} (${t(label(score))}): ${distribution[score - 1] ?? 0}`,
  );
  return [...rows, '', t('server.summary.tallyStats', { median, mean, answered: tally.answered })];
}

/**
 * The retro summary as Markdown, for copying, downloading and the meeting chat tab: headings and
 * labels in the reader's language, people's words escaped and as written.
 */
export function summaryMarkdown(input: SummaryInput, t: SummaryTranslate): string {
  const p = input.participation;
  const sections = [
    [
      `# ${escapeMarkdown(input.title) || t('server.summary.untitledRetro')}`,
      '',
      escapeMarkdown(input.date),
    ],
    [`## ${t('server.summary.topTopics')}`, '', ...topicLines(input.topTopics, t)],
    [`## ${t('server.summary.actionItems')}`, '', ...actionLines(input.actions, t)],
    [
      `## ${t('server.summary.participation')}`,
      '',
      `- ${t('server.summary.participants', { count: p.participants })}`,
      `- ${t('server.summary.cards', { count: p.cards })}`,
      `- ${t('server.summary.votes', { count: p.votes })}`,
      `- ${t('server.summary.safetyAnswers', { count: p.safetyAnswers })}`,
      `- ${t('server.summary.rotiAnswers', { count: p.rotiAnswers })}`,
    ],
    [`## ${t('server.summary.safetyCheck')}`, '', ...tallyLines(input.safety, safetyLabel, t)],
    [`## ${t('server.summary.roti')}`, '', ...tallyLines(input.roti, rotiLabel, t)],
  ];
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
