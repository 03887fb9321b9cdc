import { sql, type Kysely, type NotNull, type RawBuilder } from 'kysely';
import { edmondsonItems, minAnsweredItems } from '../../shared/pulse/items.js';
import type { Db } from '../storage/db.js';
import type { Database, PulseSummariesTable } from '../storage/schema.js';

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
  /** Per item: counted people who answered it, and its scored answers in each band. */
  itemCounts: ItemCounts[];
  /** The fewest and most items a counted person answered; null when n = 0. */
  answeredRange: { min: number; max: number } | null;
};

export type ItemCounts = {
  answered: number;
  bands: { favourable: number; neutral: number; unfavourable: number };
};

/** The part of an aggregate that comes from the responses, which a closed pulse never changes. */
export type PulseSums = Pick<
  PulseAggregate,
  'n' | 'sum' | 'sumSq' | 'bands' | 'itemMeans' | 'itemCounts' | 'answeredRange'
>;

export type PulseFilter = {
  tenantId: string;
  teamId: string;
  /** Closed at or after this ISO time; null for all time. */
  since: string | null;
  sharedOnly: boolean;
};

type ItemIndex = 0 | 1 | 2 | 3 | 4 | 5 | 6;
type ItemMeanColumn = `m${ItemIndex}`;
type ItemCountColumn = `${'c' | 'f' | 'u'}${ItemIndex}`;

/** Sums as SQL returns them, from the responses or from a stored summary (pg: bigint as text). */
type SumsColumns = Record<
  | 'n'
  | 'sum_x'
  | 'sum_x2'
  | 'fav'
  | 'neu'
  | 'unf'
  | 'answered_min'
  | 'answered_max'
  | ItemMeanColumn
  | ItemCountColumn,
  number | string | null
>;
type SumsRow = SumsColumns & { pulse_id: string };

const column = (i: number) => sql.ref(`a${i + 1}`);
const plus = (parts: RawBuilder<unknown>[]) => sql.join(parts, sql` + `);

/** Scored value of item i (R items reversed as 8 − x); null when skipped. */
const scored = (i: number) =>
  edmondsonItems[i]?.reversed ? sql`(8 - ${column(i)})` : sql`${column(i)}`;
const indexes = edmondsonItems.map((_, i) => i);
const meanColumn = (i: number) => `m${i}` as ItemMeanColumn;
const countKinds = ['c', 'f', 'u'] as const;
const countColumn = (kind: (typeof countKinds)[number], i: number) =>
  `${kind}${i}` as ItemCountColumn;

/** How many answers of one response fall in a band; a skipped item is in none. */
const inBand = (test: (value: RawBuilder<unknown>) => RawBuilder<unknown>) =>
  plus(indexes.map((i) => sql`(case when ${test(scored(i))} then 1 else 0 end)`));

// PostgreSQL pg returns bigint and numeric as strings.
const num = (value: number | string | null): number => Number(value ?? 0);
const numOrNull = (value: number | string | null): number | null =>
  value === null ? null : Number(value);

/** Ids per query and rows per insert: well under both dialects' bind-parameter limits. */
const chunkSize = 500;

const noResponses = (): PulseSums => ({
  n: 0,
  sum: 0,
  sumSq: 0,
  bands: { favourable: 0, neutral: 0, unfavourable: 0 },
  itemMeans: indexes.map(() => null),
  itemCounts: indexes.map(() => ({
    answered: 0,
    bands: { favourable: 0, neutral: 0, unfavourable: 0 },
  })),
  answeredRange: null,
});

/**
 * Reduces the responses of these pulses to n, Σx, Σx², band counts and item means, straight from
 * the response rows. Every id gets an entry; a pulse with no counted response gets n = 0.
 * Portable across SQLite and PostgreSQL.
 */
export async function computePulseAggregates(
  db: Db,
  pulseIds: readonly string[],
): Promise<Map<string, PulseSums>> {
  const sums = new Map<string, PulseSums>(pulseIds.map((id) => [id, noResponses()]));
  for (let i = 0; i < pulseIds.length; i += chunkSize) {
    for (const row of await sumResponses(db, pulseIds.slice(i, i + chunkSize))) {
      sums.set(row.pulse_id, sumsFrom(row));
    }
  }
  return sums;
}

