import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultsResponseSchema } from '../../shared/pulse/api.js';
import { trendsSchema } from '../../shared/trends/api.js';
import { personClient, startRetroApp, type RetroTestApp } from '../test-support/retro-app.js';
import { testDatabases } from '../test-support/databases.js';
import { demo, seededUser } from '../test-support/entra-fakes.js';
import { useEntraFakes } from '../test-support/hooks.js';

const adele = seededUser('Adele Vance'); // owns Platform
const amara = seededUser('Amara Okafor'); // Platform member
const team = demo.platform.id;
const responders = demo.platform.members.map((m) => m.userId);

// k = 5. Statement e4 (index 3) has k − 1 = 4 answers: the first two people skip it. Its answers
// 1, 1, 2, 3 give a mean of 1.75 and a 100% unfavourable split, figures no other cell has.
// Answer counts differ (6 and 7), so e4 is the only statement withheld.
const sheets: (number | null)[][] = [
  [2, 6, 3, null, 3, 6, 7],
  [3, 5, 2, null, 2, 5, 6],
  [2, 6, 3, 1, 3, 6, 7],
  [4, 4, 4, 1, 4, 4, 4],
  [1, 7, 2, 2, 1, 7, 6],
  [3, 5, 3, 3, 2, 6, 5],
];
const withheldId = 'e4';
const k = 5;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every object in a JSON value, however deep. */
function objects(value: Json): { [key: string]: Json }[] {
  if (Array.isArray(value)) return value.flatMap(objects);
  if (value === null || typeof value !== 'object') return [];
  return [value, ...Object.values(value).flatMap(objects)];
}

/** Every number in a JSON value, however deep. */
function numbers(value: Json): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbers);
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(numbers);
}

/** The withheld statement appears, with no number in it, and no per-statement count anywhere. */
function expectNoNumberForWithheld(body: Json): void {
  const entries = objects(body).filter((o) => o.itemId === withheldId);
  expect(entries.length).toBeGreaterThan(0);
  for (const entry of entries) {
    expect(entry).toMatchObject({ status: 'withheld', reason: 'few-answers' });
    expect(numbers(entry)).toEqual([]);
  }
  // The withheld mean (1.75) is nowhere, and no statement carries a count of its answers.
  expect(numbers(body)).not.toContain(1.75);
  for (const item of objects(body).filter((o) => typeof o.itemId === 'string')) {
    expect(Object.keys(item).filter((key) => /count|answered|\bn\b/i.test(key))).toEqual([]);
  }
}

/** The other statements still show a number each. */
function expectOthersReleased(body: Json): void {
  const others = objects(body).filter(
    (o) => typeof o.itemId === 'string' && o.itemId !== withheldId,
  );
  expect(others.length).toBeGreaterThanOrEqual(6);
  for (const entry of others) {
    expect(entry.status).toBe('released');
    expect(typeof entry.mean).toBe('number');
  }
}

const entra = useEntraFakes();

describe.each(testDatabases())('per-statement small cells on $dialect', (database) => {
  let target: RetroTestApp;
  let pulseId: string;
  const as = async (userId: string) =>
    personClient(() => target.app, await entra.fakes.idp.issueUserToken(userId));

  beforeAll(async () => {
    target = await startRetroApp(entra.fakes, await database.open());
    const owner = await as(adele.id);
    const now = Date.now();
    const created = await owner.post(`/api/teams/${team}/pulses`, {
      title: 'Small cell',
      k,
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 86_400_000).toISOString(),
    });
    expect(created.status, created.raw).toBe(201);
    pulseId = (created.body as { pulse: { id: string } }).pulse.id;
    for (const [i, sheet] of sheets.entries()) {
      const person = await as(responders[i] ?? '');
      const sent = await person.post(`/api/pulses/${pulseId}/responses`, { answers: sheet });
      expect(sent.status, sent.raw).toBe(201);
    }
    expect((await owner.post(`/api/pulses/${pulseId}/close`, {})).status).toBe(200);
    expect((await owner.post(`/api/pulses/${pulseId}/share`, {})).status).toBe(200);
  });
  afterAll(async () => {
    await target?.close();
  });

  it('owner results: no number for the statement, the others show', async () => {
    const got = await (await as(adele.id)).get(`/api/pulses/${pulseId}/results`);
    expect(got.status, got.raw).toBe(200);
    const results = resultsResponseSchema.parse(got.body);
    if (results.status !== 'released') throw new Error('the pulse should be released');
    expect(results.n).toBe(sheets.length);
    expectNoNumberForWithheld(got.body as Json);
    expectOthersReleased(got.body as Json);
    // Overall favourability leaves e4's four unfavourable answers out: 36 answers remain.
    const favourable = sheets.flatMap((s) => s.filter((_, i) => i !== 3));
    expect(favourable).toHaveLength(36);
    expect(results.favourability).not.toBeNull();
    const shares = results.favourability ?? { favourable: 0, neutral: 0, unfavourable: 0 };
    const total = shares.favourable + shares.neutral + shares.unfavourable;
    expect(total).toBeCloseTo(1, 12);
    // Every share is a whole number of 36ths: the denominator holds no e4 answer.
    for (const share of Object.values(shares)) {
      expect(Math.abs(share * 36 - Math.round(share * 36))).toBeLessThan(1e-9);
    }
  });

  it('shared results (member view): no number for the statement, the others show', async () => {
    const got = await (await as(amara.id)).get(`/api/pulses/${pulseId}/results`);
    expect(got.status, got.raw).toBe(200);
    expect(resultsResponseSchema.parse(got.body).status).toBe('released');
    expectNoNumberForWithheld(got.body as Json);
    expectOthersReleased(got.body as Json);
  });

  it('trends, owner and member: no number for the statement, the others show', async () => {
    for (const user of [adele.id, amara.id]) {
      const got = await (await as(user)).get(`/api/teams/${team}/trends?range=all`);
      expect(got.status, got.raw).toBe(200);
      const trends = trendsSchema.parse(got.body);
      expect(trends.pulses.map((p) => p.status)).toEqual(['released']);
      expectNoNumberForWithheld(got.body as Json);
      expectOthersReleased(got.body as Json);
    }
  });

  it('CSV: the statement column says why, with no number; the other columns have theirs', async () => {
    const csv = await target.app.inject({
      method: 'GET',
      url: `/api/teams/${team}/trends.csv?range=all`,
      headers: { authorization: `Bearer ${await entra.fakes.idp.issueUserToken(adele.id)}` },
    });
    expect(csv.statusCode).toBe(200);
    const rows = csv.body
      .split('\r\n')
      .map((r) => r.split('","').map((c) => c.replace(/^"|"$/g, '')));
    const header = rows[0] ?? [];
    const row = rows.find((r) => r[0] === 'Small cell') ?? [];
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell(`item ${withheldId} mean`)).toBe('Not enough answers to this statement');
    for (const id of ['e1', 'e2', 'e3', 'e5', 'e6', 'e7']) {
      expect(Number.isFinite(Number(cell(`item ${id} mean`))), id).toBe(true);
    }
    expect(csv.body).not.toContain('1.75');
  });
});
