import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll } from 'vitest';
import { openDatabase, type Db, type Dialect } from '../storage/db.js';

export type TestDatabase = {
  dialect: Dialect;
  /**
   * Opens the test file's database (migrated). Each call is another connection, like another
   * server instance on the same data. Everything opened is closed after the file's tests.
   */
  open(): Promise<Db>;
};

export const defaultTestDatabaseUrl = 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Both dialects, for `describe.each(testDatabases())('$dialect', …)`: SQLite in a fresh temp dir
 * and PostgreSQL (`TEST_DATABASE_URL`) in a fresh schema, both removed after the file's tests.
 * Call it at the top level of a test file. PostgreSQL being down fails the tests; it never skips.
 */
export function testDatabases(): TestDatabase[] {
  const sqlite = sqliteTestDatabase();
  const postgres = postgresTestDatabase();
  afterAll(async () => {
    await sqlite.cleanup();
    await postgres.cleanup();
  });
  return [sqlite.database, postgres.database];
}

/** A test database whose SQLite files can be read: `dataDir` is their folder (null on PostgreSQL). */
export type TestDatabaseOnDisk = TestDatabase & { dataDir: string | null };

/**
 * Both dialects as `testDatabases()`, with SQLite in a folder the test can read byte by byte (the
 * main file, -wal and -shm), for tests of what is at rest.
 */
export function testDatabasesOnDisk(): TestDatabaseOnDisk[] {
  const dir = mkdtempSync(join(tmpdir(), 'candor-on-disk-'));
  const postgres = postgresTestDatabase();
  const opened: Db[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((db) => db.close()));
    rmSync(dir, { recursive: true, force: true });
    await postgres.cleanup();
  });
  return [
    {
      dialect: 'sqlite',
      dataDir: dir,
      async open() {
        const db = await openDatabase({ kind: 'sqlite', file: join(dir, 'candor.sqlite') });
        opened.push(db);
        return db;
      },
    },
    { ...postgres.database, dataDir: null },
  ];
}

type Managed = { database: TestDatabase; cleanup(): Promise<void> };

function sqliteTestDatabase(): Managed {
  let dir: string | null = null;
  const opened: Db[] = [];
  return {
    database: {
      dialect: 'sqlite',
      async open() {
        dir ??= mkdtempSync(join(tmpdir(), 'candor-test-'));
        const db = await openDatabase({ kind: 'sqlite', file: join(dir, 'candor.sqlite') });
        opened.push(db);
        return db;
      },
    },
    async cleanup() {
      await Promise.all(opened.map((db) => db.close()));
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresTestDatabase(): Managed {
  const url = process.env.TEST_DATABASE_URL ?? defaultTestDatabaseUrl;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  let created: Promise<void> | null = null;
  const opened: Db[] = [];
  return {
    database: {
      dialect: 'postgres',
      async open() {
        created ??= adminQuery(url, `create schema ${schema}`);
        await created;
        const db = await openRacingOtherFiles(url, schema);
        opened.push(db);
        return db;
      },
    },
    async cleanup() {
      await Promise.all(opened.map((db) => db.close()));
      if (created) await adminQuery(url, `drop schema if exists ${schema} cascade`);
    },
  };
}

/**
 * Kysely's migrator lists the tables of every schema in the database; another test file dropping
 * its schema at that moment makes the listing fail ("schema t_… does not exist"). That race exists
 * only between test files sharing one database, so only that error is retried.
 */
async function openRacingOtherFiles(url: string, schema: string): Promise<Db> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await openDatabase({ kind: 'postgres', url }, { pgSchema: schema });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const other = /schema "(t_[0-9a-f]{12})" does not exist|cache lookup failed/.exec(message);
      if (!other || other[1] === schema || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `The PostgreSQL tests cannot reach ${redact(url)} (${error instanceof Error ? error.message : String(error)}). ` +
        'To fix this error, start PostgreSQL with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`, ' +
        'or set TEST_DATABASE_URL to a reachable database.',
      { cause: error },
    );
  }
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'TEST_DATABASE_URL';
  }
}
