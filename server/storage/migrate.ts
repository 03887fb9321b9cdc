import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as foundation from './migrations/0001-foundation.js';
import * as retros from './migrations/0002-retros.js';
import * as pulses from './migrations/0003-pulses.js';
import * as trends from './migrations/0004-trends.js';
import * as pulseSummaries from './migrations/0005-pulse-summaries.js';
import * as itemCounts from './migrations/0006-item-counts.js';
import * as anonymityAtRest from './migrations/0007-anonymity-at-rest.js';
import * as rateLimits from './migrations/0008-rate-limits.js';
import * as eventsPruning from './migrations/0009-events-pruning.js';
import * as commandIndexes from './migrations/0010-command-indexes.js';
import * as presence from './migrations/0011-presence.js';
import * as pulsePrompts from './migrations/0012-pulse-prompts.js';
import * as todoLinks from './migrations/0013-todo-links.js';
import * as formats from './migrations/0014-formats.js';
import * as bot from './migrations/0015-bot.js';
import * as earlyCards from './migrations/0016-early-cards.js';
import type { Database } from './schema.js';

/** Every migration, in order. Later features append theirs here; names sort by their number. */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-retros': retros,
  '0003-pulses': pulses,
  '0004-trends': trends,
  '0005-pulse-summaries': pulseSummaries,
  '0006-item-counts': itemCounts,
  '0007-anonymity-at-rest': anonymityAtRest,
  '0008-rate-limits': rateLimits,
  '0009-events-pruning': eventsPruning,
  '0010-command-indexes': commandIndexes,
  '0011-presence': presence,
  '0012-pulse-prompts': pulsePrompts,
  '0013-todo-links': todoLinks,
  '0014-formats': formats,
  '0015-bot': bot,
  '0016-early-cards': earlyCards,
};

const provider: MigrationProvider = {
  getMigrations: async () => migrations,
};

/**
 * Brings the schema up to date. Safe to run from several instances at once: Kysely takes a lock
 * (an advisory lock on PostgreSQL). `pgSchema` pins the bookkeeping tables to the schema in use,
 * because Kysely otherwise finds them in any schema of the database.
 */
export async function migrateToLatest(kysely: Kysely<Database>, pgSchema?: string): Promise<void> {
  const migrator = new Migrator({
    db: kysely,
    provider,
    ...(pgSchema ? { migrationTableSchema: pgSchema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(
      `Database migration "${failed}" failed: ${error instanceof Error ? error.message : String(error)}. To fix this error, check that the database is reachable and that its user may create tables, then restart Candor.`,
      { cause: error },
    );
  }
}
