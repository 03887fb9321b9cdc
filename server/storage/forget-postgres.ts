import { sql } from 'kysely';
import type { Db } from './db.js';

/**
 * True when no snapshot in this database can still see rows that the transactions `deletedBy`
 * deleted, so VACUUM FULL drops them instead of copying them into the new file as "recently
 * dead". Without ids (the scheduler's first pass) there is nothing to wait for. Sessions of
 * other roles show no xmin without pg_read_all_stats, so for them this is best effort.
 */
export async function postgresHorizonPassed(
  db: Db,
  deletedBy: readonly string[],
): Promise<boolean> {
  if (deletedBy.length === 0) return true;
  // age(x) >= age(d): x is as old as d or older, so its snapshot may not see d's deletions.
  const newest = sql`(select min(age(d::xid)) from unnest(${[...deletedBy]}::text[]) d)`;
  const { rows } = await sql<{ blocked: boolean }>`
    select exists (
      select 1 from (
        select backend_xmin as x from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid()
        union all select backend_xid from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid()
        union all select transaction from pg_prepared_xacts where database = current_database()
        union all select xmin from pg_replication_slots
      ) o where o.x is not null and age(o.x) >= ${newest}
    ) as blocked`.execute(db.kysely);
  return rows[0]?.blocked === false;
}

/**
 * `VACUUM FULL` of the tables on one pooled connection (VACUUM cannot run in a transaction
 * block). False when its exclusive lock was not granted in time.
 */
export async function vacuumFull(
  db: Db,
  tables: readonly string[],
  lockTimeoutMs: number,
): Promise<boolean> {
  try {
    await db.kysely.connection().execute(async (conn) => {
      // Waiting behind a long query would queue every answer behind this lock too: give up
      // soon and let the scheduler retry.
      await sql`select set_config('lock_timeout', ${`${lockTimeoutMs}ms`}, false)`.execute(conn);
      try {
        await sql`vacuum full ${sql.join(tables.map((t) => sql.table(t)))}`.execute(conn);
      } finally {
        await sql`reset lock_timeout`.execute(conn);
      }
    });
    return true;
  } catch (error) {
    // 55P03 lock_not_available, 40P01 deadlock: busy now, fine later. Anything else is lasting.
    const code = (error as { code?: unknown }).code;
    if (code === '55P03' || code === '40P01') return false;
    throw error;
  }
}
