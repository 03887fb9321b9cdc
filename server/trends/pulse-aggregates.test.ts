import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  favourabilityOf,
  isCountable,
  personScore,
  scoreAnswers,
  type Answers,
} from '../../shared/pulse/scoring.js';
import { responseValues } from '../pulse/queries.js';
import type { Db } from '../storage/db.js';
import { testDatabases } from '../test-support/databases.js';
import {
  computePulseAggregates,
  pulseAggregates,
  type PulseAggregate,
  type PulseFilter,
  type PulseSums,
} from './pulse-aggregates.js';

const tenantId = 'tenant-summaries';

const sheets: Answers[] = [
  [2, 6, 3, 5, null, 6, 7],
  [1, 7, 1, 7, 1, 7, 7],
  [4, 4, 4, 4, 4, 4, 4],
  [6, 2, 5, 3, 6, 2, 1],
  [3, 5, null, 6, 2, 5, null],
  [5, 5, 5, 5, 5, 5, 5],
  // Only four answered: stored, but not counted.
  [7, null, 7, null, 7, null, 7],
];
const uncounted: Answers[] = [
  [1, 2, null, null, null, 3, null],
  [null, null, null, null, null, null, 4],
];

/** The sums worked out from the domain rules in shared/, independent of any SQL. */
function expectedSums(answers: readonly Answers[]): PulseSums {
  const counted = answers.filter(isCountable);
  const scores = counted.map((a) => personScore(a) ?? NaN);
  const bands = { favourable: 0, neutral: 0, unfavourable: 0 };
  for (const value of counted.flatMap((a) => scoreAnswers(a))) {
    if (value !== null) bands[favourabilityOf(value)] += 1;
  }
  const itemMeans = [0, 1, 2, 3, 4, 5, 6].map((i) => {
    const raw = counted.map((a) => a[i]).filter((v): v is number => typeof v === 'number');
    return raw.length === 0 ? null : raw.reduce((s, v) => s + v, 0) / raw.length;
  });
  const itemCounts = [0, 1, 2, 3, 4, 5, 6].map((i) => {
    const item = { favourable: 0, neutral: 0, unfavourable: 0 };
    for (const a of counted) {
      const value = scoreAnswers(a)[i];
      if (value !== null && value !== undefined) item[favourabilityOf(value)] += 1;
    }
    return { answered: item.favourable + item.neutral + item.unfavourable, bands: item };
  });
  const answered = counted.map((a) => a.filter((v) => v !== null).length);
  return {
    n: counted.length,
    sum: scores.reduce((s, v) => s + v, 0),
    sumSq: scores.reduce((s, v) => s + v * v, 0),
    bands,
    itemMeans,
    itemCounts,
    answeredRange:
      answered.length === 0 ? null : { min: Math.min(...answered), max: Math.max(...answered) },
  };
}

function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`expected ${what}, got none`);
  return value;
}

/** Same figures up to floating-point rounding (summation order may differ between queries). */
function expectSameSums(actual: PulseSums, expected: PulseSums): void {
  expect(actual.n).toBe(expected.n);
  expect(actual.bands).toEqual(expected.bands);
  expect(actual.itemCounts).toEqual(expected.itemCounts);
  expect(actual.answeredRange).toEqual(expected.answeredRange);
  expect(actual.sum).toBeCloseTo(expected.sum, 9);
  expect(actual.sumSq).toBeCloseTo(expected.sumSq, 9);
  expect(actual.itemMeans.map((m) => m === null)).toEqual(
    expected.itemMeans.map((m) => m === null),
  );
  actual.itemMeans.forEach((m, i) => {
    if (m !== null) expect(m).toBeCloseTo(expected.itemMeans[i] ?? NaN, 9);
  });
}

const sumsOf = (agg: PulseAggregate): PulseSums => ({
  n: agg.n,
  sum: agg.sum,
  sumSq: agg.sumSq,
  bands: agg.bands,
  itemMeans: agg.itemMeans,
  itemCounts: agg.itemCounts,
  answeredRange: agg.answeredRange,
});

type PulseSpec = {
  status: 'scheduled' | 'open' | 'closed' | 'cancelled';
  /** Days after 2026-01-01 that the pulse closes(d). */
  day: number;
  answers: readonly Answers[];
  shared?: boolean;
};

