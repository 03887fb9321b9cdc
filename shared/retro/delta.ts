import type { ActionItem, CardView, RetroView, Tally } from './api.js';
import type { CheckinView } from './checkin.js';
import { discussionOrder } from './discussion.js';
import { votesLeft } from './votes.js';

// No zod here: the side panel's first bundle applies deltas, and the schemas live in delta-schema.ts.

/** A card as everyone sees it once the cards are revealed; `mine` is each viewer's own business. */
export type PublicCard = Omit<CardView, 'mine'>;

/**
 * One change to a retro, as every participant may see it. A `retro.changed` event carries the
 * public ops of one command; the command's reply adds the issuer's own ops (the last three).
 * An op never holds what some participant's view could not show: no hidden card's id or text,
 * no author of an anonymous card, no vote total before the totals are shown.
 */
export type RetroOp =
  /** Phase, reveal and status after a phase command. A new phase clears every ready mark. */
  | {
      op: 'state';
      phase: RetroView['phase'];
      revealed: boolean;
      status: RetroView['status'];
      endedAt: string | null;
    }
  | { op: 'facilitator'; facilitator: RetroView['facilitator'] }
  | { op: 'timer'; timer: RetroView['discussion']['timer'] }
  | { op: 'focus'; groupId: string | null }
  /** The facilitator changed an option during the retro (the summary post). */
  | { op: 'options'; options: RetroView['options'] }
  /** Before the reveal: someone's card was added (+1) or deleted (-1) in a column. Nothing else. */
  | { op: 'hiddenCard'; columnId: string; by: 1 | -1 }
  /** At the reveal: every card, in board order. */
  | { op: 'cards'; cards: PublicCard[] }
  /** After the reveal: a card added or changed. */
  | { op: 'card'; card: PublicCard }
  | { op: 'cardGone'; id: string }
  /** A group created or renamed; a new one goes last. */
  | { op: 'group'; id: string; title: string }
  | { op: 'groupGone'; id: string }
  | { op: 'move'; cardIds: string[]; groupId: string | null }
  | { op: 'note'; groupId: string; note: { id: string; text: string; at: string } }
  /** Vote totals per group, sent when the totals become visible. */
  | { op: 'votes'; totals: Record<string, number> }
  /** How many of the people here now are ready. */
  | { op: 'ready'; ready: number }
  /**
   * Who is here changed (someone opened the retro, closed it, or was last seen too long ago):
   * `total` people here now, `ready` of them ready, `participants` who have ever opened it.
   */
  | { op: 'presence'; total: number; ready: number; participants: number }
  /** How many people have cast at least one vote, when that changes: a count, never who. */
  | { op: 'voted'; voted: number }
  | { op: 'tally'; kind: 'safety' | 'roti'; tally: Tally }
  /**
   * The check-in question, how many answered, and once shown the answers in text order, never
   * whose. A new question clears every answer, each viewer's own included.
   */
  | { op: 'checkin'; checkin: CheckinView }
  | { op: 'action'; action: ActionItem }
  | { op: 'actionGone'; id: string }
  | { op: 'review'; action: ActionItem }
  // The issuer's own, in the command's reply only.
  | {
      op: 'me';
      ready?: boolean;
      safety?: number | null;
      roti?: number | null;
      checkin?: string | null;
      votes?: Record<string, number>;
    }
  | { op: 'ownCard'; card: PublicCard }
  | { op: 'ownCardGone'; id: string };

export type RetroOpName = RetroOp['op'];

/** The ops only a command's reply carries: they describe the issuer's own view. */
export const ownOpNames: readonly RetroOpName[] = ['me', 'ownCard', 'ownCardGone'];

/** One command's change: `rev` is the retro's rev after it, `now` the server's time. */
export type RetroDelta = { rev: number; now: string; ops: RetroOp[] };

/** The reply to a command sent with `Prefer: return=minimal`. */
export type RetroCommandReply = { delta: RetroDelta } | { retro: RetroView };

/** Vote totals show once the vote phase is over (or the retro ended); never while votes can change. */
export function totalsShown(view: Pick<RetroView, 'status' | 'phases' | 'phase'>): boolean {
  if (view.status === 'ended') return true;
  const vote = view.phases.indexOf('vote');
  return vote !== -1 && view.phases.indexOf(view.phase) > vote;
}

