import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minAnsweredItems } from '../../shared/pulse/items.js';
import type { Config } from '../../server/config.js';
import { openDatabase, type Db } from '../../server/storage/db.js';
import {
  demo,
  seed,
  startEntraFakes,
  testConfig,
  type EntraFakes,
} from '../../server/test-support/entra-fakes.js';
import { demoMarkerFile, generateDemoData, type DemoDataResult } from './generate.js';

const today = new Date('2026-11-26T12:00:00.000Z');
const dayMs = 24 * 60 * 60 * 1000;

let fakes: EntraFakes;
let dataDir: string;
let config: Config;
let first: DemoDataResult;
let db: Db;

beforeAll(async () => {
  fakes = await startEntraFakes();
  dataDir = mkdtempSync(join(tmpdir(), 'candor-demo-data-'));
  config = testConfig(fakes, dataDir);
  first = await generateDemoData({ config, idp: fakes.idp, today });
  db = await openDatabase(config.storage);
}, 120_000);

afterAll(async () => {
  await db?.close();
  await fakes?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const closedPulses = (teamId: string) =>
  db.kysely
    .selectFrom('pulses')
    .selectAll()
    .where('team_id', '=', teamId)
    .where('status', '=', 'closed')
    .orderBy('opens_at')
    .execute();

/** Responses that count (≥ 5 of 7 answered), per pulse. */
async function countedResponses(pulseId: string): Promise<number> {
  const rows = await db.kysely
    .selectFrom('pulse_responses')
    .select(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'])
    .where('pulse_id', '=', pulseId)
    .execute();
  return rows.filter((r) => Object.values(r).filter((v) => v !== null).length >= minAnsweredItems)
    .length;
}

describe('demo data', () => {
  it('ran within the time budget and seeded both teams and the weekly sync', () => {
    expect(first.skipped).toBe(false);
    if (first.skipped) return;
    expect(first.ms).toBeLessThan(30_000);
    expect(first.pulseTeams.sort()).toEqual([demo.platform.id, demo.customerSuccess.id].sort());
    expect(first.retros).toBeGreaterThanOrEqual(25);
    expect(first.shared).toBeGreaterThan(4);
    expect(first.linked).toBe(true);
  });

  it("links the weekly sync to Platform, so its retros count in Platform's retro health", async () => {
    const links = await db.kysely.selectFrom('team_meeting_links').selectAll().execute();
    expect(links.map((l) => [l.team_id, l.chat_id, l.linked_by])).toEqual([
      [demo.platform.id, demo.weeklySync.chatId, demo.weeklySync.organizerId],
    ]);
  });

  it('closes about 52 weekly pulses per team, one a week, with N from Graph', async () => {
    for (const team of [demo.platform, demo.customerSuccess]) {
      const closed = await closedPulses(team.id);
      expect(closed.length).toBeGreaterThanOrEqual(51);
      expect(closed.length).toBeLessThanOrEqual(53);
      expect(new Set(closed.map((p) => p.invited))).toEqual(new Set([team.members.length]));
      for (let i = 1; i < closed.length; i++) {
        const gap =
          Date.parse(closed[i]?.opens_at ?? '') - Date.parse(closed[i - 1]?.opens_at ?? '');
        expect(gap).toBe(7 * dayMs);
      }
      expect(closed.every((p) => (p.closed_at ?? '') <= today.toISOString())).toBe(true);
      // This week's instance waits for the real scheduler and real answers.
      const upcoming = await db.kysely
        .selectFrom('pulses')
        .select(['status', 'closes_at'])
        .where('team_id', '=', team.id)
        .where('status', 'in', ['scheduled', 'open'])
        .execute();
      expect(upcoming).toHaveLength(1);
      expect((upcoming[0]?.closes_at ?? '') > today.toISOString()).toBe(true);
    }
  });

  it('leaves at least one pulse below its threshold and most above', async () => {
    const closed = await closedPulses(demo.platform.id);
    const counts = await Promise.all(closed.map((p) => countedResponses(p.id)));
    const below = closed.filter((p, i) => (counts[i] ?? 0) < p.k);
    expect(below.length).toBeGreaterThanOrEqual(1);
    expect(below.length).toBeLessThan(closed.length / 4);
    expect(below.every((p) => p.shared === 0)).toBe(true);
  });

  it('stores responses with no user id and no time', async () => {
    const rows = await db.kysely.selectFrom('pulse_responses').selectAll().execute();
    expect(rows.length).toBeGreaterThan(1000);
    const userIds = new Set(seed.users.map((u) => u.id));
    const allowed = ['pulse_id', 'id', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'comment'];
    for (const row of rows) {
      expect(Object.keys(row).every((k) => allowed.includes(k))).toBe(true);
      expect(Object.values(row).some((v) => typeof v === 'string' && userIds.has(v))).toBe(false);
    }
  });

  it('holds a retro every 14 days with actions, answers, and items done, late and overdue', async () => {
    const retros = await db.kysely
      .selectFrom('retros')
      .selectAll()
      .where('chat_id', '=', demo.weeklySync.chatId)
      .orderBy('created_at')
      .execute();
    expect(retros.length).toBe(first.skipped ? -1 : first.retros);
    expect(retros.every((r) => r.status === 'ended' && r.phase === 'close')).toBe(true);
    for (let i = 1; i < retros.length; i++) {
      const gap =
        Date.parse(retros[i]?.created_at ?? '') - Date.parse(retros[i - 1]?.created_at ?? '');
      expect(gap).toBe(14 * dayMs);
    }
    const actions = await db.kysely.selectFrom('retro_actions').selectAll().execute();
    const perRetro = new Set(actions.map((a) => a.retro_id));
    expect(perRetro.size).toBe(retros.length);
    const done = actions.filter((a) => a.status === 'done');
    const overdue = actions.filter(
      (a) => a.status === 'open' && a.due_date < today.toISOString().slice(0, 10),
    );
    expect(done.length).toBeGreaterThan(actions.length / 3);
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    // Done at a later retro's review: some by their due date, some after it.
    const onTime = done.filter((a) => (a.status_changed_at ?? '').slice(0, 10) <= a.due_date);
    expect(onTime.length).toBeGreaterThanOrEqual(1);
    expect(onTime.length).toBeLessThan(done.length);
    const answers = await db.kysely
      .selectFrom('retro_answers')
      .select(['kind', 'retro_id'])
      .execute();
    for (const kind of ['safety', 'roti']) {
      const retrosAnswered = new Set(answers.filter((a) => a.kind === kind).map((a) => a.retro_id));
      expect(retrosAnswered.size).toBe(retros.length);
    }
  });

  it('does nothing on a second run, and adds nothing even without its marker', async () => {
    const count = async () => ({
      pulses: (await db.kysely.selectFrom('pulses').select('id').execute()).length,
      responses: (await db.kysely.selectFrom('pulse_responses').select('id').execute()).length,
      retros: (await db.kysely.selectFrom('retros').select('id').execute()).length,
      actions: (await db.kysely.selectFrom('retro_actions').select('id').execute()).length,
    });
    const before = await count();
    const again = await generateDemoData({ config, idp: fakes.idp, today });
    expect(again).toEqual({ skipped: true });
    rmSync(demoMarkerFile(dataDir));
    const fresh = await generateDemoData({ config, idp: fakes.idp, today });
    expect(fresh.skipped).toBe(false);
    if (!fresh.skipped) {
      expect(fresh.pulseTeams).toEqual([]);
      expect(fresh.retros).toBe(0);
    }
    expect(await count()).toEqual(before);
  }, 60_000);
});