/** One team's pulses, inserted directly (the write path is tested in server/pulse). */
async function seedTeam(db: Db, specs: readonly PulseSpec[]) {
  const teamId = `team-${randomUUID()}`;
  const seriesId = randomUUID();
  const at = (day: number) => new Date(Date.UTC(2026, 0, 1 + day)).toISOString();
  await db.kysely
    .insertInto('pulse_series')
    .values({
      id: seriesId,
      tenant_id: tenantId,
      team_id: teamId,
      title: 'Weekly',
      recurrence: 'weekly',
      first_opens_at: at(0),
      first_closes_at: at(3),
      k: 3,
      open_question: null,
      status: 'active',
      created_by: 'test',
      created_at: at(0),
    })
    .execute();
  const ids: string[] = [];
  for (const spec of specs) {
    const id = randomUUID();
    await db.kysely
      .insertInto('pulses')
      .values({
        id,
        series_id: seriesId,
        tenant_id: tenantId,
        team_id: teamId,
        title: `Day ${spec.day}`,
        opens_at: at(spec.day - 3),
        closes_at: at(spec.day),
        remind_at: null,
        status: spec.status,
        k: 3,
        open_question: null,
        invited: spec.status === 'closed' ? 12 : null,
        shared: spec.shared ? 1 : 0,
        notified_open: 1,
        notified_closing: 1,
        notify_lease_until: null,
        closed_at: spec.status === 'closed' ? at(spec.day) : null,
        created_at: at(spec.day - 3),
      })
      .execute();
    if (spec.answers.length > 0) {
      await db.kysely
        .insertInto('pulse_responses')
        .values(
          spec.answers.map((a) => ({ pulse_id: id, id: randomUUID(), ...responseValues(a, null) })),
        )
        .execute();
    }
    ids.push(id);
  }
  const filter: PulseFilter = { tenantId, teamId, since: null, sharedOnly: false };
  return { teamId, ids, filter };
}

async function summaryIds(db: Db, pulseIds: readonly string[]): Promise<string[]> {
  const rows = await db.kysely
    .selectFrom('pulse_summaries')
    .select('pulse_id')
    .where('pulse_id', 'in', pulseIds)
    .execute();
  return rows.map((r) => r.pulse_id).sort();
}

