import { randomUUID } from 'node:crypto';
import type { RetroCommand } from '../../shared/retro/api.js';
import { transition, type MachineState } from '../../shared/retro/machine.js';
import type { RetroPhase } from '../../shared/retro/phases.js';
import { conflict } from '../http-errors.js';
import { chatMember, groupOf, nextPosition, type CommandContext } from './command-context.js';
import { parseOptions } from './queries.js';

type PhaseCommand = Extract<
  RetroCommand,
  {
    type:
      | 'advance'
      | 'back'
      | 'reveal'
      | 'end'
      | 'setPostSummary'
      | 'takeOver'
      | 'handOver'
      | 'focusTopic'
      | 'startTimer'
      | 'stopTimer';
  }
>;

const gatheringPhases: readonly RetroPhase[] = ['gather', 'group'];

/** Facilitation and phase commands: they change the retro row, through the phase machine. */
export async function runPhaseCommand(
  ctx: CommandContext,
  state: MachineState,
  command: PhaseCommand,
): Promise<void> {
  const { patch, now } = ctx;
  switch (command.type) {
    case 'advance':
    case 'back':
    case 'reveal': {
      const next = transition(state, command);
      if (next.revealed && !state.revealed) patch.revealed = 1;
      if (next.phase !== state.phase) {
        patch.phase = next.phase;
        patch.timer_ends_at = null;
        patch.timer_seconds = null;
        // Ready means "ready to leave this phase", so it starts over in the next one.
        await ctx.trx
          .deleteFrom('retro_marks')
          .where('retro_id', '=', ctx.retro.id)
          .where('kind', '=', 'ready')
          .execute();
        if (
          command.type === 'advance' &&
          gatheringPhases.includes(state.phase) &&
          !gatheringPhases.includes(next.phase)
        ) {
          await groupLooseCards(ctx);
        }
      }
      return;
    }
    case 'end':
      patch.status = 'ended';
      patch.ended_at = now.toISOString();
      patch.active_key = null;
      patch.timer_ends_at = null;
      patch.timer_seconds = null;
      ctx.ended = true;
      return;
    case 'setPostSummary': {
      const options = { ...parseOptions(ctx.retro), postSummary: command.enabled };
      patch.options = JSON.stringify(options);
      ctx.ops.push({ op: 'options', options });
      return;
    }
    case 'takeOver':
      ctx.facilitator = {
        facilitator_id: ctx.user.userId,
        facilitator_name:
          ctx.members.find((m) => m.userId === ctx.user.userId)?.displayName ??
          ctx.user.displayName,
      };
      return;
    case 'handOver': {
      if (command.userId === ctx.retro.facilitator_id) {
        throw conflict('server.retro.alreadyFacilitator');
      }
      const member = chatMember(ctx, command.userId);
      ctx.facilitator = { facilitator_id: member.userId, facilitator_name: member.displayName };
      return;
    }
    case 'focusTopic':
      await groupOf(ctx, command.groupId);
      patch.focus_group_id = command.groupId;
      // A new topic gets its own time box.
      patch.timer_ends_at = null;
      patch.timer_seconds = null;
      return;
    case 'startTimer':
      // Server time: clients correct for their own clock skew with `serverNow`.
      patch.timer_ends_at = new Date(now.getTime() + command.seconds * 1000).toISOString();
      patch.timer_seconds = command.seconds;
      return;
    case 'stopTimer':
      patch.timer_ends_at = null;
      patch.timer_seconds = null;
      return;
  }
}

/** Voting and discussion work on groups, so every card still on its own becomes a group of one. */
async function groupLooseCards(ctx: CommandContext): Promise<void> {
  const loose = await ctx.trx
    .selectFrom('retro_cards')
    .select(['id', 'text'])
    .where('retro_id', '=', ctx.retro.id)
    .where('group_id', 'is', null)
    .orderBy('position')
    .execute();
  let position = await nextPosition(ctx, 'retro_groups');
  for (const card of loose) {
    const id = randomUUID();
    const title = card.text.slice(0, 80);
    await ctx.trx
      .insertInto('retro_groups')
      .values({ id, retro_id: ctx.retro.id, title, position: position++ })
      .execute();
    await ctx.trx
      .updateTable('retro_cards')
      .set({ group_id: id })
      .where('id', '=', card.id)
      .execute();
    ctx.ops.push({ op: 'group', id, title }, { op: 'move', cardIds: [card.id], groupId: id });
  }
}
