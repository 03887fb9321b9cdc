import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retroViewSchema } from '../../shared/retro/api.js';
import { buildApp } from '../app.js';
import { createIdentityDeps } from '../deps.js';
import { createGraphMembership } from '../graph/membership.js';
import { testDatabases } from '../test-support/databases.js';
import { demo, devApp, seededUser, silentLogger, testConfig } from '../test-support/entra-fakes.js';
import { useEntraFakes } from '../test-support/hooks.js';
import { addMeetingChat, personClient } from '../test-support/retro-app.js';
import { createLiveHub, type LiveHub } from './hub.js';

const adele = seededUser('Adele Vance');
const diego = seededUser('Diego Siciliani');
const amara = seededUser('Amara Okafor'); // a Platform member

const entra = useEntraFakes();

/** The membership cache's TTL and the streams' re-check period, short so the test runs fast. */
const refreshMs = 300;

/** An SSE reader over fetch that notices when the server ends the stream. */
async function follow(base: string, room: string, token: string) {
  const controller = new AbortController();
  const response = await fetch(`${base}/api/live/${encodeURIComponent(room)}`, {
    headers: { authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  const state = { text: '', ended: false };
  if (response.ok && response.body) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          state.text += value;
        }
      } catch {
        // Aborted by the test.
      }
      state.ended = true;
    })();
  }
  return { status: response.status, state, close: () => controller.abort() };
}

async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(testDatabases())(
  'a removed member loses their live streams on $dialect',
  (database) => {
    let app: FastifyInstance;
    let hub: LiveHub;
    let base: string;

    beforeAll(async () => {
      const db = await database.open();
      hub = await createLiveHub(db, { onError: () => {} });
      const config = {
        ...testConfig(entra.fakes, '/nonexistent-data-dir'),
        limits: { streamRecheckMs: refreshMs },
      };
      app = await buildApp({
        config,
        db,
        hub,
        ...createIdentityDeps(config, silentLogger),
        // Graph membership as production builds it, over the fake Graph, with a short cache TTL.
        membership: createGraphMembership({
          authorityHost: new URL(entra.fakes.idp.url),
          clientId: devApp.clientId,
          clientSecret: devApp.clientSecret,
          graphBaseUrl: new URL(entra.fakes.graph.url),
          ttlMs: refreshMs,
          logger: silentLogger,
        }),
        staticDir: null,
        logger: false,
      });
      await app.listen({ port: 0, host: '127.0.0.1' });
      base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    });

    afterAll(async () => {
      app?.server.closeAllConnections();
      await app?.close();
      await hub?.close();
    });

    it('ends the retro and chat streams of someone removed from the meeting chat; others stay', async () => {
      const chatId = addMeetingChat(entra.fakes, 'Removed from the meeting');
      const adeleToken = await entra.fakes.idp.issueUserToken(adele.id);
      const diegoToken = await entra.fakes.idp.issueUserToken(diego.id);
      const created = await personClient(() => app, adeleToken).post('/api/retros', {
        chatId,
        templateId: 'mad-sad-glad',
      });
      const id = retroViewSchema.parse((created.body as { retro: unknown }).retro).id;

      const diegoRetro = await follow(base, `retro:${id}`, diegoToken);
      const diegoChat = await follow(base, `chat:${chatId}`, diegoToken);
      const adeleRetro = await follow(base, `retro:${id}`, adeleToken);
      expect([diegoRetro.status, diegoChat.status, adeleRetro.status]).toEqual([200, 200, 200]);

      // Several re-checks pass while Diego is still in the meeting.
      await pause(refreshMs * 3);
      expect([diegoRetro.state.ended, diegoChat.state.ended]).toEqual([false, false]);

      const meeting = entra.fakes.graph.data.meetings.find((m) => m.chatId === chatId)!;
      meeting.members = meeting.members.filter((m) => m.userId !== diego.id);

      // Within one cache refresh plus one re-check period (with slack for a slow machine).
      await waitFor(
        () => diegoRetro.state.ended && diegoChat.state.ended,
        refreshMs * 2 + 2_000,
        "Diego's streams to end",
      );
      expect(diegoRetro.state.text).toContain('access ended');

      // Adele still follows the retro, and Diego cannot come back.
      expect(adeleRetro.state.ended).toBe(false);
      await hub.publish(`retro:${id}`, 'still.here', {});
      await waitFor(() => adeleRetro.state.text.includes('event: still.here'), 3_000, 'the event');
      expect((await follow(base, `retro:${id}`, diegoToken)).status).toBe(403);
      adeleRetro.close();
    });

    it('ends the team stream of someone removed from the team', async () => {
      const team = entra.fakes.graph.data.teams.find((t) => t.id === demo.platform.id)!;
      const before = team.members;
      const token = await entra.fakes.idp.issueUserToken(amara.id);
      const stream = await follow(base, `team:${team.id}`, token);
      expect(stream.status).toBe(200);
      try {
        team.members = team.members.filter((m) => m.userId !== amara.id);
        await waitFor(
          () => stream.state.ended,
          refreshMs * 2 + 2_000,
          "Amara's team stream to end",
        );
      } finally {
        team.members = before;
        stream.close();
      }
    });
  },
);
