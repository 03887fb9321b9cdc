import { randomUUID } from 'node:crypto';
import { retroOptionsSchema } from '../shared/retro/api.js';
import { retroTemplates } from '../shared/retro/templates.js';
import { personHash } from '../server/retro/hashing.js';
import type { Db } from '../server/storage/db.js';
import type { Database } from '../server/storage/schema.js';

/**
 * The trends bench's dataset: a team of 1,000 with five years of weekly pulses (260 closed,
 * 600–800 responses each) and fortnightly retros (130 ended, 8–12 participants, safety and ROTI
 * answers, 3–6 action items). Bulk-inserted: the bench measures the read, not the write path.
 */
export const teamSize = 1000;
export const weeks = 260;
export const fortnights = 130;
export const tenantId = '00000000-0000-4000-8000-00000000bench';
export const teamId = '00000000-0000-4000-8000-0000000team1';

const day = 86_400_000;
const chunk = 500;
const hashKey = 'bench-trends-key';

export type TrendsDataset = { pulses: number; responses: number; retros: number; actions: number };

// A small deterministic generator, so every run inserts the same dataset.
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
type Random = ReturnType<typeof generator>;

const between = (random: Random, low: number, high: number) =>
  low + Math.floor(random() * (high - low + 1));

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += chunk) yield rows.slice(i, i + chunk);
}

async function seedPulses(db: Db, firstOpens: Date): Promise<number> {
  const random = generator(42);
  const seriesId = randomUUID();
  await db.kysely
    .insertInto('pulse_series')
    .values({
      id: seriesId,
      tenant_id: tenantId,
      team_id: teamId,
      title: 'Weekly pulse',
      recurrence: 'weekly',
      first_opens_at: firstOpens.toISOString(),
      first_closes_at: new Date(firstOpens.getTime() + 3 * day).toISOString(),
      k: 5,
      open_question: null,
      status: 'active',
      created_by: 'bench',
      created_at: firstOpens.toISOString(),
    })
    .execute();
  let responses = 0;
  for (let week = 0; week < weeks; week += 1) {
    const opens = new Date(firstOpens.getTime() + week * 7 * day);
    const closes = new Date(opens.getTime() + 3 * day);
    const pulseId = randomUUID();
    const n = between(random, 600, 800);
    const drift = Math.sin(week / 20); // the team's safety moves slowly over the years
    const answer = () => {
      if (random() < 0.03) return null;
      return Math.min(7, Math.max(1, Math.round(4.6 + drift + (random() - 0.5) * 4)));
    };
    const rows = Array.from({ length: n }, () => ({
      pulse_id: pulseId,
      id: randomUUID(),
      a1: answer(),
      a2: answer(),
      a3: answer(),
      a4: answer(),
      a5: answer(),
      a6: answer(),
      a7: answer(),
      comment: null,
    }));
    // One transaction per pulse: SQLite would otherwise sync every statement.
    await db.kysely.transaction().execute(async (trx) => {
      await trx
        .insertInto('pulses')
        .values({
          id: pulseId,
          series_id: seriesId,
          tenant_id: tenantId,
          team_id: teamId,
          title: `Week ${week + 1}`,
          opens_at: opens.toISOString(),
          closes_at: closes.toISOString(),
          remind_at: null,
          status: 'closed',
          k: 5,
          open_question: null,
          invited: teamSize,
          shared: week % 2,
          notified_open: 1,
          notified_closing: 1,
          notify_lease_until: null,
          closed_at: closes.toISOString(),
          created_at: opens.toISOString(),
        })
        .execute();
      for (const part of chunks(rows))
        await trx.insertInto('pulse_responses').values(part).execute();
    });
    responses += n;
  }
  return responses;
}

const columns = JSON.stringify(retroTemplates['start-stop-continue'].columns);
const options = JSON.stringify(retroOptionsSchema.parse({}));

/** A 1–5 answer around `centre`. */
const vote = (random: Random, centre: number) =>
  Math.min(5, Math.max(1, Math.round(centre + (random() - 0.5) * 3)));

type RetroRows = {
  retros: Database['retros'][];
  marks: Database['retro_marks'][];
  answers: Database['retro_answers'][];
  actions: Database['retro_actions'][];
};

