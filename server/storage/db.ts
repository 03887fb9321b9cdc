import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.js';
import { migrateToLatest } from './migrate.js';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export type Db = {
  kysely: Kysely<Database>;
  dialect: Dialect;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** PostgreSQL only: the pool, whose options the live hub reuses for its LISTEN connection. */
  pool?: pg.Pool;
};

export type OpenOptions = {
  /** PostgreSQL only: use this schema (tests use a fresh one per file). Production uses the default search path. */
  pgSchema?: string;
};

/** Opens SQLite or PostgreSQL as configured and brings the schema up to date. */
export async function openDatabase(
  storage: Config['storage'],
  options: OpenOptions = {},
): Promise<Db> {
  return storage.kind === 'sqlite' ? openSqlite(storage.file) : openPostgres(storage.url, options);
}

/** How long a SQLite statement waits for another process's lock before failing. */
export const sqliteBusyTimeoutMs = 5000;

async function openSqlite(file: string): Promise<Db> {
  mkdirSync(dirname(file), { recursive: true });
  const database = new SQLite(file, { timeout: sqliteBusyTimeoutMs });
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  // Deleted rows are zeroed, not left in free space: the close of a pulse deletes each answer
  // and receipt as they arrived (storage order) and rewrites them shuffled; without this the old
  // copies stay readable in the file and pair a person with an answer. See storage/forget.ts.
  database.pragma('secure_delete = ON');
  // Another process (a migration, a backup) may hold the write lock briefly: wait, do not fail.
  database.pragma(`busy_timeout = ${sqliteBusyTimeoutMs}`);
  const kysely = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(database) }),
  });
  return finishOpen({ kysely, dialect: 'sqlite' });
}

/** Distinct SQL texts kept prepared; the app has a few hundred, `in (…)` lists add some. */
const statementCacheSize = 1_000;

/**
 * Kysely prepares every query afresh, and on a busy retro preparing costs as much as running:
 * a retro command's dozen statements are the same texts every time. Keeps them prepared (least
 * recently used go first). A statement still iterating a result is never handed out twice.
 */
function withStatementCache(database: SQLite.Database) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(text: string): SQLite.Statement {
      const hit = cache.get(text);
      if (hit && !hit.busy) {
        cache.delete(text);
        cache.set(text, hit);
        return hit;
      }
      const statement = database.prepare(text);
      if (!hit) {
        cache.set(text, statement);
        if (cache.size > statementCacheSize) cache.delete(cache.keys().next().value!);
      }
      return statement;
    },
  };
}

async function openPostgres(url: string, options: OpenOptions): Promise<Db> {
  if (options.pgSchema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.pgSchema)) {
    throw new Error(
      `"${options.pgSchema}" is not a plain PostgreSQL schema name; use lower-case letters, digits and _.`,
    );
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema}` } : {}),
  });
  // An idle client losing its server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let schema: string | null | undefined;
  try {
    const { rows } = await sql<{
      schema: string | null;
    }>`select current_schema() as schema`.execute(kysely);
    schema = rows[0]?.schema;
  } catch (error) {
    await kysely.destroy();
    throw new Error(
      `Cannot connect to PostgreSQL (${error instanceof Error ? error.message : String(error)}). To fix this error, check DATABASE_URL and that the server is running.`,
      { cause: error },
    );
  }
  if (!schema) {
    await kysely.destroy();
    throw new Error(
      'PostgreSQL has no current schema for this user. To fix this error, create a schema the user owns or set its search_path.',
    );
  }
  return finishOpen({ kysely, dialect: 'postgres', pool }, schema);
}

async function finishOpen(
  parts: { kysely: Kysely<Database>; dialect: Dialect; pool?: pg.Pool },
  pgSchema?: string,
): Promise<Db> {
  const { kysely } = parts;
  try {
    await migrateToLatest(kysely, pgSchema);
  } catch (error) {
    await kysely.destroy();
    throw error;
  }
  let closed: Promise<void> | null = null;
  return {
    ...parts,
    async ping() {
      await sql`select 1`.execute(kysely);
    },
    close() {
      closed ??= kysely.destroy();
      return closed;
    },
  };
}
