import { sql } from 'kysely';
import { sqliteBusyTimeoutMs, type Db } from './db.js';
import { postgresHorizonPassed, vacuumFull } from './forget-postgres.js';
import type { Database } from './schema.js';

export type ForgetLogger = { warn(details: object, message: string): void };

export type ForgetOptions = {
  /** Attempts before leaving it to the scheduler (the caller waits for them). Default 3. */
  attempts?: number;
  /** First pause between attempts, doubled each time. Default 50 ms. */
  pauseMs?: number;
  /** PostgreSQL: how long VACUUM FULL may wait for its lock. Default 500 ms. */
  lockTimeoutMs?: number;
};

export type ForgetTable = keyof Database & string;

/** What still waits to be forgotten on one open database. */
type Pending = {
  tables: Set<ForgetTable>;
  /** PostgreSQL: ids of the transactions that deleted the rows. */
  deletedBy: Set<string>;
  /** Warn once per wait, not on every scheduler tick. */
  warned: boolean;
};

const pending = new WeakMap<Db, Pending>();

/**
 * Makes the storage forget the old copies of rows that a committed transaction deleted or
 * rewrote, so no file keeps them. Call it after the commit, never inside a transaction.
 *
 * - SQLite (with `secure_delete`, which zeroes deleted cells and freed pages in the main file):
 *   a `wal_checkpoint(TRUNCATE)`, which copies the newest pages into the main file and empties
 *   the WAL, whose older frames hold every earlier version of the pages.
 * - PostgreSQL: `VACUUM FULL` of the tables, once no snapshot in the database is older than
 *   `deletedBy` (a transaction id; without it, now). A plain VACUUM marks dead tuples free but
 *   leaves their bytes (with the xmin of the transaction that wrote them) in the page; only a
 *   rewrite into a new file drops them, and even a rewrite keeps what an old snapshot still sees.
 *
 * Returns true when done. When it cannot finish now (a reader holds an old snapshot, a lock wait
 * runs out) it stays pending, and `forgetPending` (the scheduler's tick) retries it.
 * It never throws: the change it follows has committed, and a caller must not report it failed.
 */
export async function forgetDeletedRows(
  db: Db,
  tables: readonly ForgetTable[],
  logger: ForgetLogger,
  options: ForgetOptions & { deletedBy?: readonly string[] } = {},
): Promise<boolean> {
  const state = pendingFor(db);
  for (const table of tables) state.tables.add(table);
  for (const xid of options.deletedBy ?? []) state.deletedBy.add(xid);
  return forgetPending(db, logger, options);
}

/** Retries what an earlier call could not finish; a no-op when nothing waits. */
export async function forgetPending(
  db: Db,
  logger: ForgetLogger,
  options: ForgetOptions = {},
): Promise<boolean> {
  const state = pendingFor(db);
  if (state.tables.size === 0) return true;
  const tables = [...state.tables];
  const deletedBy = [...state.deletedBy];
  let outcome: Outcome;
  try {
    outcome = await withRetries(options, () =>
      db.dialect === 'sqlite'
        ? checkpointSqlite(db)
        : forgetPostgres(db, tables, deletedBy, options.lockTimeoutMs ?? 500),
    );
  } catch (error) {
    outcome = { error: describe(error) };
  }
  if (outcome === 'done') {
    // Only what this pass covered: a close that committed meanwhile added its own entries.
    for (const table of tables) state.tables.delete(table);
    for (const xid of deletedBy) state.deletedBy.delete(xid);
    state.warned = false;
    return true;
  }
  if (outcome === 'retry') {
    if (!state.warned) logger.warn({ tables }, retryMessage[db.dialect]);
    state.warned = true;
    return false;
  }
  // A lasting failure (permissions): retrying every tick would only repeat the warning.
  state.tables.clear();
  state.deletedBy.clear();
  logger.warn(
    { tables, err: outcome.error },
    db.dialect === 'sqlite'
      ? 'Emptying the SQLite write-ahead log after a pulse closed failed, so it may still hold earlier copies of answers and receipts. Check that the data folder is writable; the next close tries again.'
      : `VACUUM FULL after a pulse closed failed, so dead copies of answers and receipts stay in the PostgreSQL table files, where they can pair a person with an answer. To fix this, let the app's database user own these tables (it does when it ran the migrations), or have the owner run "VACUUM FULL ${tables.join(', ')}" after each pulse closes.`,
  );
  return false;
}

const retryMessage = {
  sqlite:
    'Another reader kept the SQLite write-ahead log from being emptied after a pulse closed, so it still holds earlier copies of answers and receipts. The scheduler retries every tick. If this lasts, end long-running readers of candor.sqlite (take backups with the .backup command).',
  postgres:
    'A transaction older than a pulse close, or a lock, kept VACUUM FULL from dropping the dead copies of answers and receipts, which stay in the table files until it runs. The scheduler retries every tick. If this lasts, end long-running or idle-in-transaction sessions on this database.',
} as const;

function pendingFor(db: Db): Pending {
  let state = pending.get(db);
  if (!state) {
    state = { tables: new Set(), deletedBy: new Set(), warned: false };
    pending.set(db, state);
  }
  return state;
}

type Outcome = 'done' | 'retry' | { error: { name: string; message: string } };

async function withRetries(
  options: ForgetOptions,
  attempt: () => Promise<Outcome>,
): Promise<Outcome> {
  let pause = options.pauseMs ?? 50;
  for (let left = (options.attempts ?? 3) - 1; ; left--) {
    const outcome = await attempt();
    if (outcome !== 'retry' || left <= 0) return outcome;
    await new Promise((resolve) => setTimeout(resolve, pause));
    pause *= 2;
  }
}

/**
 * `wal_checkpoint(TRUNCATE)` waits for readers of older snapshots; with the usual busy timeout
 * that would block the (synchronous) driver, and so the whole server, for seconds. So it waits
 * only briefly, on the reserved connection, and `withRetries` spaces attempts out asynchronously.
 */
async function checkpointSqlite(db: Db): Promise<Outcome> {
  const busy = await db.kysely.connection().execute(async (conn) => {
    await sql`pragma busy_timeout = 20`.execute(conn);
    try {
      const { rows } = await sql<{ busy: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(conn);
      return rows[0]?.busy !== 0;
    } finally {
      await sql.raw(`pragma busy_timeout = ${sqliteBusyTimeoutMs}`).execute(conn);
    }
  });
  return busy ? 'retry' : 'done';
}

async function forgetPostgres(
  db: Db,
  tables: readonly ForgetTable[],
  deletedBy: readonly string[],
  lockTimeoutMs: number,
): Promise<Outcome> {
  if (!(await postgresHorizonPassed(db, deletedBy))) return 'retry';
  return (await vacuumFull(db, tables, lockTimeoutMs)) ? 'done' : 'retry';
}

function describe(error: unknown): { name: string; message: string } {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'unknown', message: String(error) };
}
