import { randomUUID } from 'node:crypto';
import type { RetroCommand } from '../../shared/retro/api.js';
import { checkVote } from '../../shared/retro/votes.js';
import { badRequest, conflict } from '../http-errors.js';
import {
  cardOf,
  dropGroupIfEmpty,
  groupOf,
  nextPosition,
  requireAuthor,
  type CommandContext,
} from './command-context.js';
import { cardChanged } from './delta-ops.js';
import { parseColumns, parseOptions, type CardRow } from './queries.js';

type BoardCommand = Extract<
  RetroCommand,
  {
    type:
      | 'addCard'
      | 'editCard'
      | 'deleteCard'
      | 'moveCard'
      | 'createGroup'
      | 'nameGroup'
      | 'vote'
      | 'addNote';
  }
>;

/** Cards, groups, votes and notes. The phase machine has already allowed the command type. */
export async function runBoardCommand(ctx: CommandContext, command: BoardCommand): Promise<void> {
  const { trx, retro, now } = ctx;
  switch (command.type) {
    case 'addCard': {
      if (!parseColumns(retro).some((c) => c.id === command.columnId)) {
        throw badRequest('server.retro.unknownColumn');
      }
      // A card's position is the rev its command makes: unique and growing, with no query, and
      // (every card having bumped the rev) never below the count of cards, so the exact count is
      // needed only once a retro's rev passes the quota. The retro row is locked for this
      // transaction, so the count holds across instances.
      const position = retro.rev + 1;
      if (position > ctx.cardsPerRetro) {
        const { cards } = await trx
          .selectFrom('retro_cards')
          .select((eb) => eb.fn.countAll<number | string>().as('cards'))
          .where('retro_id', '=', retro.id)
          .executeTakeFirstOrThrow();
        if (Number(cards) >= ctx.cardsPerRetro) {
          throw conflict('server.retro.tooManyCards', { max: ctx.cardsPerRetro });
        }
      }
      const named = !parseOptions(retro).anonymous;
      const card: CardRow = {
        id: randomUUID(),
        retro_id: retro.id,
        column_id: command.columnId,
        text: command.text,
        author_hash: ctx.hashes.card,
        // Named only in a retro its facilitator made non-anonymous.
        author_id: named ? ctx.user.userId : null,
        author_name: named ? authorName(ctx) : null,
        group_id: null,
        position,
      };
      await trx.insertInto('retro_cards').values(card).execute();
      if (retro.revealed !== 1) ctx.ops.push({ op: 'hiddenCard', columnId: card.column_id, by: 1 });
      cardChanged(ctx, card);
      return;
    }
    case 'editCard': {
      const card = await cardOf(ctx, command.cardId);
      requireAuthor(ctx, card, 'edit');
      await trx
        .updateTable('retro_cards')
        .set({ text: command.text })
        .where('id', '=', card.id)
        .execute();
      cardChanged(ctx, { ...card, text: command.text });
      return;
    }
    case 'deleteCard': {
      const card = await cardOf(ctx, command.cardId);
      requireAuthor(ctx, card, 'delete');
      await trx.deleteFrom('retro_cards').where('id', '=', card.id).execute();
      ctx.ops.push(
        retro.revealed === 1
          ? { op: 'cardGone', id: card.id }
          : { op: 'hiddenCard', columnId: card.column_id, by: -1 },
      );
      ctx.own.push({ op: 'ownCardGone', id: card.id });
      await dropGroupIfEmpty(ctx, card.group_id);
      return;
    }
    case 'moveCard': {
      const card = await cardOf(ctx, command.cardId);
      if (command.groupId !== null) await groupOf(ctx, command.groupId);
      if (card.group_id === command.groupId) return;
      // Transactions serialise on the retro row, so the last committed move wins.
      await trx
        .updateTable('retro_cards')
        .set({ group_id: command.groupId })
        .where('id', '=', card.id)
        .execute();
      ctx.ops.push({ op: 'move', cardIds: [card.id], groupId: command.groupId });
      await dropGroupIfEmpty(ctx, card.group_id);
      return;
    }
    case 'createGroup': {
      const ids = [...new Set(command.cardIds)];
      const cards = await Promise.all(ids.map((id) => cardOf(ctx, id)));
      const groupId = randomUUID();
      await trx
        .insertInto('retro_groups')
        .values({
          id: groupId,
          retro_id: retro.id,
          title: command.title,
          position: await nextPosition(ctx, 'retro_groups'),
        })
        .execute();
      await trx
        .updateTable('retro_cards')
        .set({ group_id: groupId })
        .where('retro_id', '=', retro.id)
        .where('id', 'in', ids)
        .execute();
      ctx.ops.push({ op: 'group', id: groupId, title: command.title });
      ctx.ops.push({ op: 'move', cardIds: ids, groupId });
      for (const old of new Set(cards.map((c) => c.group_id))) await dropGroupIfEmpty(ctx, old);
      return;
    }
    case 'nameGroup': {
      const group = await groupOf(ctx, command.groupId);
      await trx
        .updateTable('retro_groups')
        .set({ title: command.title })
        .where('id', '=', group.id)
        .execute();
      ctx.ops.push({ op: 'group', id: group.id, title: command.title });
      return;
    }
    case 'vote':
      return vote(ctx, command.groupId, command.delta);
    case 'addNote': {
      const group = await groupOf(ctx, command.groupId);
      const note = { id: randomUUID(), text: command.text, at: now.toISOString() };
      await trx
        .insertInto('retro_notes')
        .values({
          id: note.id,
          retro_id: retro.id,
          group_id: group.id,
          text: note.text,
          created_at: note.at,
        })
        .execute();
      ctx.ops.push({ op: 'note', groupId: group.id, note });
      return;
    }
  }
}

