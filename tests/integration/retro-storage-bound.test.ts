import { randomBytes } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/storage/db.js';
import { testDatabasesOnDisk } from '../../server/test-support/databases.js';
import { useEntraFakes, viewOf } from '../../server/test-support/hooks.js';
import {
  addMeetingChat,
  personClient,
  startRetroApp,
  type RetroTestApp,
} from '../../server/test-support/retro-app.js';

/**
 * Bounded storage (issue #9): stored command replies used to hold the caller's whole board, so
 * storage grew with the square of the card count (1 GB from 3,339 cards). Now 2,000 cards by one
 * person grow the database by less than 3 MB plus the card text itself: about 1.5 KB a card for its
 * row, its index entries, its remembered retry and its live event (the public delta, sealed; pruned
 * after a day), whatever the board's size.
 */
const entra = useEntraFakes();
const commands = 2000;
const budgetBytes = 3 * 1024 * 1024;

/** Bytes on disk: every file under DATA_DIR after a WAL checkpoint, or every relation of the schema. */
async function storedBytes(db: Db, dataDir: string | null): Promise<number> {
  if (db.dialect === 'sqlite' && dataDir) {
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db.kysely);
    return readdirSync(dataDir).reduce((sum, name) => sum + statSync(join(dataDir, name)).size, 0);
  }
  const { rows } = await sql<{ bytes: string }>`
    select coalesce(sum(pg_total_relation_size(format('%I.%I', table_schema, table_name)::regclass)), 0) as bytes
    from information_schema.tables where table_schema = current_schema()`.execute(db.kysely);
  return Number(rows[0]?.bytes ?? 0);
}

describe.each(testDatabasesOnDisk())('stored command replies stay bounded on $dialect', (place) => {
  let target: RetroTestApp | undefined;
  afterAll(async () => {
    await target?.close();
  });

  it(
    `${commands} addCard commands by one person grow the database by < 3 MB plus their text`,
    {
      timeout: 240_000,
    },
    async () => {
      const db = await place.open();
      // One person sends far more than a person ever would; the rate limit is not what is tested here.
      target = await startRetroApp(entra.fakes, db, { limits: { perUserMax: 1_000_000 } });
      const app = () => target!.app;
      const chatId = addMeetingChat(entra.fakes, 'Bounded');
      const meeting = entra.fakes.graph.data.meetings.find((m) => m.chatId === chatId)!;
      const [facilitatorId, writerId] = meeting.members.map((m) => m.userId) as [string, string];
      const f = personClient(app, await entra.fakes.idp.issueUserToken(facilitatorId));
      const writer = personClient(app, await entra.fakes.idp.issueUserToken(writerId));
      const retro = viewOf(
        await f.post('/api/retros', {
          chatId,
          templateId: 'mad-sad-glad',
          options: { skip: ['checkin', 'review'] },
        }),
      );
      const before = await storedBytes(db, place.dataDir);
      let textBytes = 0;
      for (let i = 0; i < commands; i++) {
        const text = `Card ${i} ${randomBytes(12).toString('hex')}`;
        textBytes += Buffer.byteLength(text);
        const reply = await writer.command(retro.id, { type: 'addCard', columnId: 'mad', text });
        if (reply.status !== 200) throw new Error(`Command ${i} failed: ${reply.raw}`);
      }
      const view = viewOf(await writer.get(`/api/retros/${retro.id}`));
      expect(view.cards).toHaveLength(commands);
      const grown = (await storedBytes(db, place.dataDir)) - before;
      console.info(
        `${place.dialect}: ${commands} cards grew storage by ${(grown / 1024).toFixed(0)} KB (text ${(textBytes / 1024).toFixed(0)} KB)`,
      );
      expect(grown).toBeLessThan(budgetBytes + textBytes);
    },
  );
});