/** The per-response SQL: one row per pulse that has at least one counted response. */
async function sumResponses(db: Db, pulseIds: readonly string[]): Promise<SumsRow[]> {
  const float = sql.raw(db.dialect === 'postgres' ? 'double precision' : 'real');
  const answered = plus(
    indexes.map((i) => sql`(case when ${column(i)} is null then 0 else 1 end)`),
  );
  const scoredSum = plus(indexes.map((i) => sql`coalesce(${scored(i)}, 0)`));
  const itemAverages = sql.join(
    indexes.map((i) => sql`avg(cast(${column(i)} as ${float})) as ${sql.ref(meanColumn(i))}`),
  );
  const countIf = (test: RawBuilder<unknown>, as: ItemCountColumn) =>
    sql`sum(case when ${test} then 1 else 0 end) as ${sql.ref(as)}`;
  // Per item: answers (count skips nulls), then favourable and unfavourable answers as scored.
  const itemCounts = sql.join(
    indexes.flatMap((i) => [
      sql`count(${column(i)}) as ${sql.ref(countColumn('c', i))}`,
      countIf(sql`${scored(i)} >= 5`, countColumn('f', i)),
      countIf(sql`${scored(i)} <= 3`, countColumn('u', i)),
    ]),
  );
  const { rows } = await sql<SumsRow>`
    select r.pulse_id,
      count(*) as n,
      sum(r.score) as sum_x,
      sum(r.score * r.score) as sum_x2,
      sum(r.fav) as fav, sum(r.neu) as neu, sum(r.unf) as unf,
      min(r.answered) as answered_min, max(r.answered) as answered_max,
      ${itemAverages},
      ${itemCounts}
    from (
      select pulse_id, a1, a2, a3, a4, a5, a6, a7,
        ${answered} as answered,
        cast(${scoredSum} as ${float}) / (${answered}) as score,
        ${inBand((v) => sql`${v} >= 5`)} as fav,
        ${inBand((v) => sql`${v} = 4`)} as neu,
        ${inBand((v) => sql`${v} <= 3`)} as unf
      from pulse_responses
      where pulse_id in (${sql.join(pulseIds.map((id) => sql`${id}`))})
    ) r
    where r.answered >= ${minAnsweredItems}
    group by r.pulse_id
  `.execute(db.kysely);
  return rows;
}

function sumsFrom(row: SumsColumns): PulseSums {
  return {
    n: num(row.n),
    sum: num(row.sum_x),
    sumSq: num(row.sum_x2),
    bands: { favourable: num(row.fav), neutral: num(row.neu), unfavourable: num(row.unf) },
    itemMeans: indexes.map((i) => numOrNull(row[meanColumn(i)])),
    itemCounts: indexes.map((i) => {
      const answered = num(row[countColumn('c', i)]);
      const favourable = num(row[countColumn('f', i)]);
      const unfavourable = num(row[countColumn('u', i)]);
      return {
        answered,
        bands: { favourable, neutral: answered - favourable - unfavourable, unfavourable },
      };
    }),
    answeredRange:
      row.answered_min === null || row.answered_max === null
        ? null
        : { min: num(row.answered_min), max: num(row.answered_max) },
  };
}

/**
 * A stored summary is complete only with its per-item counts. One written before migration
 * 0006 (or by an older instance during an upgrade) has none, and must be recomputed rather than
 * let a statement's mean out without knowing how many answered it.
 */
function hasItemCounts(row: SumsColumns): boolean {
  const counts = indexes.flatMap((i) => countKinds.map((kind) => row[countColumn(kind, i)]));
  // A pulse with n = 0 stores null answer ranges; its counts are still zeros, not nulls.
  return counts.every((value) => value !== null);
}

type SummaryColumn = Exclude<keyof PulseSummariesTable, 'pulse_id'>;
const replacedColumns: SummaryColumn[] = [
  'n',
  'sum_x',
  'sum_x2',
  'fav',
  'neu',
  'unf',
  ...indexes.map(meanColumn),
  ...indexes.flatMap((i) => countKinds.map((kind) => countColumn(kind, i))),
  'answered_min',
  'answered_max',
  'computed_at',
];

