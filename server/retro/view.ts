import type { Member } from '../../shared/api.js';
import {
  pulsePromptSchema,
  type ActionItem,
  type CardView,
  type GroupView,
  type PulsePrompt,
  type RetroView,
  type Tally,
} from '../../shared/retro/api.js';
import type { PublicCard } from '../../shared/retro/delta.js';
import { discussionOrder } from '../../shared/retro/discussion.js';
import { activePhases, type MachineState, type RetroRole } from '../../shared/retro/machine.js';
import type { RetroPhase } from '../../shared/retro/phases.js';
import { tally } from '../../shared/retro/tallies.js';
import type { TemplateId } from '../../shared/retro/templates.js';
import { votesLeft } from '../../shared/retro/votes.js';
import { personHash, type PersonHashes } from './hashing.js';
import { presenceOf } from './presence.js';
import { checkinView, myCheckinAnswer } from './checkin.js';
import {
  parseColumns,
  parseOptions,
  type ActionRow,
  type CardRow,
  type RetroData,
  type RetroRow,
} from './queries.js';

export { presentWithinMs } from './presence.js';

/** A facilitator not seen for this long may be taken over from. */
export const facilitatorAwayMs = 90_000;

export type Viewer = { userId: string; hashes: PersonHashes };

/** The facilitator's last-seen time: their presence mark, found by their keyed hash. */
export function facilitatorSeenAt(data: Pick<RetroData, 'retro' | 'marks'>, hmacKey: string) {
  const { retro } = data;
  const hash = personHash(hmacKey, 'seen', retro.tenant_id, retro.id, retro.facilitator_id);
  return data.marks.find((m) => m.kind === 'seen' && m.person_hash === hash)?.at ?? null;
}

/** The phase-machine state of a stored retro; `facilitatorSeenAt` is the facilitator's last-seen time. */
export function machineState(
  row: RetroRow,
  facilitatorSeenAt: string | null,
  now: Date,
): MachineState {
  const seen = facilitatorSeenAt ? Date.parse(facilitatorSeenAt) : Number.NEGATIVE_INFINITY;
  return {
    phase: row.phase as RetroPhase,
    phases: activePhases(parseOptions(row).skip),
    status: row.status === 'ended' ? 'ended' : 'active',
    revealed: row.revealed === 1,
    facilitatorAway: now.getTime() - seen > facilitatorAwayMs,
  };
}

export const roleOf = (row: RetroRow, userId: string): RetroRole =>
  row.facilitator_id === userId ? 'facilitator' : 'participant';

/** Vote totals show once the vote phase is over (or the retro ended); never while votes can change. */
export function votesShown(row: RetroRow): boolean {
  if (row.status === 'ended') return true;
  const phases = activePhases(parseOptions(row).skip);
  const vote = phases.indexOf('vote');
  return vote !== -1 && phases.indexOf(row.phase as RetroPhase) > vote;
}

export function displayName(members: readonly Member[], userId: string, fallback: string): string {
  return members.find((m) => m.userId === userId)?.displayName ?? fallback;
}

export function actionItem(
  row: ActionRow,
  members: readonly Member[],
  from: ActionItem['from'] = null,
): ActionItem {
  return {
    id: row.id,
    text: row.text,
    owner: {
      userId: row.owner_id,
      displayName: displayName(members, row.owner_id, row.owner_name),
    },
    dueDate: row.due_date,
    status: row.status as ActionItem['status'],
    groupId: row.group_id,
    from,
  };
}

/**
 * A card as a viewer may see it, less `mine`. The author shows only in a named retro, and only
 * once the cards are revealed; before that, cards are seen by their author alone.
 */
export function publicCard(
  card: CardRow,
  revealed: boolean,
  anonymous: boolean,
  members: readonly Member[],
): PublicCard {
  const named = revealed && !anonymous && card.author_id !== null;
  return {
    id: card.id,
    columnId: card.column_id,
    text: card.text,
    author: named
      ? {
          userId: card.author_id ?? '',
          displayName: displayName(members, card.author_id ?? '', card.author_name ?? ''),
        }
      : null,
    groupId: card.group_id,
  };
}

/** Tallies and the viewer's own answers, from the anonymous answer rows. */
function answersFor(data: RetroData, viewer: PersonHashes) {
  const values = (kind: string) => data.answers.filter((a) => a.kind === kind).map((a) => a.value);
  const mine = (kind: string) =>
    data.answers.find((a) => a.kind === kind && a.person_hash === viewer.answer)?.value ?? null;
  const safety: Tally = tally(values('safety'));
  const roti: Tally = tally(values('roti'));
  return { safety, roti, mySafety: mine('safety'), myRoti: mine('roti') };
}

/** Group totals, known to the server always; shown to people only when `votesShown`. */
export function groupTotals(data: {
  votes: readonly { group_id: string; count: number }[];
}): Map<string, number> {
  const totals = new Map<string, number>();
  for (const v of data.votes) totals.set(v.group_id, (totals.get(v.group_id) ?? 0) + v.count);
  return totals;
}

