import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { personHash } from '../../server/retro/hashing.js';
import type { Db } from '../../server/storage/db.js';
import { testDatabasesOnDisk } from '../../server/test-support/databases.js';
import { seed } from '../../server/test-support/entra-fakes.js';
import { useEntraFakes, viewOf } from '../../server/test-support/hooks.js';
import {
  addMeetingChat,
  personClient,
  startRetroApp,
  type PersonClient,
  type RetroTestApp,
} from '../../server/test-support/retro-app.js';
import { dataDirUnits, type Unit } from '../../server/test-support/forensics.js';

/**
 * Anonymity at rest (issue #9): after a whole anonymous retro, nothing in the database, and on
 * SQLite no byte of any file under DATA_DIR (main file, -wal, -shm), puts a person's id, name or
 * sign-in name in the same row, JSON or WAL transaction as an anonymous card's text, a check-in,
 * safety or ROTI answer, or a vote.
 */
const entra = useEntraFakes();

/** Everything that names a person: object id, display name, given name + surname, UPN, mail. */
function identitiesOf(userId: string): string[] {
  const user = seed.users.find((u) => u.id === userId);
  if (!user) throw new Error(`No seeded user ${userId}`);
  return [user.id, user.displayName, user.upn, user.mail];
}

const find = (haystack: Buffer | string, needles: readonly string[]) =>
  needles.filter((n) => haystack.includes(n));

