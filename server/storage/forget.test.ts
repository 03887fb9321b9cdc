import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../test-support/databases.js';
import { forgetDeletedRows, forgetPending } from './forget.js';

describe.each(testDatabases())('forgetting deleted rows on $dialect', (database) => {
  const logger = () => {
    const lines: { details: object; message: string }[] = [];
    return {
      lines,
      warn: (details: object, message: string) => void lines.push({ details, message }),
    };
  };

  it('is done and quiet when nothing is in the way', async () => {
    const db = await database.open();
    const log = logger();
    expect(await forgetDeletedRows(db, ['pulse_responses', 'pulse_receipts'], log)).toBe(true);
    expect(log.lines).toEqual([]);
  });

  it.runIf(database.dialect === 'postgres')(
    'never throws on a lasting failure: it warns once with what to do, and does not retry',
    async () => {
      const db = await database.open();
      // The table is gone: VACUUM FULL fails the way a missing privilege does, for good.
      await sql`drop table pulse_receipts`.execute(db.kysely);
      const log = logger();
      expect(await forgetDeletedRows(db, ['pulse_receipts'], log)).toBe(false);
      expect(log.lines).toHaveLength(1);
      expect(log.lines[0]?.message).toMatch(
        /VACUUM FULL after a pulse closed failed.*To fix this.*VACUUM FULL pulse_receipts/,
      );
      expect(await forgetPending(db, log)).toBe(true);
      expect(log.lines).toHaveLength(1);
    },
  );
});
