import type { Transaction } from 'kysely';
import type { Member } from '../../shared/api.js';
import {
  chatRetroEventNames,
  retroEventNames,
  type RetroCommand,
  type RetroView,
} from '../../shared/retro/api.js';
import type { RetroDelta } from '../../shared/retro/delta.js';
import { canIssue } from '../../shared/retro/machine.js';
import { resolveLimits } from '../limits/limits.js';
import type { AuthUser } from '../auth/types.js';
import type { Database } from '../storage/schema.js';
import { markSeen, retroNotFound, seenIsStale, withSeenMark, type RetroDeps } from './access.js';
import type { CommandContext } from './command-context.js';
import { runBoardCommand } from './commands-board.js';
import { runPeopleCommand } from './commands-people.js';
import { runPhaseCommand } from './commands-phase.js';
import { runCheckinCommand } from './checkin.js';
import { conflict } from '../http-errors.js';
import { personHash, type PersonHashes } from './hashing.js';
import { rowOps } from './delta-ops.js';
import { loadPublished, storePresence } from './presence.js';
import { findRetro, loadRetroData, parseOptions, type Q } from './queries.js';
import { enqueueSummaryPost } from '../bot/outbox.js';
import type { CatalogueLanguage } from '../../shared/i18n/locales.js';
import { buildView, facilitatorSeenAt, machineState, roleOf } from './view.js';

export type CommandInput = {
  retroId: string;
  user: AuthUser;
  hashes: PersonHashes;
  members: Member[];
  command: RetroCommand;
  /** A seam for the dev host's demo history; the route leaves it unset (the real time). */
  now?: Date;
  /** The issuer's language: an ending retro's summary card is written in it. Default English. */
  language?: CatalogueLanguage;
};

/** What a command did: the retro's new rev, and its change as the public and the issuer see it. */
export type CommandOutcome = {
  rev: number;
  /** The public delta, as published in the live event. */
  delta: RetroDelta;
  /** The issuer's delta: the public ops, then their own. */
  reply: RetroDelta;
  /** True when this command ended the retro (its summary is now in the bot's outbox). */
  ended: boolean;
};

/**
 * Runs one command in `trx`: lock the retro, ask the phase machine, check and write only the data
 * the command touches, bump `rev` and publish the public delta (shared/retro/delta.ts) in the same
 * transaction. Nothing here reads the whole board, except the reveal (every card, once) and the
 * moment vote totals become visible (the totals, once), so a command costs the same on the 2,000th
 * card as on the first, and the same with 1,000 panels open as with 10.
 */
export async function executeCommand(
  deps: RetroDeps,
  trx: Transaction<Database>,
  input: CommandInput,
): Promise<CommandOutcome> {
  const retro = await findRetro(trx, deps.db, input.retroId, true);
  if (!retro || retro.tenant_id !== input.user.tenantId) throw retroNotFound();
  // Read after the lock, so commands' times follow their commit order (notes and actions list by time).
  const now = input.now ?? new Date();
  const { command } = input;
  // Presence matters to a command only for `takeOver` (is the facilitator away?). Open panels mark
  // their person present with every read and heartbeat, so other commands read no marks at all.
  let facilitatorSeen: string | null = now.toISOString();
  if (command.type === 'takeOver') {
    const hash = personHash(
      deps.config.hmacKey,
      'seen',
      retro.tenant_id,
      retro.id,
      retro.facilitator_id,
    );
    const before = await trx
      .selectFrom('retro_marks')
      .select(['kind', 'person_hash', 'at'])
      .where('retro_id', '=', retro.id)
      .where('kind', '=', 'seen')
      .where('person_hash', 'in', [input.hashes.seen, hash])
      .execute();
    // Taking over proves the caller is here.
    if (seenIsStale(before, input.hashes.seen, now)) {
      await markSeen(trx, retro.id, input.hashes.seen, now);
    }
    const seen = withSeenMark(before, input.hashes.seen, now);
    facilitatorSeen = facilitatorSeenAt({ retro, marks: seen }, deps.config.hmacKey);
  }
  const state = machineState(retro, facilitatorSeen, now);
  const decision = canIssue(state, roleOf(retro, input.user.userId), command.type);
  if (!decision.ok) throw conflict(decision.refusal.id, decision.refusal.values);

  const ctx: CommandContext = {
    trx,
    retro,
    user: input.user,
    hashes: input.hashes,
    members: input.members,
    now,
    patch: {},
    hmacKey: deps.config.hmacKey,
    cardsPerRetro: resolveLimits(deps.config.limits).cardsPerRetro,
    ops: [],
    own: [],
    ended: false,
  };
  await dispatch(ctx, state, command);
  const ops = [...ctx.ops, ...(await rowOps(ctx, trx))];

  // A ready count published here (or cleared by a new phase) is what every panel now shows.
  const readyOp = ops.find((op) => op.op === 'ready');
  const phaseChanged = ctx.patch.phase !== undefined && ctx.patch.phase !== retro.phase;
  if (readyOp || phaseChanged) {
    await storePresence(trx, retro.id, {
      ...(await loadPublished(trx, retro.id)),
      ready: readyOp?.op === 'ready' ? readyOp.ready : 0,
    });
  }

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
  const delta: RetroDelta = { rev, now: now.toISOString(), ops };
  // Serialised once for every panel by the hub; it holds only what every participant may see.
  await deps.hub.publish(`retro:${retro.id}`, retroEventNames.changed, delta, trx);
  if (ctx.ended && deps.bot) {
    await enqueueSummaryPost(
      trx,
      retro,
      input.language ?? 'en',
      parseOptions({ ...retro, ...ctx.patch }).postSummary,
      now,
    );
  }
  if (ctx.ended) {
    await deps.hub.publish(
      `chat:${retro.chat_id}`,
      chatRetroEventNames.ended,
      { retroId: retro.id },
      trx,
    );
  }
  return { rev, delta, reply: { ...delta, ops: [...ops, ...ctx.own] }, ended: ctx.ended };
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
    case 'setPostSummary':
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
    case 'setCheckinQuestion':
    case 'showCheckinAnswers':
    case 'answerCheckin':
      return runCheckinCommand(ctx, command);
  }
}
