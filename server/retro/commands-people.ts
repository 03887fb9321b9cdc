import { randomUUID } from 'node:crypto';
import type { RetroCommand } from '../../shared/retro/api.js';
import { forbidden, notFound } from '../http-errors.js';
import { chatMember, groupOf, type CommandContext } from './command-context.js';
import { actionChanged } from './delta-ops.js';
import { presenceOf } from './presence.js';
import { carriedOver, loadMarks, type ActionRow } from './queries.js';
import { actionItem } from './view.js';
import { tally } from '../../shared/retro/tallies.js';

type PeopleCommand = Extract<
  RetroCommand,
  {
    type:
      | 'setReady'
      | 'answerSafety'
      | 'answerRoti'
      | 'reviewItem'
      | 'addAction'
      | 'updateAction'
      | 'deleteAction';
  }
>;

/** Readiness, anonymous answers and action items. The phase machine has already allowed the type. */
export async function runPeopleCommand(ctx: CommandContext, command: PeopleCommand): Promise<void> {
  const { trx, retro, now } = ctx;
  switch (command.type) {
    case 'setReady': {
      const key = { retro_id: retro.id, kind: 'ready', person_hash: ctx.hashes.ready };
      if (command.ready) {
        await trx
          .insertInto('retro_marks')
          .values({ ...key, at: now.toISOString() })
          .onConflict((oc) => oc.columns(['retro_id', 'kind', 'person_hash']).doNothing())
          .execute();
      } else {
        await trx
          .deleteFrom('retro_marks')
          .where('retro_id', '=', key.retro_id)
          .where('kind', '=', key.kind)
          .where('person_hash', '=', key.person_hash)
          .execute();
      }
      // Only the people here now count: a ready mark of someone who left does not.
      const { ready } = presenceOf(
        retro,
        await loadMarks(trx, retro.id),
        ctx.members,
        now,
        ctx.hmacKey,
      );
      ctx.ops.push({ op: 'ready', ready });
      ctx.own.push({ op: 'me', ready: command.ready });
      return;
    }
    case 'answerSafety':
    case 'answerRoti': {
      // One answer per person: answering again replaces it.
      const kind = command.type === 'answerSafety' ? 'safety' : 'roti';
      await trx
        .insertInto('retro_answers')
        .values({ retro_id: retro.id, kind, person_hash: ctx.hashes.answer, value: command.value })
        .onConflict((oc) =>
          oc.columns(['retro_id', 'kind', 'person_hash']).doUpdateSet({ value: command.value }),
        )
        .execute();
      // The tally as every view shows it: a count, and the distribution only from 3 answers.
      const values = await trx
        .selectFrom('retro_answers')
        .select('value')
        .where('retro_id', '=', retro.id)
        .where('kind', '=', kind)
        .execute();
      ctx.ops.push({ op: 'tally', kind, tally: tally(values.map((v) => v.value)) });
      ctx.own.push({ op: 'me', [kind]: command.value });
      return;
    }
    case 'reviewItem': {
      const item = (await carriedOver(trx, retro)).find((a) => a.id === command.actionId);
      if (!item) {
        throw notFound('server.retro.notUpForReview');
      }
      if (item.owner_id !== ctx.user.userId && retro.facilitator_id !== ctx.user.userId) {
        throw forbidden('server.retro.notOwnerOrFacilitator');
      }
      await trx
        .updateTable('retro_actions')
        .set({
          status: command.status,
          reviewed_in: retro.id,
          ...(command.status === item.status ? {} : { status_changed_at: now.toISOString() }),
        })
        .where('id', '=', item.id)
        .execute();
      const from = { retroId: item.retro_id, title: item.from_title, date: item.from_date };
      ctx.ops.push({
        op: 'review',
        action: actionItem({ ...item, status: command.status }, ctx.members, from),
      });
      return;
    }
    case 'addAction': {
      const owner = chatMember(ctx, command.ownerId);
      if (command.groupId !== null) await groupOf(ctx, command.groupId);
      const row: ActionRow = {
        id: randomUUID(),
        retro_id: retro.id,
        text: command.text,
        owner_id: owner.userId,
        owner_name: owner.displayName,
        due_date: command.dueDate,
        status: 'open',
        group_id: command.groupId,
        reviewed_in: null,
        status_changed_at: null,
        created_at: now.toISOString(),
      };
      await trx.insertInto('retro_actions').values(row).execute();
      actionChanged(ctx, row);
      return;
    }
    case 'updateAction': {
      await actionOf(ctx, command.actionId);
      const owner = command.ownerId === undefined ? null : chatMember(ctx, command.ownerId);
      const changes = {
        ...(command.text === undefined ? {} : { text: command.text }),
        ...(owner ? { owner_id: owner.userId, owner_name: owner.displayName } : {}),
        ...(command.dueDate === undefined ? {} : { due_date: command.dueDate }),
        ...(command.status === undefined
          ? {}
          : { status: command.status, status_changed_at: now.toISOString() }),
      };
      if (Object.keys(changes).length === 0) return;
      await trx
        .updateTable('retro_actions')
        .set(changes)
        .where('id', '=', command.actionId)
        .execute();
      actionChanged(ctx, await actionOf(ctx, command.actionId));
      return;
    }
    case 'deleteAction':
      await actionOf(ctx, command.actionId);
      // The task stays in the owner's To Do (it is theirs); Candor forgets which one it was.
      await trx.deleteFrom('retro_todo_links').where('action_id', '=', command.actionId).execute();
      await trx.deleteFrom('retro_actions').where('id', '=', command.actionId).execute();
      ctx.ops.push({ op: 'actionGone', id: command.actionId });
      return;
  }
}

async function actionOf(ctx: CommandContext, actionId: string) {
  const action = await ctx.trx
    .selectFrom('retro_actions')
    .selectAll()
    .where('retro_id', '=', ctx.retro.id)
    .where('id', '=', actionId)
    .executeTakeFirst();
  if (!action) {
    throw notFound('server.retro.actionGone');
  }
  return action;
}
