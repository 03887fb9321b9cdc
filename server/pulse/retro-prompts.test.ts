import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../shared/api.js';
import { retroViewSchema, sentPromptsSchema } from '../../shared/retro/api.js';
import { testDatabases } from '../test-support/databases.js';
import { demo } from '../test-support/entra-fakes.js';
import { useEntraFakes } from '../test-support/hooks.js';
import {
  personClient,
  startRetroApp,
  type PersonClient,
  type RetroTestApp,
} from '../test-support/retro-app.js';

const entra = useEntraFakes();
const team = demo.platform;
const meeting = demo.weeklySync;
const ownerId = team.members.find((m) => m.role === 'owner')!.userId;
const memberIds = team.members.filter((m) => m.role !== 'owner').map((m) => m.userId);

describe.each(testDatabases())('pulse prompts into the next retro on $dialect', (database) => {
  let target: RetroTestApp;
  const as = async (userId: string): Promise<PersonClient> =>
    personClient(() => target.app, await entra.fakes.idp.issueUserToken(userId));

  beforeAll(async () => {
    target = await startRetroApp(entra.fakes, await database.open());
  });
  afterAll(async () => {
    await target?.close();
  });

  /** A pulse with k = 3 and these answers, closed by the owner. */
  async function closedPulse(answers: (number | null)[][]): Promise<string> {
    const owner = await as(ownerId);
    const now = Date.now();
    const created = await owner.post(`/api/teams/${team.id}/pulses`, {
      title: `Prompted ${randomUUID()}`,
      k: 3,
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 86_400_000).toISOString(),
    });
    expect(created.status, created.raw).toBe(201);
    const id = (created.body as { pulse: { id: string } }).pulse.id;
    for (const [i, a] of answers.entries()) {
      const sent = await (
        await as(memberIds[i]!)
      ).post(`/api/pulses/${id}/responses`, {
        answers: a,
      });
      expect(sent.status, sent.raw).toBe(201);
    }
    const closed = await owner.post(`/api/pulses/${id}/close`, {});
    expect(closed.status, closed.raw).toBe(200);
    return id;
  }

  async function startRetro() {
    const facilitator = await as(meeting.organizerId);
    const created = await facilitator.post(
      '/api/retros',
      { chatId: meeting.chatId, templateId: 'start-stop-continue' },
      { 'idempotency-key': randomUUID() },
    );
    expect(created.status, created.raw).toBe(201);
    return retroViewSchema.parse((created.body as { retro: unknown }).retro);
  }

  async function endRetro(retroId: string) {
    const ended = await (await as(meeting.organizerId)).command(retroId, { type: 'end' });
    expect(ended.status, ended.raw).toBe(200);
  }

  const send = async (userId: string, pulseId: string) =>
    (await as(userId)).post(`/api/pulses/${pulseId}/retro-prompts`, {});
  const message = (body: unknown) => apiErrorSchema.parse(body).error.message;

  it('sends the lowest released statements to the next retro only, never a withheld one', async () => {
    // e7 would score lowest, but only 2 of 3 people answered it (k = 3): it must never be sent.
    const pulseId = await closedPulse([
      [2, 6, 2, 6, 2, 6, 1],
      [2, 6, 2, 6, 2, 6, 1],
      [6, 6, 2, 6, 2, 6, null],
    ]);
    // No meeting yet: a clear refusal.
    const unlinked = await send(ownerId, pulseId);
    expect(unlinked.status).toBe(409);
    expect(message(unlinked.body)).toMatch(/no retro meetings yet/);
    const linked = await (
      await as(ownerId)
    ).post(`/api/teams/${team.id}/linked-meetings`, { chatId: meeting.chatId });
    expect(linked.status, linked.raw).toBe(201);

    // Only owners send.
    expect((await send(memberIds[0]!, pulseId)).status).toBe(403);

    const running = await startRetro();
    expect(running.pulsePrompt).toBeNull();
    const sent = await send(ownerId, pulseId);
    expect(sent.status, sent.raw).toBe(200);
    expect(sentPromptsSchema.parse(sent.body).meetings).toBe(1);
    // Sending again changes nothing.
    expect((await send(ownerId, pulseId)).status).toBe(200);
    const rows = await target.db.kysely
      .selectFrom('retro_pulse_prompts')
      .selectAll()
      .where('pulse_id', '=', pulseId)
      .execute();
    expect(rows).toHaveLength(1);
    // Team-level figures only: no count of people, no answer, no comment.
    expect(Object.keys(JSON.parse(rows[0]!.prompt) as object).sort()).toEqual([
      'change',
      'closedAt',
      'pulseId',
      'pulseTitle',
      'score100',
      'statements',
    ]);

    // The retro that was already running does not get it; the next one does.
    const stillRunning = await (await as(meeting.organizerId)).get(`/api/retros/${running.id}`);
    expect(retroViewSchema.parse(stillRunning.body).pulsePrompt).toBe(null);
    await endRetro(running.id);
    const next = await startRetro();
    const prompt = next.pulsePrompt;
    expect(prompt).not.toBeNull();
    expect(prompt!.pulseId).toBe(pulseId);
    const ids = prompt!.statements.map((s) => s.itemId);
    expect(ids).not.toContain('e7');
    expect(ids[0]).toBe('e1');
    expect(prompt!.statements[0]!.score100).toBeCloseTo(((8 - 10 / 3 - 1) / 6) * 100, 5);
    expect(prompt!.change).toBeNull();
    // Every participant's view carries it, members outside the team included.
    const guest = meeting.members.find((m) => !team.members.some((t) => t.userId === m.userId));
    const guestView = await (await as(guest!.userId)).get(`/api/retros/${next.id}`);
    expect(retroViewSchema.parse(guestView.body).pulsePrompt).toEqual(prompt);

    // And only that one retro.
    await endRetro(next.id);
    const after = await startRetro();
    expect(after.pulsePrompt).toBeNull();
    await endRetro(after.id);
  });

  it('refuses an open pulse and one below k, saying why', async () => {
    const owner = await as(ownerId);
    const now = Date.now();
    const open = await owner.post(`/api/teams/${team.id}/pulses`, {
      k: 3,
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 86_400_000).toISOString(),
    });
    const openId = (open.body as { pulse: { id: string } }).pulse.id;
    const early = await send(ownerId, openId);
    expect(early.status).toBe(409);
    expect(message(early.body)).toMatch(/still open/);

    const few = await closedPulse([
      [5, 5, 5, 5, 5, 5, 5],
      [5, 5, 5, 5, 5, 5, 5],
    ]);
    const refused = await send(ownerId, few);
    expect(refused.status).toBe(409);
    expect(message(refused.body)).toMatch(/too few responses/);
    const german = await (
      await as(ownerId)
    ).post(`/api/pulses/${few}/retro-prompts`, {}, { 'accept-language': 'de-DE' });
    expect(message(german.body)).toMatch(/zu wenige Antworten/);
  });
});