/** How many people have at least one vote on the board: a count of voters, never who. */
export function votedCount(votes: readonly { voter_hash: string; count: number }[]): number {
  return new Set(votes.filter((v) => v.count > 0).map((v) => v.voter_hash)).size;
}

/**
 * The retro as this viewer may see it. Before reveal, other people's cards are reduced to a
 * count per column: no ids, no text, no lengths ever leave the server.
 */
export function buildView(
  data: RetroData,
  viewer: Viewer,
  members: readonly Member[],
  now: Date,
  hmacKey: string,
): RetroView {
  const { retro } = data;
  const options = parseOptions(retro);
  const columns = parseColumns(retro);
  const state = machineState(retro, facilitatorSeenAt(data, hmacKey), now);
  const revealed = state.revealed;

  const cards: CardView[] = [];
  // Keyed by column ids a facilitator chose: a Map, so an id like `__proto__` counts like any other.
  const hiddenCounts = new Map<string, number>();
  if (!revealed) for (const column of columns) hiddenCounts.set(column.id, 0);
  for (const card of data.cards) {
    const mine = card.author_hash === viewer.hashes.card;
    if (!revealed && !mine) {
      hiddenCounts.set(card.column_id, (hiddenCounts.get(card.column_id) ?? 0) + 1);
      continue;
    }
    cards.push({ ...publicCard(card, revealed, options.anonymous, members), mine });
  }
  const visibleByGroup = new Map<string, string[]>();
  for (const card of cards) {
    if (card.groupId === null) continue;
    const list = visibleByGroup.get(card.groupId);
    if (list) list.push(card.id);
    else visibleByGroup.set(card.groupId, [card.id]);
  }
  const notesByGroup = new Map<string, GroupView['notes']>();
  for (const n of data.notes) {
    const note = { id: n.id, text: n.text, at: n.created_at };
    const list = notesByGroup.get(n.group_id);
    if (list) list.push(note);
    else notesByGroup.set(n.group_id, [note]);
  }

  const shown = votesShown(retro);
  const totals = groupTotals(data);
  const groups: GroupView[] = data.groups.map((g) => ({
    id: g.id,
    title: g.title,
    cardIds: visibleByGroup.get(g.id) ?? [],
    votes: shown ? (totals.get(g.id) ?? 0) : null,
    notes: notesByGroup.get(g.id) ?? [],
  }));
  const votingRuns = state.phases.includes('vote');
  const order =
    shown || !votingRuns
      ? discussionOrder(
          data.groups.map((g) => ({
            id: g.id,
            votes: totals.get(g.id) ?? 0,
            createdOrder: g.position,
          })),
        )
      : [];

  const myVotes = Object.fromEntries(
    data.votes.filter((v) => v.voter_hash === viewer.hashes.vote).map((v) => [v.group_id, v.count]),
  );
  const presence = presenceOf(retro, data.marks, members, now, hmacKey);
  const ready = data.marks.filter((m) => m.kind === 'ready');
  const { safety, roti, mySafety, myRoti } = answersFor(data, viewer.hashes);

  return {
    id: retro.id,
    chatId: retro.chat_id,
    title: retro.title,
    templateId: retro.template_id as TemplateId,
    columns,
    options,
    phases: state.phases,
    phase: state.phase,
    status: state.status,
    revealed,
    facilitator: {
      userId: retro.facilitator_id,
      displayName: displayName(members, retro.facilitator_id, retro.facilitator_name),
    },
    facilitatorAway: state.facilitatorAway,
    rev: retro.rev,
    me: {
      userId: viewer.userId,
      isFacilitator: roleOf(retro, viewer.userId) === 'facilitator',
      ready: ready.some((m) => m.person_hash === viewer.hashes.ready),
      safety: mySafety,
      roti: myRoti,
      checkin: myCheckinAnswer(data, viewer.hashes.checkin),
      votes: myVotes,
      votesLeft: votesLeft(options.voteBudget, myVotes),
    },
    // "3 of 5 ready" counts the people here now, not everyone who ever opened the retro, and
    // only their ready marks: someone who left is neither.
    ready: { ready: presence.ready, total: presence.total },
    participants: presence.participants,
    voted: votedCount(data.votes),
    safety,
    roti,
    checkin: checkinView(data),
    cards,
    // fromEntries defines own properties, so even a `__proto__` key reaches the JSON.
    hiddenCounts: Object.fromEntries(hiddenCounts),
    groups,
    discussion: {
      order,
      focusGroupId: retro.focus_group_id,
      timer:
        retro.timer_ends_at && retro.timer_seconds !== null
          ? { endsAt: retro.timer_ends_at, seconds: retro.timer_seconds }
          : null,
    },
    actions: data.actions.map((a) => actionItem(a, members)),
    review: data.review.map((a) =>
      actionItem(a, members, { retroId: a.retro_id, title: a.from_title, date: a.from_date }),
    ),
    pulsePrompt: parsePrompt(data.pulsePrompt),
    createdAt: retro.created_at,
    endedAt: retro.ended_at,
    serverNow: now.toISOString(),
  };
}

/** The stored prompt, or null when there is none (or it no longer reads as one). */
function parsePrompt(json: string | null): PulsePrompt | null {
  if (json === null) return null;
  const parsed = pulsePromptSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}