function itemCountValues(items: readonly ItemCounts[]): Record<ItemCountColumn, number> {
  return Object.fromEntries(
    indexes.flatMap((i) => {
      const item = items[i];
      return [
        [countColumn('c', i), item?.answered ?? 0],
        [countColumn('f', i), item?.bands.favourable ?? 0],
        [countColumn('u', i), item?.bands.unfavourable ?? 0],
      ];
    }),
  ) as Record<ItemCountColumn, number>;
}

/**
 * Stores summaries of closed pulses. Another reader (or instance) may store the same pulse at the
 * same moment; it computed the same figures from the same unchanging rows, so the first one wins.
 */
async function storeSummaries(
  kysely: Kysely<Database>,
  sums: ReadonlyMap<string, PulseSums>,
): Promise<void> {
  const computedAt = new Date().toISOString();
  const rows: PulseSummariesTable[] = [...sums].map(([pulseId, s]) => ({
    pulse_id: pulseId,
    n: s.n,
    sum_x: s.sum,
    sum_x2: s.sumSq,
    fav: s.bands.favourable,
    neu: s.bands.neutral,
    unf: s.bands.unfavourable,
    m0: s.itemMeans[0] ?? null,
    m1: s.itemMeans[1] ?? null,
    m2: s.itemMeans[2] ?? null,
    m3: s.itemMeans[3] ?? null,
    m4: s.itemMeans[4] ?? null,
    m5: s.itemMeans[5] ?? null,
    m6: s.itemMeans[6] ?? null,
    ...itemCountValues(s.itemCounts),
    answered_min: s.answeredRange?.min ?? null,
    answered_max: s.answeredRange?.max ?? null,
    computed_at: computedAt,
  }));
  for (let i = 0; i < rows.length; i += chunkSize) {
    await kysely
      .insertInto('pulse_summaries')
      .values(rows.slice(i, i + chunkSize))
      // A row without counts (older code wrote it) is replaced; a complete one is left alone.
      .onConflict((oc) =>
        oc
          .column('pulse_id')
          .doUpdateSet((eb) =>
            Object.fromEntries(replacedColumns.map((name) => [name, eb.ref(`excluded.${name}`)])),
          )
          .where('pulse_summaries.c0', 'is', null),
      )
      .execute();
  }
}

/** The team's closed pulses in range with their stored summary, if any (null columns if not). */
function closedPulses(kysely: Kysely<Database>, filter: PulseFilter) {
  let query = kysely
    .selectFrom('pulses as p')
    .leftJoin('pulse_summaries as s', 's.pulse_id', 'p.id')
    .select(['p.id', 'p.title', 'p.closed_at', 'p.k', 'p.invited', 'p.shared'])
    .selectAll('s')
    .where('p.tenant_id', '=', filter.tenantId)
    .where('p.team_id', '=', filter.teamId)
    // Only a closed pulse may be summarised: an open one still takes answers.
    .where('p.status', '=', 'closed')
    .where('p.closed_at', 'is not', null)
    .$narrowType<{ closed_at: NotNull }>();
  if (filter.since !== null) query = query.where('p.closed_at', '>=', filter.since);
  if (filter.sharedOnly) query = query.where('p.shared', '=', 1);
  return query.orderBy('p.closed_at').orderBy('p.id').execute();
}

/**
 * The team's closed pulses (cancelled ones excluded) in closing order, each with n, Σx, Σx²,
 * band counts, item means and per-item counts. These come from `pulse_summaries`; a closed pulse read for the first
 * time is reduced from its responses once and its summary stored for every later read.
 */
export async function pulseAggregates(db: Db, filter: PulseFilter): Promise<PulseAggregate[]> {
  const rows = await closedPulses(db.kysely, filter);
  const stored = (row: (typeof rows)[number]) => row.pulse_id !== null && hasItemCounts(row);
  const unsummarised = rows.filter((row) => !stored(row)).map((row) => row.id);
  const computed = await computePulseAggregates(db, unsummarised);
  if (computed.size > 0) await storeSummaries(db.kysely, computed);

  return rows.map((row) => ({
    pulseId: row.id,
    title: row.title,
    closedAt: row.closed_at,
    k: num(row.k),
    invited: numOrNull(row.invited),
    shared: num(row.shared) === 1,
    ...(stored(row) ? sumsFrom(row) : (computed.get(row.id) ?? noResponses())),
  }));
}