describe.each(testDatabases())('closed-pulse summaries on $dialect', (database) => {
  let db: Db;
  beforeAll(async () => {
    db = await database.open();
  });

  it('reads the same figures as the per-response computation and the domain rules', async () => {
    const { ids, filter } = await seedTeam(db, [
      { status: 'closed', day: 7, answers: sheets },
      { status: 'closed', day: 14, answers: [] },
      { status: 'closed', day: 21, answers: uncounted },
      { status: 'closed', day: 28, answers: sheets.slice(1, 5) },
    ]);
    const [full, empty, underAnswered, later] = ids as [string, string, string, string];

    const first = await pulseAggregates(db, filter);
    expect(first.map((a) => a.pulseId)).toEqual([full, empty, underAnswered, later]);
    const second = await pulseAggregates(db, filter);
    // The second read comes from stored summaries; a double round-trips exactly on both dialects.
    expect(second).toEqual(first);

    const direct = await computePulseAggregates(db, ids);
    expect([...direct.keys()].sort()).toEqual([...ids].sort());
    for (const agg of second) {
      expectSameSums(sumsOf(agg), defined(direct.get(agg.pulseId), `sums of ${agg.pulseId}`));
    }
    expectSameSums(sumsOf(second[0] as PulseAggregate), expectedSums(sheets));
    expectSameSums(sumsOf(second[3] as PulseAggregate), expectedSums(sheets.slice(1, 5)));
    expect(second[0]?.n).toBe(6);
    expect(second.slice(1, 3).map((a) => sumsOf(a))).toEqual([expectedSums([]), expectedSums([])]);
    expect(second[0]).toMatchObject({ title: 'Day 7', k: 3, invited: 12, shared: false });
  });

  it('stores a summary for every closed pulse, zero-response ones included, and none for others', async () => {
    const { ids, filter } = await seedTeam(db, [
      { status: 'closed', day: 7, answers: sheets },
      { status: 'closed', day: 14, answers: [] },
      { status: 'open', day: 21, answers: sheets },
      { status: 'scheduled', day: 28, answers: [] },
      { status: 'cancelled', day: 35, answers: [] },
    ]);
    const [full, empty, open] = ids as [string, string, string];
    expect(await summaryIds(db, ids)).toEqual([]);

    const read = await pulseAggregates(db, filter);
    expect(read.map((a) => a.pulseId)).toEqual([full, empty]);
    expect(await summaryIds(db, ids)).toEqual([full, empty].sort());
    const stored = await db.kysely
      .selectFrom('pulse_summaries')
      .selectAll()
      .where('pulse_id', '=', empty)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ n: 0, sum_x: 0, sum_x2: 0, fav: 0, neu: 0, unf: 0, m0: null });
    // Zero counts, not nulls: a null count marks a summary from before 0006, to be recomputed.
    expect(stored).toMatchObject({ c0: 0, f0: 0, u0: 0, c6: 0, answered_min: null });

    // The open pulse closes: the next read summarises it, from its responses.
    await db.kysely
      .updateTable('pulses')
      .set({
        status: 'closed',
        invited: 12,
        closed_at: new Date(Date.UTC(2026, 0, 22)).toISOString(),
      })
      .where('id', '=', open)
      .execute();
    const after = await pulseAggregates(db, filter);
    expect(after.map((a) => a.pulseId)).toEqual([full, empty, open]);
    expect(await summaryIds(db, ids)).toEqual([full, empty, open].sort());
    expectSameSums(sumsOf(after[2] as PulseAggregate), expectedSums(sheets));
  });

  it('does not recompute a summarised pulse on later reads', async () => {
    const { ids, filter } = await seedTeam(db, [{ status: 'closed', day: 7, answers: sheets }]);
    const [pulse] = ids as [string];
    const first = await pulseAggregates(db, filter);
    expect(first[0]?.n).toBe(6);

    await db.kysely.deleteFrom('pulse_responses').where('pulse_id', '=', pulse).execute();
    // Recomputing now would give n = 0; the stored summary keeps the figures.
    expect((await computePulseAggregates(db, [pulse])).get(pulse)?.n).toBe(0);
    expect(await pulseAggregates(db, filter)).toEqual(first);
  });

  it('keeps the range and shared-only filters on summarised reads', async () => {
    const { ids, filter } = await seedTeam(db, [
      { status: 'closed', day: 7, answers: sheets, shared: true },
      { status: 'closed', day: 40, answers: sheets.slice(0, 3) },
      { status: 'closed', day: 80, answers: sheets.slice(2), shared: true },
    ]);
    const [a, b, c] = ids as [string, string, string];
    const all = await pulseAggregates(db, filter);
    const byId = new Map(all.map((agg) => [agg.pulseId, agg]));
    const since = new Date(Date.UTC(2026, 0, 30)).toISOString();

    const recent = await pulseAggregates(db, { ...filter, since });
    expect(recent).toEqual([byId.get(b), byId.get(c)]);
    const shared = await pulseAggregates(db, { ...filter, sharedOnly: true });
    expect(shared).toEqual([byId.get(a), byId.get(c)]);
    const other = await pulseAggregates(db, { ...filter, teamId: 'team-with-nothing' });
    expect(other).toEqual([]);
  });

  it('lets two instances fill the same summaries at once', async () => {
    const other = await database.open();
    const specs: PulseSpec[] = Array.from({ length: 24 }, (_, i) => ({
      status: 'closed',
      day: 7 * (i + 1),
      answers: sheets.slice(i % 3),
    }));
    const { ids, filter } = await seedTeam(db, specs);

    const [mine, theirs, again] = await Promise.all([
      pulseAggregates(db, filter),
      pulseAggregates(other, filter),
      pulseAggregates(db, filter),
    ]);
    expect(mine.map((a) => a.pulseId)).toEqual(ids);
    expect(theirs).toEqual(mine);
    expect(again).toEqual(mine);
    expect(await summaryIds(db, ids)).toEqual([...ids].sort());
    mine.forEach((agg, i) => expectSameSums(sumsOf(agg), expectedSums(sheets.slice(i % 3))));
  });
});
