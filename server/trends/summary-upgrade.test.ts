import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../shared/pulse/scoring.js';
import { responseValues } from '../pulse/queries.js';
import type { Db, Dialect } from '../storage/db.js';
import { migrateToLatest, migrations } from '../storage/migrate.js';
import type { Database } from '../storage/schema.js';
import { defaultTestDatabaseUrl } from '../test-support/databases.js';
import { pulseAggregates } from './pulse-aggregates.js';
import { trendPoint } from './pulse-trend.js';

// k = 5; e4 (index 3) has 4 answers, the rest 6. Mean of e4: (1 + 1 + 2 + 3) / 4 = 1.75.
const sheets: Answers[] = [
  [2, 6, 3, null, 3, 6, 7],
  [3, 5, 2, null, 2, 5, 6],
  [2, 6, 3, 1, 3, 6, 7],
  [4, 4, 4, 1, 4, 4, 4],
  [1, 7, 2, 2, 1, 7, 6],
  [3, 5, 3, 3, 2, 6, 5],
];
const tenantId = 'tenant-upgrade';
const teamId = 'team-upgrade';

/** Each test creates a database and runs every migration on it: slow on a busy machine. */
const migratingTestTimeout = 60_000;

type Fresh = { kysely: Kysely<Database>; schema?: string; cleanup(): Promise<void> };

/** A database at no migration at all, so the test can stop at 0005 and upgrade like a real one. */
async function freshDatabase(dialect: Dialect): Promise<Fresh> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'candor-upgrade-'));
    const kysely = new Kysely<Database>({
      dialect: new SqliteDialect({ database: new SQLite(join(dir, 'candor.sqlite')) }),
    });
    return {
      kysely,
      async cleanup() {
        await kysely.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = process.env.TEST_DATABASE_URL ?? defaultTestDatabaseUrl;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const pool = new pg.Pool({ connectionString: url, options: `-c search_path=${schema}` });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kysely,
    schema,
    async cleanup() {
      await kysely.destroy();
      const drop = new pg.Client({ connectionString: url });
      await drop.connect();
      await drop.query(`drop schema if exists ${schema} cascade`);
      await drop.end();
    },
  };
}

async function seedClosedPulse(kysely: Kysely<Database>): Promise<string> {
  const at = new Date(Date.UTC(2026, 0, 10)).toISOString();
  const seriesId = randomUUID();
  const pulseId = randomUUID();
  await kysely
    .insertInto('pulse_series')
    .values({
      id: seriesId,
      tenant_id: tenantId,
      team_id: teamId,
      title: 'Weekly',
      recurrence: 'none',
      first_opens_at: at,
      first_closes_at: at,
      k: 5,
      open_question: null,
      status: 'active',
      created_by: 'test',
      created_at: at,
    })
    .execute();
  await kysely
    .insertInto('pulses')
    .values({
      id: pulseId,
      series_id: seriesId,
      tenant_id: tenantId,
      team_id: teamId,
      title: 'Before the upgrade',
      opens_at: at,
      closes_at: at,
      remind_at: null,
      status: 'closed',
      k: 5,
      open_question: null,
      invited: 12,
      shared: 0,
      notified_open: 1,
      notified_closing: 1,
      notify_lease_until: null,
      closed_at: at,
      created_at: at,
    })
    .execute();
  await kysely
    .insertInto('pulse_responses')
    .values(
      sheets.map((a) => ({ pulse_id: pulseId, id: randomUUID(), ...responseValues(a, null) })),
    )
    .execute();
  return pulseId;
}

/** A summary as code before 0006 stored it: item means, e4's small cell included, and no counts. */
const oldSummary = (pulseId: string) => ({
  pulse_id: pulseId,
  n: 6,
  sum_x: 24,
  sum_x2: 100,
  fav: 20,
  neu: 6,
  unf: 14,
  m0: 2.5,
  m1: 5.5,
  m2: 2.8333,
  m3: 1.75,
  m4: 2.5,
  m5: 5.6667,
  m6: 5.8333,
  computed_at: new Date(Date.UTC(2026, 0, 11)).toISOString(),
});

const dbOf = (kysely: Kysely<Database>, dialect: Dialect): Db => ({
  kysely,
  dialect,
  ping: async () => {},
  close: async () => {},
});

async function trendOf(db: Db) {
  const [agg] = await pulseAggregates(db, { tenantId, teamId, since: null, sharedOnly: false });
  if (!agg) throw new Error('expected the closed pulse on the trend');
  const { pulse } = trendPoint(agg);
  if (pulse.status !== 'released') throw new Error('expected a released pulse');
  return pulse;
}

describe.each<Dialect>(['sqlite', 'postgres'])('a summary stored before 0006 on %s', (dialect) => {
  const opened: Fresh[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((f) => f.cleanup()));
  });

  it(
    'is dropped by the upgrade and recomputed with counts: the small cell stays withheld',
    async () => {
      const fresh = await freshDatabase(dialect);
      opened.push(fresh);
      const migrator = new Migrator({
        db: fresh.kysely,
        provider: { getMigrations: async () => migrations },
        ...(fresh.schema ? { migrationTableSchema: fresh.schema } : {}),
      });
      const to0005 = await migrator.migrateTo('0005-pulse-summaries');
      expect(to0005.error).toBeUndefined();
      const pulseId = await seedClosedPulse(fresh.kysely);
      // Written through a plain table: the 0005 schema has no count columns to name.
      await fresh.kysely.insertInto('pulse_summaries').values(oldSummary(pulseId)).execute();

      await migrateToLatest(fresh.kysely, fresh.schema);
      const left = await fresh.kysely.selectFrom('pulse_summaries').selectAll().execute();
      expect(left).toEqual([]);

      const pulse = await trendOf(dbOf(fresh.kysely, dialect));
      expect(pulse.items[3]).toEqual({
        itemId: 'e4',
        reversed: false,
        status: 'withheld',
        reason: 'few-answers',
      });
      expect(pulse.items.filter((i) => i.status === 'released')).toHaveLength(6);
      const stored = await fresh.kysely
        .selectFrom('pulse_summaries')
        .select(['c3', 'c0', 'answered_min', 'answered_max'])
        .where('pulse_id', '=', pulseId)
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({ c3: 4, c0: 6, answered_min: 6, answered_max: 7 });
    },
    migratingTestTimeout,
  );

  it(
    'written by an older instance after the upgrade (no counts) is recomputed, not trusted',
    async () => {
      const fresh = await freshDatabase(dialect);
      opened.push(fresh);
      await migrateToLatest(fresh.kysely, fresh.schema);
      const pulseId = await seedClosedPulse(fresh.kysely);
      await fresh.kysely.insertInto('pulse_summaries').values(oldSummary(pulseId)).execute();

      const pulse = await trendOf(dbOf(fresh.kysely, dialect));
      expect(pulse.items[3]).toMatchObject({ itemId: 'e4', status: 'withheld' });
      expect(JSON.stringify(pulse)).not.toContain('1.75');
      const stored = await fresh.kysely
        .selectFrom('pulse_summaries')
        .select(['c3', 'm3'])
        .where('pulse_id', '=', pulseId)
        .executeTakeFirstOrThrow();
      expect(stored.c3).toBe(4);
      expect(stored.m3).toBeCloseTo(1.75, 12);
    },
    migratingTestTimeout,
  );
});
