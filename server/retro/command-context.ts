import type { Transaction, Updateable } from 'kysely';
import type { Member } from '../../shared/api.js';
import type { RetroOp } from '../../shared/retro/delta.js';
import type { AuthUser } from '../auth/types.js';
import { badRequest, forbidden, notFound } from '../http-errors.js';
import type { Database, RetrosTable } from '../storage/schema.js';
import type { PersonHashes } from './hashing.js';
import type { CardRow, GroupRow, RetroRow } from './queries.js';

/** What a command handler works with, inside the command's transaction. */
export type CommandContext = {
  trx: Transaction<Database>;
  /** The retro row, locked for this transaction. */
  retro: RetroRow;
  user: AuthUser;
  hashes: PersonHashes;
  /** The meeting chat's members, from Graph. */
  members: Member[];
  now: Date;
  /** Changes to the retro row; written together with the `rev` bump. */
  patch: Updateable<RetrosTable>;
  /** Set by `takeOver` and `handOver`; written to `retro_facilitators`, apart from the retro row. */
  facilitator?: { facilitator_id: string; facilitator_name: string };
  /** For keyed hashes of other people (presence: whose ready mark counts). */
  hmacKey: string;
  /** The most cards this retro may hold (config.limits). */
  cardsPerRetro: number;
  /** The command's public change, for the live event (see shared/retro/delta.ts). */
  ops: RetroOp[];
  /** The issuer's own change, for the command's reply only. */
  own: RetroOp[];
  /** Set by `end`, so the chat room hears about it too. */
  ended: boolean;
};

// Refusals never echo card or note text: a message can end up on someone else's screen or in a log.

export async function cardOf(ctx: CommandContext, cardId: string): Promise<CardRow> {
  const card = await ctx.trx
    .selectFrom('retro_cards')
    .selectAll()
    .where('retro_id', '=', ctx.retro.id)
    .where('id', '=', cardId)
    .executeTakeFirst();
  if (!card) throw notFound('server.retro.cardGone');
  return card;
}

export async function groupOf(ctx: CommandContext, groupId: string): Promise<GroupRow> {
  const group = await ctx.trx
    .selectFrom('retro_groups')
    .selectAll()
    .where('retro_id', '=', ctx.retro.id)
    .where('id', '=', groupId)
    .executeTakeFirst();
  if (!group) {
    throw notFound('server.retro.groupGone');
  }
  return group;
}

/** The author check compares keyed hashes: the server never needs to know who wrote a card. */
export function requireAuthor(ctx: CommandContext, card: CardRow, action: 'edit' | 'delete'): void {
  if (card.author_hash !== ctx.hashes.card) {
    throw forbidden('server.retro.notYourCard', { action });
  }
}

export function chatMember(ctx: CommandContext, userId: string): Member {
  const member = ctx.members.find((m) => m.userId === userId);
  if (!member) {
    throw badRequest('server.retro.notChatMember');
  }
  return member;
}

/** The next position for a new card or group, so creation order survives restarts. */
export async function nextPosition(
  ctx: CommandContext,
  table: 'retro_cards' | 'retro_groups',
): Promise<number> {
  const row = await ctx.trx
    .selectFrom(table)
    .select((eb) => eb.fn.max<number | null>('position').as('max'))
    .where('retro_id', '=', ctx.retro.id)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

/** A group left without cards goes, with its votes and notes; actions keep their text but lose the link. */
export async function dropGroupIfEmpty(ctx: CommandContext, groupId: string | null): Promise<void> {
  if (groupId === null) return;
  const { trx } = ctx;
  const left = await trx
    .selectFrom('retro_cards')
    .select('id')
    .where('group_id', '=', groupId)
    .limit(1)
    .executeTakeFirst();
  if (left) return;
  await trx.deleteFrom('retro_votes').where('group_id', '=', groupId).execute();
  await trx.deleteFrom('retro_notes').where('group_id', '=', groupId).execute();
  await trx
    .updateTable('retro_actions')
    .set({ group_id: null })
    .where('group_id', '=', groupId)
    .execute();
  if ((ctx.patch.focus_group_id ?? ctx.retro.focus_group_id) === groupId) {
    ctx.patch.focus_group_id = null;
  }
  await trx.deleteFrom('retro_groups').where('id', '=', groupId).execute();
  ctx.ops.push({ op: 'groupGone', id: groupId });
}
