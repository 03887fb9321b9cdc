import type { Transaction } from 'kysely';
import type { Member } from '../../shared/api.js';
import {
  chatRetroEventNames,
  retroEventNames,
  type RetroCommand,
  type RetroView,
} from '../../shared/retro/api.js';
import { canIssue } from '../../shared/retro/machine.js';
import { resolveLimits } from '../limits/limits.js';
import type { AuthUser } from '../auth/types.js';
import type { Database } from '../storage/schema.js';
import { markSeen, retroNotFound, seenIsStale, withSeenMark, type RetroDeps } from './access.js';
import type { CommandContext } from './command-context.js';
import { runBoardCommand } from './commands-board.js';
import { runPeopleCommand } from './commands-people.js';
import { runPhaseCommand } from './commands-phase.js';
import { conflict } from './errors.js';
import type { PersonHashes } from './hashing.js';
import { findRetro, loadRetroData, type Q, type RetroRow } from './queries.js';
import {
  buildView,
  facilitatorSeenAt,
  machineState,
  presentWithinMs,
  roleOf,
  votesShown,
} from './view.js';

export type CommandInput = {
  retroId: string;
  user: AuthUser;
  hashes: PersonHashes;
  members: Member[];
  command: RetroCommand;
  /** A seam for the dev host's demo history; the route leaves it unset (the real time). */
  now?: Date;
};

/**
 * Whether a command changes only its issuer's own view: a vote while totals are hidden (others see
 * no vote count), or an edit of one's own card before the reveal (others see only counts). Votes and
 * edits are most of a big retro's events, so this spares most refetches.
 */
export function changesOnlyActor(command: RetroCommand, retro: RetroRow): boolean {
  if (command.type === 'vote') return !votesShown(retro);
  if (command.type === 'editCard') return retro.revealed === 0;
  return false;
}

/**
 * Runs one command in `trx`: lock the retro, ask the phase machine, check the data, write, bump
 * `rev` and publish `{ rev }` (never text; plus `onlyActor` when no one else's view changed) in the
 * same transaction. Returns the new rev; the caller's view is built apart (see `callerView`).
 */
export async function executeCommand(
  deps: RetroDeps,
  trx: Transaction<Database>,
  input: CommandInput,
): Promise<number> {
  const now = input.now ?? new Date();
  const retro = await findRetro(trx, deps.db, input.retroId, true);
  if (!retro || retro.tenant_id !== input.user.tenantId) throw retroNotFound();
  const before = await trx
    .selectFrom('retro_marks')
    .select(['kind', 'person_hash', 'at'])
    .where('retro_id', '=', retro.id)
    .where('kind', '=', 'seen')
    .execute();
  const callerMark = before.find((m) => m.person_hash === input.hashes.seen);
  const callerWasPresent =
    callerMark !== undefined && now.getTime() - Date.parse(callerMark.at) <= presentWithinMs;
  // Issuing a command proves the caller is here, which matters for `facilitatorAway`. A fresh mark
  // is left alone, as on reads: one write less per command for a busy typist.
  if (seenIsStale(before, input.hashes.seen, now)) {
    await markSeen(trx, retro.id, input.hashes.seen, now);
  }
  const seen = withSeenMark(before, input.hashes.seen, now);
  const state = machineState(
    retro,
    facilitatorSeenAt({ retro, marks: seen }, deps.config.hmacKey),
    now,
  );
  const { command } = input;
  const decision = canIssue(state, roleOf(retro, input.user.userId), command.type);
  if (!decision.ok) throw conflict(decision.reason);

  const ctx: CommandContext = {
    trx,
    retro,
    user: input.user,
    hashes: input.hashes,
    members: input.members,
    now,
    patch: {},
    cardsPerRetro: resolveLimits(deps.config.limits).cardsPerRetro,
    ended: false,
  };
  await dispatch(ctx, state, command);

  const rev = retro.rev + 1;
  await trx
    .updateTable('retros')
    .set({ ...ctx.patch, rev })
    .where('id', '=', retro.id)
    .execute();
  if (ctx.facilitator) {
    await trx
      .updateTable('retro_facilitators')
      .set(ctx.facilitator)
      .where('retro_id', '=', retro.id)
      .execute();
  }
  // `onlyActor`: nobody else's view changed, so other panels can skip their refetch (see
  // changesOnlyActor). It says no more than the event itself does: that something happened.
  const onlyActor =
    callerWasPresent &&
    roleOf(retro, input.user.userId) !== 'facilitator' &&
    changesOnlyActor(command, retro);
  await deps.hub.publish(
    `retro:${retro.id}`,
    retroEventNames.changed,
    onlyActor ? { rev, onlyActor: true } : { rev },
    trx,
  );
  if (ctx.ended) {
    await deps.hub.publish(
      `chat:${retro.chat_id}`,
      chatRetroEventNames.ended,
      { retroId: retro.id },
      trx,
    );
  }
  return rev;
}

/** The caller's view of a retro, read in `q` (a command's transaction or the database). */
export async function callerView(
  deps: RetroDeps,
  q: Q,
  input: Pick<CommandInput, 'retroId' | 'user' | 'hashes' | 'members' | 'now'>,
): Promise<RetroView> {
  const retro = await findRetro(q, deps.db, input.retroId);
  if (!retro) throw retroNotFound();
  const data = await loadRetroData(q, retro);
  return buildView(
    data,
    { userId: input.user.userId, hashes: input.hashes },
    input.members,
    input.now ?? new Date(),
    deps.config.hmacKey,
  );
}

function dispatch(
  ctx: CommandContext,
  state: ReturnType<typeof machineState>,
  command: RetroCommand,
): Promise<void> {
  switch (command.type) {
    case 'advance':
    case 'back':
    case 'reveal':
    case 'end':
    case 'takeOver':
    case 'handOver':
    case 'focusTopic':
    case 'startTimer':
    case 'stopTimer':
      return runPhaseCommand(ctx, state, command);
    case 'addCard':
    case 'editCard':
    case 'deleteCard':
    case 'moveCard':
    case 'createGroup':
    case 'nameGroup':
    case 'vote':
    case 'addNote':
      return runBoardCommand(ctx, command);
    case 'setReady':
    case 'answerSafety':
    case 'answerRoti':
    case 'reviewItem':
    case 'addAction':
    case 'updateAction':
    case 'deleteAction':
      return runPeopleCommand(ctx, command);
  }
}