/** Thrown inside `applyDelta` for an op it cannot apply; the panel then refetches. */
class Unappliable extends Error {}

function upsert<T extends { id: string }>(list: T[], item: T): void {
  const at = list.findIndex((x) => x.id === item.id);
  if (at === -1) list.push(item);
  else list[at] = item;
}

type Draft = {
  view: RetroView;
  /** Cards per column before the reveal, everyone's: the view's hidden counts plus the viewer's own. */
  columnTotals: Map<string, number>;
};

function applyOp(draft: Draft, op: RetroOp): void {
  const { view } = draft;
  switch (op.op) {
    case 'state':
      if (op.phase !== view.phase) {
        view.me = { ...view.me, ready: false };
        view.ready = { ...view.ready, ready: 0 };
      }
      view.phase = op.phase;
      view.revealed = op.revealed;
      view.status = op.status;
      view.endedAt = op.endedAt;
      return;
    case 'facilitator':
      view.facilitator = op.facilitator;
      view.facilitatorAway = false;
      return;
    case 'timer':
      view.discussion = { ...view.discussion, timer: op.timer };
      return;
    case 'focus':
      view.discussion = { ...view.discussion, focusGroupId: op.groupId };
      return;
    case 'options':
      view.options = op.options;
      return;
    case 'hiddenCard':
      draft.columnTotals.set(op.columnId, (draft.columnTotals.get(op.columnId) ?? 0) + op.by);
      return;
    case 'cards': {
      const mine = new Set(view.cards.filter((c) => c.mine).map((c) => c.id));
      view.cards = op.cards.map((c) => ({ ...c, mine: mine.has(c.id) }));
      return;
    }
    case 'card': {
      const mine = view.cards.find((c) => c.id === op.card.id)?.mine ?? false;
      upsert(view.cards, { ...op.card, mine });
      return;
    }
    case 'ownCard':
      upsert(view.cards, { ...op.card, mine: true });
      return;
    case 'cardGone':
    case 'ownCardGone':
      view.cards = view.cards.filter((c) => c.id !== op.id);
      return;
    case 'group': {
      const group = view.groups.find((g) => g.id === op.id);
      upsert(
        view.groups,
        group
          ? { ...group, title: op.title }
          : { id: op.id, title: op.title, cardIds: [], votes: null, notes: [] },
      );
      return;
    }
    case 'groupGone':
      view.groups = view.groups.filter((g) => g.id !== op.id);
      view.actions = view.actions.map((a) => (a.groupId === op.id ? { ...a, groupId: null } : a));
      return;
    case 'move': {
      const ids = new Set(op.cardIds);
      view.cards = view.cards.map((c) => (ids.has(c.id) ? { ...c, groupId: op.groupId } : c));
      return;
    }
    case 'note': {
      const at = view.groups.findIndex((g) => g.id === op.groupId);
      const group = view.groups[at];
      if (!group) throw new Unappliable(`note for unknown group`);
      // Notes are listed by time, then id, as the server lists them.
      const key = (n: { id: string; at: string }) => `${n.at}\u0000${n.id}`;
      const notes = [...group.notes.filter((n) => n.id !== op.note.id), op.note];
      notes.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
      view.groups[at] = { ...group, notes };
      return;
    }
    case 'votes': {
      const totals = new Map(Object.entries(op.totals));
      view.groups = view.groups.map((g) => ({ ...g, votes: totals.get(g.id) ?? 0 }));
      return;
    }
    case 'ready':
      view.ready = { ...view.ready, ready: op.ready };
      return;
    case 'presence':
      view.ready = { ready: op.ready, total: op.total };
      view.participants = op.participants;
      return;
    case 'voted':
      view.voted = op.voted;
      return;
    case 'tally':
      view[op.kind] = op.tally;
      return;
    case 'checkin':
      // The server clears every answer when the question changes: this viewer's own too.
      if (JSON.stringify(op.checkin.question) !== JSON.stringify(view.checkin.question)) {
        view.me = { ...view.me, checkin: null };
      }
      view.checkin = op.checkin;
      return;
    case 'action':
      upsert(view.actions, op.action);
      return;
    case 'actionGone':
      view.actions = view.actions.filter((a) => a.id !== op.id);
      return;
    case 'review':
      upsert(view.review, op.action);
      return;
    case 'me': {
      const { op: _op, ...mine } = op;
      view.me = { ...view.me, ...mine };
      return;
    }
    default:
      throw new Unappliable(`unknown op ${(op as { op: unknown }).op as string}`);
  }
}