async function vote(ctx: CommandContext, groupId: string, delta: 1 | -1): Promise<void> {
  const { trx, retro } = ctx;
  await groupOf(ctx, groupId);
  const rows = await trx
    .selectFrom('retro_votes')
    .select(['group_id', 'count'])
    .where('retro_id', '=', retro.id)
    .where('voter_hash', '=', ctx.hashes.vote)
    .execute();
  const mine = Object.fromEntries(rows.map((r) => [r.group_id, r.count]));
  const options = parseOptions(retro);
  const decision = checkVote(
    { budget: options.voteBudget, cap: options.perGroupCap },
    mine,
    groupId,
    delta,
  );
  if (!decision.ok) throw conflict(decision.refusal.id, decision.refusal.values);
  const count = (mine[groupId] ?? 0) + delta;
  // Totals stay hidden while votes can change: only the voter's own view changes.
  const { [groupId]: _old, ...others } = mine;
  ctx.own.push({ op: 'me', votes: count === 0 ? others : { ...others, [groupId]: count } });
  const key = { retro_id: retro.id, group_id: groupId, voter_hash: ctx.hashes.vote };
  if (count === 0) {
    await trx
      .deleteFrom('retro_votes')
      .where('retro_id', '=', key.retro_id)
      .where('group_id', '=', key.group_id)
      .where('voter_hash', '=', key.voter_hash)
      .execute();
  } else {
    await trx
      .insertInto('retro_votes')
      .values({ ...key, count })
      .onConflict((oc) => oc.columns(['retro_id', 'group_id', 'voter_hash']).doUpdateSet({ count }))
      .execute();
  }
  // The facilitator's "4 of 6 have voted": the count of voters moves only with someone's first
  // vote or their last one taken back. The op holds that count and nothing else.
  const votedBefore = Object.values(mine).some((n) => n > 0);
  const votedAfter = count > 0 || Object.values(others).some((n) => n > 0);
  if (votedBefore !== votedAfter) {
    const { voted } = await trx
      .selectFrom('retro_votes')
      .select((eb) => eb.fn.count<number | string>('voter_hash').distinct().as('voted'))
      .where('retro_id', '=', retro.id)
      .where('count', '>', 0)
      .executeTakeFirstOrThrow();
    ctx.ops.push({ op: 'voted', voted: Number(voted) });
  }
}

function authorName(ctx: CommandContext): string {
  return ctx.members.find((m) => m.userId === ctx.user.userId)?.displayName ?? ctx.user.displayName;
}