/** One ended retro of the team's channel meeting, with who came, their answers and the actions. */
function retroRows(random: Random, index: number, created: Date, end: Date, out: RetroRows): void {
  const id = randomUUID();
  const at = created.toISOString();
  out.retros.push({
    id,
    tenant_id: tenantId,
    chat_id: 'bench-team-meeting',
    active_key: null,
    title: `Retro ${at.slice(0, 10)}`,
    template_id: 'start-stop-continue',
    columns,
    options,
    phase: 'close',
    status: 'ended',
    revealed: 1,
    focus_group_id: null,
    timer_ends_at: null,
    timer_seconds: null,
    rev: 60,
    created_at: at,
    ended_at: new Date(created.getTime() + 3_600_000).toISOString(),
    team_id: teamId,
  });
  const people = between(random, 8, 12);
  const mood = 3.4 + Math.sin(index / 10);
  for (let p = 0; p < people; p += 1) {
    const user = `member-${p + 1}`;
    const hash = (purpose: 'seen' | 'answer') => personHash(hashKey, purpose, tenantId, id, user);
    out.marks.push({ retro_id: id, kind: 'seen', person_hash: hash('seen'), at });
    if (random() < 0.9) {
      out.answers.push({
        retro_id: id,
        kind: 'safety',
        person_hash: hash('answer'),
        value: vote(random, mood),
      });
    }
    if (random() < 0.8) {
      out.answers.push({
        retro_id: id,
        kind: 'roti',
        person_hash: hash('answer'),
        value: vote(random, 3.8),
      });
    }
  }
  for (let a = between(random, 3, 6); a > 0; a -= 1) {
    const due = new Date(created.getTime() + between(random, 7, 21) * day);
    const pastDue = due < end;
    const roll = random();
    // Past due: mostly done (some late), some dropped, some still open (overdue). Later ones: open.
    const status = !pastDue ? 'open' : roll < 0.7 ? 'done' : roll < 0.8 ? 'dropped' : 'open';
    const changed =
      status === 'open' ? null : new Date(due.getTime() + between(random, -6, 4) * day);
    out.actions.push({
      id: randomUUID(),
      retro_id: id,
      text: `Action ${a} from retro ${index + 1}`,
      owner_id: `member-${between(random, 1, people)}`,
      owner_name: 'Bench Member',
      due_date: due.toISOString().slice(0, 10),
      status,
      group_id: null,
      reviewed_in: null,
      created_at: at,
      status_changed_at: changed === null || changed > end ? null : changed.toISOString(),
    });
  }
}

async function seedRetros(db: Db, first: Date, end: Date): Promise<RetroRows> {
  const random = generator(7);
  const rows: RetroRows = { retros: [], marks: [], answers: [], actions: [] };
  for (let i = 0; i < fortnights; i += 1) {
    const created = new Date(first.getTime() + i * 14 * day + 10 * 3_600_000);
    retroRows(random, i, created, end, rows);
  }
  await db.kysely.transaction().execute(async (trx) => {
    for (const part of chunks(rows.retros)) {
      await trx.insertInto('retros').values(part).execute();
      await trx
        .insertInto('retro_facilitators')
        .values(
          part.map((r) => ({
            retro_id: r.id,
            tenant_id: r.tenant_id,
            facilitator_id: 'bench-facilitator',
            facilitator_name: 'Bench Facilitator',
          })),
        )
        .execute();
    }
    for (const part of chunks(rows.marks))
      await trx.insertInto('retro_marks').values(part).execute();
    for (const part of chunks(rows.answers)) {
      await trx.insertInto('retro_answers').values(part).execute();
    }
    for (const part of chunks(rows.actions)) {
      await trx.insertInto('retro_actions').values(part).execute();
    }
  });
  return rows;
}

/** Inserts the whole dataset, ending at `end`. */
export async function seedTrendsDataset(db: Db, end: Date): Promise<TrendsDataset> {
  const first = new Date(end.getTime() - weeks * 7 * day);
  const responses = await seedPulses(db, first);
  const retros = await seedRetros(db, first, end);
  return {
    pulses: weeks,
    responses,
    retros: retros.retros.length,
    actions: retros.actions.length,
  };
}
