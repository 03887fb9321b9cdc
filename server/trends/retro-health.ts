import { sql, type Kysely } from 'kysely';
import type { RetroHealth } from '../../shared/trends/api.js';
import { retroHealthFrom, type RetroHealthCounts } from '../../shared/trends/health.js';
import type { Database } from '../storage/schema.js';

export type RetroScope = {
  tenantId: string;
  teamId: string;
  /** Retros started at or after this ISO time; null for all time. */
  since: string | null;
};

// pg returns bigint counts and sums as strings.
const num = (value: number | string | bigint | null | undefined): number => Number(value ?? 0);

/**
 * Retros held (ended) for the team: those started from its channel meetings and those in meeting
 * chats an owner linked to it.
 */
function heldRetros(kysely: Kysely<Database>, scope: RetroScope) {
  let query = kysely
    .selectFrom('retros')
    .where('retros.tenant_id', '=', scope.tenantId)
    .where('retros.status', '=', 'ended')
    .where((eb) =>
      eb.or([
        eb('retros.team_id', '=', scope.teamId),
        eb(
          'retros.chat_id',
          'in',
          eb
            .selectFrom('team_meeting_links')
            .select('team_meeting_links.chat_id')
            .where('team_meeting_links.tenant_id', '=', scope.tenantId)
            .where('team_meeting_links.team_id', '=', scope.teamId),
        ),
      ]),
    );
  if (scope.since !== null) query = query.where('retros.created_at', '>=', scope.since);
  return query;
}

/** Counts 1..5 answers into five slots. */
function toCounts(rows: readonly { value: number | string; count: number | string }[]): number[] {
  const counts = [0, 0, 0, 0, 0];
  for (const row of rows) {
    const i = num(row.value) - 1;
    if (i >= 0 && i < 5) counts[i] = (counts[i] ?? 0) + num(row.count);
  }
  return counts;
}

/** The team's retro health, counted in SQL; `today` (YYYY-MM-DD) decides what is overdue. */
export async function retroHealth(
  kysely: Kysely<Database>,
  scope: RetroScope,
  today: string,
): Promise<RetroHealth> {
  const ids = heldRetros(kysely, scope).select('retros.id');
  const retros = await heldRetros(kysely, scope)
    .select(['retros.id', 'retros.created_at'])
    .orderBy('retros.created_at')
    .orderBy('retros.id')
    .execute();

  const participants = await kysely
    .selectFrom('retro_marks')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('kind', '=', 'seen')
    .where('retro_id', 'in', ids)
    .executeTakeFirstOrThrow();

  const pastDue = sql`due_date < ${today}`;
  const when = (condition: ReturnType<typeof sql>) =>
    sql<number | string | null>`sum(case when ${condition} then 1 else 0 end)`;
  const actions = await kysely
    .selectFrom('retro_actions')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('created'),
      when(sql`status = 'done'`).as('done'),
      when(sql`status = 'open'`).as('open'),
      when(sql`status = 'dropped'`).as('dropped'),
      when(sql`status = 'open' and ${pastDue}`).as('overdue'),
      when(pastDue).as('due'),
      // Done by the due date. Items done before the change time was recorded count as in time.
      when(
        sql`${pastDue} and status = 'done' and (status_changed_at is null or substr(status_changed_at, 1, 10) <= due_date)`,
      ).as('done_in_time'),
    ])
    .where('retro_id', 'in', ids)
    .executeTakeFirstOrThrow();

  const answers = await kysely
    .selectFrom('retro_answers')
    .select((eb) => ['retro_id', 'kind', 'value', eb.fn.countAll<number | string>().as('count')])
    .where('retro_id', 'in', ids)
    .groupBy(['retro_id', 'kind', 'value'])
    .execute();

  const counts: RetroHealthCounts = {
    retrosHeld: retros.length,
    participants: num(participants.count),
    actions: {
      created: num(actions.created),
      done: num(actions.done),
      open: num(actions.open),
      dropped: num(actions.dropped),
      overdue: num(actions.overdue),
    },
    due: { passed: num(actions.due), doneInTime: num(actions.done_in_time) },
    roti: toCounts(answers.filter((a) => a.kind === 'roti')),
    safety: retros.map((retro) => ({
      retroId: retro.id,
      date: retro.created_at.slice(0, 10),
      counts: toCounts(answers.filter((a) => a.kind === 'safety' && a.retro_id === retro.id)),
    })),
  };
  return retroHealthFrom(counts);
}
