import type { Kysely, Selectable, Transaction } from 'kysely';
import { retroColumnsSchema, storedOptionsSchema } from './stored.js';
import { loadCheckin, type CheckinData } from './checkin.js';
import type { Db } from '../storage/db.js';
import type {
  Database,
  RetroActionsTable,
  RetroCardsTable,
  RetroGroupsTable,
  RetroNotesTable,
  RetrosTable,
} from '../storage/schema.js';

export type Q = Kysely<Database> | Transaction<Database>;
/**
 * A retro with its facilitator, who is stored apart (see RetroFacilitatorsTable), and the counts of
 * its last `presence` op (null before the first).
 */
export type RetroRow = Selectable<RetrosTable> & {
  facilitator_id: string;
  facilitator_name: string;
  presence_total: number | null;
  presence_ready: number | null;
  presence_participants: number | null;
};
export type CardRow = Selectable<RetroCardsTable>;
export type GroupRow = Selectable<RetroGroupsTable>;
export type NoteRow = Selectable<RetroNotesTable>;
export type ActionRow = Selectable<RetroActionsTable>;

/** Reads a retro by id; `lock` takes a row lock on PostgreSQL (SQLite transactions are already serial). */
export async function findRetro(
  q: Q,
  db: Db,
  id: string,
  lock = false,
): Promise<RetroRow | undefined> {
  let query = selectRetros(q).where('retros.id', '=', id);
  if (lock && db.dialect === 'postgres') query = query.forUpdate(['retros']);
  return query.executeTakeFirst();
}

/** Retros with their facilitator and last published presence; add `where`s on `retros.*`. */
export function selectRetros(q: Q) {
  return q
    .selectFrom('retros')
    .innerJoin('retro_facilitators as f', 'f.retro_id', 'retros.id')
    .leftJoin('retro_presence as p', 'p.retro_id', 'retros.id')
    .selectAll('retros')
    .select([
      'f.facilitator_id',
      'f.facilitator_name',
      'p.total as presence_total',
      'p.ready as presence_ready',
      'p.participants as presence_participants',
    ]);
}

/** Everything a view or summary is built from, read in one go. */
export type RetroData = {
  retro: RetroRow;
  cards: CardRow[];
  groups: GroupRow[];
  notes: NoteRow[];
  votes: { group_id: string; voter_hash: string; count: number }[];
  answers: { kind: string; person_hash: string; value: number }[];
  marks: { kind: string; person_hash: string; at: string }[];
  actions: ActionRow[];
  /** Carried-over items from earlier retros of this chat, with the retro each came from. */
  review: (ActionRow & { from_title: string; from_date: string })[];
  /** JSON of the pulse prompt sent for this retro (`pulsePromptSchema`), or null. */
  pulsePrompt: string | null;
} & CheckinData;

/** The retro's board: everything a view is built from except presence and ready marks. */
export type RetroBoard = Omit<RetroData, 'retro' | 'marks'>;

/** Everything but the marks changes only with a command, which bumps `rev`; marks change on reads. */
export async function loadBoard(q: Q, retro: RetroRow): Promise<RetroBoard> {
  const id = retro.id;
  const [cards, groups, notes, votes, answers, actions, review, pulsePrompt, checkin] =
    await Promise.all([
      q
        .selectFrom('retro_cards')
        .selectAll()
        .where('retro_id', '=', id)
        .orderBy('position')
        .execute(),
      q
        .selectFrom('retro_groups')
        .selectAll()
        .where('retro_id', '=', id)
        .orderBy('position')
        .execute(),
      q
        .selectFrom('retro_notes')
        .selectAll()
        .where('retro_id', '=', id)
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
      q
        .selectFrom('retro_votes')
        .select(['group_id', 'voter_hash', 'count'])
        .where('retro_id', '=', id)
        .execute(),
      q
        .selectFrom('retro_answers')
        .select(['kind', 'person_hash', 'value'])
        .where('retro_id', '=', id)
        .execute(),
      q
        .selectFrom('retro_actions')
        .selectAll()
        .where('retro_id', '=', id)
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
      carriedOver(q, retro),
      promptFor(q, retro),
      loadCheckin(q, id),
    ]);
  return { cards, groups, notes, votes, answers, actions, review, pulsePrompt, ...checkin };
}

/** Presence (`seen`) and `ready` marks. */
export function loadMarks(q: Q, retroId: string): Promise<RetroData['marks']> {
  return q
    .selectFrom('retro_marks')
    .select(['kind', 'person_hash', 'at'])
    .where('retro_id', '=', retroId)
    .execute();
}

export async function loadRetroData(q: Q, retro: RetroRow): Promise<RetroData> {
  const [board, marks] = await Promise.all([loadBoard(q, retro), loadMarks(q, retro.id)]);
  return { retro, ...board, marks };
}

/**
 * Open action items of earlier, ended retros of the same meeting chat (the meeting series) in the
 * same tenant, plus those this retro's review already changed, so they stay on screen.
 */
export function carriedOver(q: Q, retro: RetroRow) {
  return q
    .selectFrom('retro_actions as a')
    .innerJoin('retros as r', 'r.id', 'a.retro_id')
    .selectAll('a')
    .select(['r.title as from_title', 'r.created_at as from_date'])
    .where('r.tenant_id', '=', retro.tenant_id)
    .where('r.chat_id', '=', retro.chat_id)
    .where('r.status', '=', 'ended')
    .where('r.id', '!=', retro.id)
    .where('r.created_at', '<', retro.created_at)
    .where((eb) => eb.or([eb('a.status', '=', 'open'), eb('a.reviewed_in', '=', retro.id)]))
    .orderBy('r.created_at')
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
}

/**
 * The pulse prompt for this retro: the latest one a team owner sent to this meeting chat after the
 * chat's previous retro began and before this one did. So prompts go to the next retro, once.
 */
async function promptFor(q: Q, retro: RetroRow): Promise<string | null> {
  const row = await q
    .selectFrom('retro_pulse_prompts as p')
    .select('p.prompt')
    .where('p.tenant_id', '=', retro.tenant_id)
    .where('p.chat_id', '=', retro.chat_id)
    .where('p.sent_at', '<', retro.created_at)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('retros as r')
            .select('r.id')
            .where('r.tenant_id', '=', retro.tenant_id)
            .where('r.chat_id', '=', retro.chat_id)
            .where('r.id', '!=', retro.id)
            .whereRef('r.created_at', '>=', 'p.sent_at')
            .where('r.created_at', '<', retro.created_at),
        ),
      ),
    )
    .orderBy('p.sent_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.prompt ?? null;
}

export const parseColumns = (row: RetroRow) => retroColumnsSchema.parse(JSON.parse(row.columns));
export const parseOptions = (row: RetroRow) => storedOptionsSchema.parse(JSON.parse(row.options));
