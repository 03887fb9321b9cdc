import { sql, type Kysely, type RawBuilder } from 'kysely';
import { edmondsonItems, minAnsweredItems } from '../../shared/pulse/items.js';
import type { Db } from '../storage/db.js';
import type { Database } from '../storage/schema.js';

/** One closed pulse with its responses reduced to sums in SQL: no response row leaves the database. */
export type PulseAggregate = {
  pulseId: string;
  title: string;
  closedAt: string;
  k: number;
  invited: number | null;
  shared: boolean;
  /** Counted responses (≥ 5 of 7 answered). */
  n: number;
  /** Σ and Σ² of person scores over counted responses. */
  sum: number;
  sumSq: number;
  /** Scored item answers of counted responses in each favourability band. */
  bands: { favourable: number; neutral: number; unfavourable: number };
  /** Raw mean per item over counted responses; null when nobody answered it. */
  itemMeans: (number | null)[];
};

export type PulseFilter = {
  tenantId: string;
  teamId: string;
  /** Closed at or after this ISO time; null for all time. */
  since: string | null;
  sharedOnly: boolean;
};

type Row = {
  id: string;
  title: string;
  closed_at: string;
  k: number | string;
  invited: number | string | null;
  shared: number | string;
  n: number | string | null;
  sum_x: number | string | null;
  sum_x2: number | string | null;
  fav: number | string | null;
  neu: number | string | null;
  unf: number | string | null;
} & Record<`m${number}`, number | string | null>;

const column = (i: number) => sql.ref(`a${i + 1}`);
const plus = (parts: RawBuilder<unknown>[]) => sql.join(parts, sql` + `);

/** Scored value of item i (R items reversed as 8 − x); null when skipped. */
const scored = (i: number) =>
  edmondsonItems[i]?.reversed ? sql`(8 - ${column(i)})` : sql`${column(i)}`;
const indexes = edmondsonItems.map((_, i) => i);

/** How many answers of one response fall in a band; a skipped item is in none. */
const inBand = (test: (value: RawBuilder<unknown>) => RawBuilder<unknown>) =>
  plus(indexes.map((i) => sql`(case when ${test(scored(i))} then 1 else 0 end)`));

// PostgreSQL pg returns bigint and numeric as strings.
const num = (value: number | string | null): number => Number(value ?? 0);
const numOrNull = (value: number | string | null): number | null =>
  value === null ? null : Number(value);

/**
 * The team's closed pulses (cancelled ones excluded) in closing order, each with n, Σx, Σx²,
 * band counts and item means computed by SQL grouped by pulse. Portable across SQLite and PostgreSQL.
 */
export async function pulseAggregates(db: Db, filter: PulseFilter): Promise<PulseAggregate[]> {
  const kysely: Kysely<Database> = db.kysely;
  const float = sql.raw(db.dialect === 'postgres' ? 'double precision' : 'real');
  const answered = plus(
    indexes.map((i) => sql`(case when ${column(i)} is null then 0 else 1 end)`),
  );
  const scoredSum = plus(indexes.map((i) => sql`coalesce(${scored(i)}, 0)`));
  const since = filter.since === null ? sql`` : sql`and p.closed_at >= ${filter.since}`;
  const shared = filter.sharedOnly ? sql`and p.shared = 1` : sql``;
  const scope = sql`p.tenant_id = ${filter.tenantId} and p.team_id = ${filter.teamId}
    and p.status = 'closed' ${since} ${shared}`;
  const itemAverages = sql.join(
    indexes.map((i) => sql`avg(cast(${column(i)} as ${float})) as ${sql.ref(`m${i}`)}`),
  );

  const { rows } = await sql<Row>`
    select p.id, p.title, p.closed_at, p.k, p.invited, p.shared,
      agg.n, agg.sum_x, agg.sum_x2, agg.fav, agg.neu, agg.unf,
      ${sql.join(indexes.map((i) => sql.ref(`agg.m${i}`)))}
    from pulses p
    left join (
      select r.pulse_id,
        count(*) as n,
        sum(r.score) as sum_x,
        sum(r.score * r.score) as sum_x2,
        sum(r.fav) as fav, sum(r.neu) as neu, sum(r.unf) as unf,
        ${itemAverages}
      from (
        select pulse_id, a1, a2, a3, a4, a5, a6, a7,
          ${answered} as answered,
          cast(${scoredSum} as ${float}) / (${answered}) as score,
          ${inBand((v) => sql`${v} >= 5`)} as fav,
          ${inBand((v) => sql`${v} = 4`)} as neu,
          ${inBand((v) => sql`${v} <= 3`)} as unf
        from pulse_responses
        where pulse_id in (select p.id from pulses p where ${scope})
      ) r
      where r.answered >= ${minAnsweredItems}
      group by r.pulse_id
    ) agg on agg.pulse_id = p.id
    where ${scope}
    order by p.closed_at, p.id
  `.execute(kysely);

  return rows.map((row) => ({
    pulseId: row.id,
    title: row.title,
    closedAt: row.closed_at,
    k: num(row.k),
    invited: numOrNull(row.invited),
    shared: num(row.shared) === 1,
    n: num(row.n),
    sum: num(row.sum_x),
    sumSq: num(row.sum_x2),
    bands: { favourable: num(row.fav), neutral: num(row.neu), unfavourable: num(row.unf) },
    itemMeans: indexes.map((i) => numOrNull(row[`m${i}`] ?? null)),
  }));
}