describe.each(testDatabasesOnDisk())(
  'anonymity at rest after a whole retro on $dialect',
  (place) => {
    let target: RetroTestApp | undefined;
    afterAll(async () => {
      await target?.close();
    });

    it('no row, JSON or WAL transaction pairs a person with an anonymous card, answer or vote', async () => {
      const db = await place.open();
      target = await startRetroApp(entra.fakes, db);
      const app = () => target!.app;
      const chatId = addMeetingChat(entra.fakes, 'At rest');
      const meeting = entra.fakes.graph.data.meetings.find((m) => m.chatId === chatId)!;
      const ids = meeting.members.map((m) => m.userId).slice(0, 4);
      expect(ids).toHaveLength(4);
      const people: { id: string; client: PersonClient }[] = [];
      for (const id of ids) {
        people.push({ id, client: personClient(app, await entra.fakes.idp.issueUserToken(id)) });
      }
      const [facilitator] = people as [(typeof people)[number]];
      const retro = viewOf(
        await facilitator.client.post('/api/retros', {
          chatId,
          templateId: 'mad-sad-glad',
          checkinQuestion: { kind: 'library', id: 'smile' },
          options: { skip: ['review'] },
        }),
      );
      expect(retro.options.anonymous).toBe(true);
      const run = async (who: PersonClient, command: object) =>
        viewOf(await who.command(retro.id, command));

      // Check-in: everyone answers the check-in question (one rewrites theirs) and the safety check.
      const texts: string[] = [];
      for (const p of people) {
        const text = `Checkin-${randomBytes(8).toString('hex')}`;
        texts.push(text);
        await run(p.client, { type: 'answerCheckin', text });
      }
      const rewritten = `Checkin-again-${randomBytes(8).toString('hex')}`;
      texts.push(rewritten);
      await run(people[3]!.client, { type: 'answerCheckin', text: rewritten });
      await run(facilitator.client, { type: 'showCheckinAnswers' });
      for (const [i, p] of people.entries())
        await run(p.client, { type: 'answerSafety', value: (i % 5) + 1 });
      await run(facilitator.client, { type: 'advance' });
      // Gather: two cards each, one edited, with texts that are easy to find in bytes.
      for (const p of people) {
        for (const column of ['mad', 'glad']) {
          const text = `Card-${randomBytes(8).toString('hex')}-${column}`;
          texts.push(text);
          await run(p.client, { type: 'addCard', columnId: column, text });
        }
      }
      const mine = await run(people[1]!.client, {
        type: 'addCard',
        columnId: 'sad',
        text: 'first draft',
      });
      const edited = `Edited-${randomBytes(8).toString('hex')}`;
      texts.push(edited);
      const draft = mine.cards.find((c) => c.text === 'first draft')!;
      await run(people[1]!.client, { type: 'editCard', cardId: draft.id, text: edited });
      await run(facilitator.client, { type: 'reveal' });
      await run(facilitator.client, { type: 'advance' });
      // Group, vote (two each), discuss, actions (named on purpose), close with ROTI.
      const grouped = await run(facilitator.client, { type: 'advance' });
      const groups = grouped.groups.map((g) => g.id);
      for (const p of people) {
        await run(p.client, { type: 'vote', groupId: groups[0]!, delta: 1 });
        await run(p.client, { type: 'vote', groupId: groups[1]!, delta: 1 });
      }
      await run(facilitator.client, { type: 'advance' });
      await run(facilitator.client, { type: 'advance' });
      await run(facilitator.client, {
        type: 'addAction',
        text: 'Write the runbook',
        ownerId: people[2]!.id,
        dueDate: '2027-01-15',
        groupId: null,
      });
      await run(facilitator.client, { type: 'advance' });
      for (const [i, p] of people.entries())
        await run(p.client, { type: 'answerRoti', value: 5 - (i % 5) });
      const ended = await run(facilitator.client, { type: 'end' });
      expect(ended.status).toBe('ended');

      // What links an anonymous act to a row: its text, or the keyed hash it is stored under.
      const { hmacKey } = target.config;
      const actHashes = people.flatMap((p) =>
        (['card', 'vote', 'answer', 'checkin'] as const).map((purpose) =>
          personHash(hmacKey, purpose, meeting.tenantId, retro.id, p.id),
        ),
      );
      const acts = [...texts, ...actHashes];
      const identities = people.flatMap((p) => identitiesOf(p.id));

      // Every row of every table, as JSON.
      const rows = await allRows(db);
      const anonymousRows = rows.filter((r) => find(r.json, acts).length > 0);
      expect(anonymousRows.length).toBeGreaterThanOrEqual(texts.length + people.length * 2);
      for (const row of anonymousRows) {
        expect({ table: row.table, names: find(row.json, identities) }).toEqual({
          table: row.table,
          names: [],
        });
      }
      // Stored replies hold neither text nor identity nor hash, and stay small.
      for (const row of rows.filter((r) => r.table === 'idempotency_keys')) {
        expect(find(row.json, [...acts, ...identities])).toEqual([]);
        expect(row.json.length).toBeLessThan(400);
      }

      // The log (captured at trace level) has no line for a command: an address and a time beside
      // an event's rev could point at the author.
      expect(target.logs.length).toBeGreaterThan(0);
      expect(target.logs.filter((line) => line.includes('/commands'))).toEqual([]);
      for (const line of target.logs) expect(find(line, acts)).toEqual([]);

      if (place.dialect !== 'sqlite' || !place.dataDir) return;
      // Byte level, on a copy taken while the server runs: pages of the main file and -shm, and WAL
      // transactions (including old frames a checkpoint left behind).
      const units: Unit[] = dataDirUnits(place.dataDir);
      expect(units.some((u) => u.where.includes('-wal'))).toBe(true);
      const carrying = units.filter((u) => find(u.bytes, acts).length > 0);
      expect(carrying.length).toBeGreaterThan(0);
      const pairs = carrying
        .map((u) => ({ where: u.where, names: find(u.bytes, identities) }))
        .filter((p) => p.names.length > 0);
      expect(pairs).toEqual([]);
    });
  },
);

type Row = { table: string; json: string };

/** Every row of every Candor table, as JSON text. */
async function allRows(db: Db): Promise<Row[]> {
  const tables =
    db.dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(
          db.kysely,
        )
      : await sql<{
          name: string;
        }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(
          db.kysely,
        );
  const out: Row[] = [];
  for (const { name } of tables.rows) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(
      db.kysely,
    );
    for (const row of rows) out.push({ table: name, json: JSON.stringify(row) });
  }
  return out;
}