/** Everything in a view that follows from the rest: counts, card lists, order, the viewer's role. */
function settle(draft: Draft): void {
  const { view } = draft;
  const hidden = new Map<string, number>();
  if (!view.revealed) {
    for (const column of view.columns) hidden.set(column.id, 0);
    for (const [column, total] of draft.columnTotals) hidden.set(column, total);
    for (const card of view.cards) {
      if (card.mine) hidden.set(card.columnId, (hidden.get(card.columnId) ?? 0) - 1);
    }
    for (const count of hidden.values()) if (count < 0) throw new Unappliable('negative count');
  }
  // fromEntries defines own properties, so even a `__proto__` column id survives.
  view.hiddenCounts = Object.fromEntries(hidden);

  const shown = totalsShown(view);
  view.groups = view.groups.map((g) => ({
    ...g,
    cardIds: view.cards.filter((c) => c.groupId === g.id).map((c) => c.id),
    votes: shown ? (g.votes ?? 0) : null,
  }));
  const groupIds = new Set(view.groups.map((g) => g.id));
  view.discussion = {
    ...view.discussion,
    order:
      shown || !view.phases.includes('vote')
        ? discussionOrder(
            view.groups.map((g, i) => ({ id: g.id, votes: g.votes ?? 0, createdOrder: i })),
          )
        : [],
    focusGroupId:
      view.discussion.focusGroupId !== null && groupIds.has(view.discussion.focusGroupId)
        ? view.discussion.focusGroupId
        : null,
  };
  const votes = Object.fromEntries(
    Object.entries(view.me.votes).filter(([group, count]) => groupIds.has(group) && count > 0),
  );
  view.me = {
    ...view.me,
    isFacilitator: view.facilitator.userId === view.me.userId,
    votes,
    votesLeft: votesLeft(view.options.voteBudget, votes),
  };
  view.ready = { ...view.ready, total: Math.max(view.ready.total, view.ready.ready) };
}

/**
 * The view after one delta, or null when this view cannot take it: the delta is not the next rev,
 * or it holds an op this panel cannot apply. The panel then refetches its view once.
 * A pure function: `view` is not changed.
 */
export function applyDelta(view: RetroView, delta: RetroDelta): RetroView | null {
  if (delta.rev !== view.rev + 1 || !Array.isArray(delta.ops)) return null;
  const columnTotals = new Map<string, number>();
  for (const [column, count] of Object.entries(view.hiddenCounts)) columnTotals.set(column, count);
  for (const card of view.cards) {
    if (card.mine && !view.revealed) {
      columnTotals.set(card.columnId, (columnTotals.get(card.columnId) ?? 0) + 1);
    }
  }
  const draft: Draft = {
    view: {
      ...view,
      cards: [...view.cards],
      groups: [...view.groups],
      actions: [...view.actions],
      review: [...view.review],
    },
    columnTotals,
  };
  try {
    for (const op of delta.ops) applyOp(draft, op);
    settle(draft);
  } catch (error) {
    if (error instanceof Unappliable || error instanceof TypeError) return null;
    throw error;
  }
  draft.view.rev = delta.rev;
  draft.view.serverNow = delta.now;
  return draft.view;
}

/**
 * A view with the time-driven fields set aside, for comparing a delta-applied view with a
 * refetched one: the server's clock, and whether the facilitator has been away long enough to be
 * taken over from. The ready count and `participants` follow `presence` ops, so they must agree.
 */
export function withoutPresence(view: RetroView) {
  const { serverNow: _now, facilitatorAway: _away, ...rest } = view;
  return rest;
}
