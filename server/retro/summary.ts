import type { Member } from '../../shared/api.js';
import type { RetroSummary } from '../../shared/retro/api.js';
import { tally } from '../../shared/retro/tallies.js';
import { summaryMarkdown, topTopics } from '../../shared/retro/summary.js';
import { conflict } from '../http-errors.js';
import { english, type Translate } from '../i18n.js';
import type { RetroData } from './queries.js';
import { actionItem, groupTotals } from './view.js';

/** The close-phase summary: top topics, actions with owners, participation counts and tallies. */
export function buildSummary(
  data: RetroData,
  members: readonly Member[],
  t: Translate = english,
): RetroSummary {
  const { retro } = data;
  if (retro.phase !== 'close' && retro.status !== 'ended') {
    throw conflict('server.retro.summaryNotReady');
  }
  const totals = groupTotals(data);
  // A retro ended before anyone revealed keeps its cards hidden, in the summary too.
  const cards = retro.revealed === 1 ? data.cards.map((c) => ({ id: c.id, text: c.text })) : [];
  const groups = data.groups.map((g) => ({
    id: g.id,
    title: g.title,
    cardIds: data.cards.filter((c) => c.group_id === g.id).map((c) => c.id),
    votes: totals.get(g.id) ?? 0,
    notes: data.notes.filter((n) => n.group_id === g.id),
  }));
  const answers = (kind: string) => data.answers.filter((a) => a.kind === kind).map((a) => a.value);
  const safety = tally(answers('safety'));
  const roti = tally(answers('roti'));
  const participation: RetroSummary['participation'] = {
    participants: data.marks.filter((m) => m.kind === 'seen').length,
    cards: data.cards.length,
    votes: data.votes.reduce((sum, v) => sum + v.count, 0),
    safetyAnswers: safety.answered,
    rotiAnswers: roti.answered,
  };
  const input = {
    title: retro.title,
    date: retro.created_at.slice(0, 10),
    topTopics: retro.revealed === 1 ? topTopics(groups, cards) : [],
    actions: data.actions.map((a) => actionItem(a, members)),
    participation,
    safety,
    roti,
  };
  return { retroId: retro.id, ...input, markdown: summaryMarkdown(input, t) };
}
