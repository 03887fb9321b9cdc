import {
  orderedAnswers,
  storedCheckinQuestionSchema,
  type CheckinQuestion,
  type CheckinView,
  type StoredCheckinQuestion,
} from '../../shared/retro/checkin.js';
import type { RetroCommand } from '../../shared/retro/api.js';
import { conflict } from '../http-errors.js';
import type { CommandContext } from './command-context.js';
import type { Q } from './queries.js';

/** A retro's check-in question row and its answers, as loaded with the board. */
export type CheckinData = {
  checkin: { question: string; shown: number } | null;
  checkinAnswers: { person_hash: string; text: string }[];
};

export async function loadCheckin(q: Q, retroId: string): Promise<CheckinData> {
  const [checkin, checkinAnswers] = await Promise.all([
    q
      .selectFrom('retro_checkin')
      .select(['question', 'shown'])
      .where('retro_id', '=', retroId)
      .executeTakeFirst(),
    q
      .selectFrom('retro_checkin_answers')
      .select(['person_hash', 'text'])
      .where('retro_id', '=', retroId)
      .execute(),
  ]);
  return { checkin: checkin ?? null, checkinAnswers };
}

function parseQuestion(json: string): StoredCheckinQuestion | null {
  const parsed = storedCheckinQuestionSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

/** What every participant sees: the question, a count, and the answers once shown, never whose. */
export function checkinView(data: CheckinData): CheckinView {
  const shown = data.checkin?.shown === 1;
  return {
    question: data.checkin ? parseQuestion(data.checkin.question) : null,
    answered: data.checkinAnswers.length,
    shown,
    answers: shown ? orderedAnswers(data.checkinAnswers.map((a) => a.text)) : null,
  };
}

/** The viewer's own answer, found by their check-in hash. */
export function myCheckinAnswer(data: CheckinData, checkinHash: string): string | null {
  return data.checkinAnswers.find((a) => a.person_hash === checkinHash)?.text ?? null;
}

/** Stores the question a retro starts with. */
export async function storeCheckinQuestion(
  q: Q,
  retroId: string,
  question: CheckinQuestion,
): Promise<void> {
  await q
    .insertInto('retro_checkin')
    .values({ retro_id: retroId, question: JSON.stringify(question), shown: 0 })
    .execute();
}

type CheckinCommand = Extract<
  RetroCommand,
  { type: 'setCheckinQuestion' | 'showCheckinAnswers' | 'answerCheckin' }
>;

/** The check-in question and its anonymous answers. The phase machine has already allowed the type. */
export async function runCheckinCommand(
  ctx: CommandContext,
  command: CheckinCommand,
): Promise<void> {
  const { trx, retro } = ctx;
  const before = await loadCheckin(trx, retro.id);
  switch (command.type) {
    case 'setCheckinQuestion': {
      const question = command.question ? JSON.stringify(command.question) : null;
      if (question === (before.checkin?.question ?? null)) return;
      // Answers belong to the question they answered: a new question starts afresh, hidden again.
      await trx.deleteFrom('retro_checkin_answers').where('retro_id', '=', retro.id).execute();
      if (question === null) {
        await trx.deleteFrom('retro_checkin').where('retro_id', '=', retro.id).execute();
      } else {
        await trx
          .insertInto('retro_checkin')
          .values({ retro_id: retro.id, question, shown: 0 })
          .onConflict((oc) => oc.column('retro_id').doUpdateSet({ question, shown: 0 }))
          .execute();
      }
      break;
    }
    case 'showCheckinAnswers': {
      if (!before.checkin) throw conflict('checkin.error.noQuestion');
      if (before.checkin.shown === 1) throw conflict('checkin.error.alreadyShown');
      await trx
        .updateTable('retro_checkin')
        .set({ shown: 1 })
        .where('retro_id', '=', retro.id)
        .execute();
      break;
    }
    case 'answerCheckin': {
      if (!before.checkin) throw conflict('checkin.error.noQuestion');
      const key = { retro_id: retro.id, person_hash: ctx.hashes.checkin };
      if (command.text === null) {
        await trx
          .deleteFrom('retro_checkin_answers')
          .where('retro_id', '=', key.retro_id)
          .where('person_hash', '=', key.person_hash)
          .execute();
      } else {
        const text = command.text;
        await trx
          .insertInto('retro_checkin_answers')
          .values({ ...key, text })
          .onConflict((oc) => oc.columns(['retro_id', 'person_hash']).doUpdateSet({ text }))
          .execute();
      }
      ctx.own.push({ op: 'me', checkin: command.text });
      break;
    }
  }
  // The op every panel applies: the count always, the texts only once shown.
  ctx.ops.push({ op: 'checkin', checkin: checkinView(await loadCheckin(trx, retro.id)) });
}
