import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Db, type Dialect } from '../../server/storage/db.js';

export type BenchDb = { db: Db; close: () => Promise<void> };

/**
 * A fresh, migrated database for one bench: a SQLite file in WAL mode in a temporary folder, or a
 * new schema on the local PostgreSQL (BENCH_DATABASE_URL or DATABASE_URL, else 127.0.0.1:5432/test).
 * `close` closes it and removes the file or drops the schema.
 */
export async function openBenchDb(dialect: Dialect, name: string): Promise<BenchDb> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), `candor-bench-${name}-`));
    const db = await openDatabase({ kind: 'sqlite', file: join(dir, 'candor.sqlite') });
    return {
      db,
      close: async () => {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url =
    process.env.BENCH_DATABASE_URL ??
    process.env.DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/test';
  const schema = `bench_${name}_${randomBytes(4).toString('hex')}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  await admin(`create schema ${schema}`);
  const db = await openDatabase({ kind: 'postgres', url }, { pgSchema: schema });
  return {
    db,
    close: async () => {
      await db.close();
      await admin(`drop schema if exists ${schema} cascade`);
    },
  };
}
