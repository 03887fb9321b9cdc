import type { ActionItem } from '../../shared/retro/api.js';
import type { RetroOp } from '../../shared/retro/delta.js';
import type { CommandContext } from './command-context.js';
import { parseOptions, type ActionRow, type CardRow, type Q, type RetroRow } from './queries.js';
import { actionItem, displayName, groupTotals, publicCard, votesShown } from './view.js';

/** The card as this command leaves it, in the public ops (once revealed) and the issuer's own. */
export function cardChanged(ctx: CommandContext, card: CardRow): void {
  const revealed = ctx.retro.revealed === 1;
  const view = publicCard(card, revealed, parseOptions(ctx.retro).anonymous, ctx.members);
  if (revealed) ctx.ops.push({ op: 'card', card: view });
  ctx.own.push({ op: 'ownCard', card: view });
}

export function actionChanged(ctx: CommandContext, row: ActionRow): ActionItem {
  const action = actionItem(row, ctx.members);
  ctx.ops.push({ op: 'action', action });
  return action;
}

/**
 * The ops that follow from the retro row's patch: phase, reveal, status, timer, focus and the
 * facilitator; at the reveal every card, and when vote totals become visible, the totals.
 * Reads the board only for those two moments, which happen once or twice a retro.
 */
export async function rowOps(ctx: CommandContext, q: Q): Promise<RetroOp[]> {
  const { retro, patch } = ctx;
  const after = { ...retro, ...patch } as RetroRow;
  const ops: RetroOp[] = [];
  if (
    after.phase !== retro.phase ||
    after.revealed !== retro.revealed ||
    after.status !== retro.status ||
    after.ended_at !== retro.ended_at
  ) {
    ops.push({
      op: 'state',
      phase: after.phase as Extract<RetroOp, { op: 'state' }>['phase'],
      revealed: after.revealed === 1,
      status: after.status === 'ended' ? 'ended' : 'active',
      endedAt: after.ended_at,
    });
  }
  if (after.timer_ends_at !== retro.timer_ends_at || after.timer_seconds !== retro.timer_seconds) {
    ops.push({
      op: 'timer',
      timer:
        after.timer_ends_at && after.timer_seconds !== null
          ? { endsAt: after.timer_ends_at, seconds: after.timer_seconds }
          : null,
    });
  }
  if (after.focus_group_id !== retro.focus_group_id) {
    ops.push({ op: 'focus', groupId: after.focus_group_id });
  }
  if (ctx.facilitator) {
    const { facilitator_id: userId, facilitator_name: name } = ctx.facilitator;
    ops.push({
      op: 'facilitator',
      facilitator: { userId, displayName: displayName(ctx.members, userId, name) },
    });
  }
  if (after.revealed === 1 && retro.revealed !== 1) {
    const anonymous = parseOptions(retro).anonymous;
    const cards = await q
      .selectFrom('retro_cards')
      .selectAll()
      .where('retro_id', '=', retro.id)
      .orderBy('position')
      .execute();
    ops.push({
      op: 'cards',
      cards: cards.map((c) => publicCard(c, true, anonymous, ctx.members)),
    });
  }
  if (votesShown(after) && !votesShown(retro)) {
    const votes = await q
      .selectFrom('retro_votes')
      .select(['group_id', 'count'])
      .where('retro_id', '=', retro.id)
      .execute();
    ops.push({ op: 'votes', totals: Object.fromEntries(groupTotals({ votes })) });
  }
  return ops;
}
