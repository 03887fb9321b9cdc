import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pulseResultsSchema } from '../../shared/pulse/api.js';
import { trendsSchema, type TrendPulse } from '../../shared/trends/api.js';
import { personClient, startRetroApp, type RetroTestApp } from '../test-support/retro-app.js';
import { testDatabases } from '../test-support/databases.js';
import { demo, seededUser } from '../test-support/entra-fakes.js';
import { useEntraFakes } from '../test-support/hooks.js';

const adele = seededUser('Adele Vance'); // owns Platform
const megan = seededUser('Megan Bowen'); // owns Customer Success, not in Platform
const team = demo.platform.id;
const responders = demo.platform.members.map((m) => m.userId);
const amara = seededUser('Amara Okafor'); // Platform member

const sheets: (number | null)[][] = [
  [2, 6, 3, 5, null, 6, 7],
  [1, 7, 1, 7, 1, 7, 7],
  [4, 4, 4, 4, 4, 4, 4],
  [6, 2, 5, 3, 6, 2, 1],
  [3, 5, null, 6, 2, 5, null],
  [5, 5, 5, 5, 5, 5, 5],
];

const entra = useEntraFakes();

describe.each(testDatabases())('trends API on $dialect', (database) => {
  let target: RetroTestApp;
  const as = async (userId: string) =>
    personClient(() => target.app, await entra.fakes.idp.issueUserToken(userId));

  beforeAll(async () => {
    target = await startRetroApp(entra.fakes, await database.open());
  });
  afterAll(async () => {
    await target?.close();
  });

  /** A pulse created, answered and closed through the real routes. */
  async function closedPulse(title: string, k: number, answers: (number | null)[][]) {
    const owner = await as(adele.id);
    const now = Date.now();
    const created = await owner.post(`/api/teams/${team}/pulses`, {
      title,
      k,
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 86_400_000).toISOString(),
    });
    expect(created.status, created.raw).toBe(201);
    const id = (created.body as { pulse: { id: string } }).pulse.id;
    for (const [i, sheet] of answers.entries()) {
      const person = await as(responders[i] ?? '');
      const sent = await person.post(`/api/pulses/${id}/responses`, { answers: sheet });
      expect(sent.status, sent.raw).toBe(201);
    }
    const closed = await owner.post(`/api/pulses/${id}/close`, {});
    expect(closed.status, closed.raw).toBe(200);
    return id;
  }

  let released: string;
  let small: string;
  let sharedId: string;
  it('matches computeResults on the same pulse (mean, interval, favourability, items)', async () => {
    released = await closedPulse('Released', 3, sheets);
    small = await closedPulse('Too few', 5, sheets.slice(0, 2));
    sharedId = await closedPulse('Shared', 3, sheets.slice(1, 5));
    const owner = await as(adele.id);
    expect((await owner.post(`/api/pulses/${sharedId}/share`, {})).status).toBe(200);

    const got = await owner.get(`/api/teams/${team}/trends?range=all`);
    expect(got.status, got.raw).toBe(200);
    const trends = trendsSchema.parse(got.body);
    expect(trends.role).toBe('owner');
    expect(trends.pulses.map((p) => p.pulseId)).toEqual([released, small, sharedId]);

    for (const id of [released, sharedId]) {
      const expected = pulseResultsSchema.parse(
        (await owner.get(`/api/pulses/${id}/results`)).body,
      );
      const actual = trends.pulses.find((p) => p.pulseId === id);
      if (actual?.status !== 'released') throw new Error(`${id} should be released`);
      expect(actual.n).toBe(expected.n);
      expect(actual.invited).toBe(expected.invited);
      expect(actual.responseRate).toBeCloseTo(expected.responseRate, 12);
      expect(actual.mean).toBeCloseTo(expected.mean, 10);
      expect(actual.score100).toBeCloseTo(expected.score100, 8);
      expect(actual.interval.low).toBeCloseTo(expected.interval.low, 9);
      expect(actual.interval.high).toBeCloseTo(expected.interval.high, 9);
      for (const band of ['favourable', 'neutral', 'unfavourable'] as const) {
        expect(actual.favourability?.[band]).toBeCloseTo(expected.favourability?.[band] ?? NaN, 12);
      }
      expect(actual.items.map((i) => i.itemId)).toEqual(expected.items.map((i) => i.itemId));
      expect(actual.items.map((i) => i.reversed)).toEqual(expected.items.map((i) => i.reversed));
      expect(actual.items.map((i) => i.status)).toEqual(expected.items.map((i) => i.status));
      actual.items.forEach((item, i) => {
        const want = expected.items[i];
        if (item.status === 'released' && want?.status === 'released') {
          expect(item.mean).toBeCloseTo(want.mean, 10);
        }
      });
    }
    // The one change skips the pulse with too few responses: released → shared.
    expect(trends.changes.map((c) => [c.fromPulseId, c.toPulseId, c.change.kind])).toEqual([
      [released, sharedId, 'change'],
    ]);
  });

  it('gives a below-threshold pulse no number but invited, in JSON and CSV', async () => {
    const owner = await as(adele.id);
    const trends = trendsSchema.parse((await owner.get(`/api/teams/${team}/trends`)).body);
    const gap = trends.pulses.find((p) => p.pulseId === small);
    expect(gap).toEqual({
      status: 'not-enough-responses',
      pulseId: small,
      title: 'Too few',
      closedAt: expect.any(String) as string,
      itemSetId: 'edmondson-1999-7',
      shared: false,
      invited: demo.platform.members.length,
    } satisfies TrendPulse);

    const csv = await target.app.inject({
      method: 'GET',
      url: `/api/teams/${team}/trends.csv?range=12m`,
      headers: { authorization: `Bearer ${await entra.fakes.idp.issueUserToken(adele.id)}` },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
    // Every cell is quoted; no cell here holds a quote or a comma, so splitting on "," is safe.
    const rows = csv.body
      .split('\r\n')
      .map((r) => r.split(',').map((c) => c.replace(/^"|"$/g, '')));
    const gapRow = rows.find((r) => r[0] === 'Too few');
    expect(gapRow).toEqual([
      'Too few',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      'not enough responses',
    ]);
    const releasedRow = rows.find((r) => r[0] === 'Released');
    expect(releasedRow?.[2]).toBe('released');
    expect(Number(releasedRow?.[3])).toBe(sheets.length);
    expect(rows).toContainEqual(['retro health', 'value']);

    const german = await target.app.inject({
      method: 'GET',
      url: `/api/teams/${team}/trends.csv?range=12m`,
      headers: {
        authorization: `Bearer ${await entra.fakes.idp.issueUserToken(adele.id)}`,
        'accept-language': 'de-DE',
      },
    });
    const germanRows = german.body
      .split('\r\n')
      .map((r) => r.split(',').map((c) => c.replace(/^"|"$/g, '')));
    expect(germanRows[0]?.slice(0, 3)).toEqual(['Pulsbefragung', 'beendet', 'Status']);
    expect(germanRows.find((r) => r[0] === 'Too few')?.[2]).toBe('nicht genug Antworten');
    expect(germanRows).toContainEqual(['Retro-Zustand', 'Wert']);
  });

  it('shows members only shared pulses and no retro health; CSV and linking are refused', async () => {
    const member = await as(amara.id);
    const got = await member.get(`/api/teams/${team}/trends?range=3m`);
    expect(got.status, got.raw).toBe(200);
    const trends = trendsSchema.parse(got.body);
    expect(trends.role).toBe('member');
    expect(trends.pulses.map((p) => p.pulseId)).toEqual([sharedId]);
    expect(trends.retroHealth).toBeNull();
    expect((await member.get(`/api/teams/${team}/trends.csv`)).status).toBe(403);
    const link = await member.post(`/api/teams/${team}/linked-meetings`, {
      chatId: demo.weeklySync.chatId,
    });
    expect(link.status).toBe(403);
    expect((await member.get(`/api/teams/${team}/linked-meetings`)).status).toBe(403);
  });

  it('refuses another team, and a bad range', async () => {
    const outsider = await as(megan.id);
    expect((await outsider.get(`/api/teams/${team}/trends`)).status).toBe(403);
    expect((await outsider.get(`/api/teams/${team}/trends.csv`)).status).toBe(403);
    const owner = await as(adele.id);
    expect((await owner.get(`/api/teams/${team}/trends?range=2y`)).status).toBe(400);
  });

  it('reports the change between consecutive released pulses', async () => {
    const later = await closedPulse('Later', 3, sheets.slice(0, 5));
    const owner = await as(adele.id);
    const trends = trendsSchema.parse((await owner.get(`/api/teams/${team}/trends`)).body);
    const from = trends.pulses.find((p) => p.pulseId === sharedId);
    const to = trends.pulses.find((p) => p.pulseId === later);
    if (from?.status !== 'released' || to?.status !== 'released') throw new Error('released');
    const last = trends.changes.at(-1);
    expect(last).toMatchObject({ fromPulseId: sharedId, toPulseId: later });
    if (last?.change.kind !== 'change') throw new Error('expected a change');
    expect(last.change.difference).toBeCloseTo(to.mean - from.mean, 12);
    expect(last.change.interval.low).toBeLessThan(last.change.difference);
    expect(last.change.direction).toBe('no-clear-change');
  });

  it('exports a hostile title quoted and defused, so no spreadsheet runs it', async () => {
    const title = `safe;=cmd|' /C calc'!A0`;
    await closedPulse(title, 5, sheets.slice(0, 2));
    const csv = await target.app.inject({
      method: 'GET',
      url: `/api/teams/${team}/trends.csv?range=all`,
      headers: { authorization: `Bearer ${await entra.fakes.idp.issueUserToken(adele.id)}` },
    });
    expect(csv.statusCode).toBe(200);
    const row = csv.body.split('\r\n').find((r) => r.startsWith('"safe;'));
    // Before csv-stringify this row was unquoted: a ; locale split it and ran =cmd as a formula.
    expect(row).toMatch(
      /^"safe;'=cmd\|' \/C calc'!A0","\d{4}-\d{2}-\d{2}","not enough responses"$/,
    );
    for (const piece of (row ?? '').split(/[,;]/))
      expect(piece.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
  });
});
