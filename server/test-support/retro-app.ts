import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import type { Config } from '../config.js';
import { createBotService } from '../bot/service.js';
import { createIdentityDeps } from '../deps.js';
import { createLiveHub, type LiveHub } from '../live/hub.js';
import type { Db } from '../storage/db.js';
import { demo, silentLogger, testConfig, type EntraFakes } from './entra-fakes.js';

export type RetroTestApp = {
  app: FastifyInstance;
  base: string;
  db: Db;
  hub: LiveHub;
  config: Config;
  /** Every log line the app wrote (level trace), to prove no card text is logged. */
  logs: string[];
  close(): Promise<void>;
};

/**
 * The real app (Entra verifier, Graph membership against the fakes, live hub) on a given database,
 * listening on 127.0.0.1 for SSE, with its log stream captured at the most verbose level.
 */
export async function startRetroApp(
  fakes: EntraFakes,
  db: Db,
  overrides: Partial<Config> = {},
): Promise<RetroTestApp> {
  const config = { ...testConfig(fakes, '/nonexistent-data-dir'), ...overrides };
  const logs: string[] = [];
  const hub = await createLiveHub(db, { onError: () => {}, sealKey: config.hmacKey });
  const logger = { level: 'trace', stream: { write: (line: string) => void logs.push(line) } };
  const identity = createIdentityDeps(config, silentLogger);
  const bot = config.bot
    ? createBotService({
        bot: config.bot,
        config,
        db,
        membership: identity.membership,
        logger: silentLogger,
      })
    : null;
  const app = await buildApp({
    config,
    db,
    hub,
    ...identity,
    bot,
    staticDir: null,
    logger,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    app,
    base,
    db,
    hub,
    config,
    logs,
    async close() {
      app.server.closeAllConnections();
      await app.close();
      await hub.close();
    },
  };
}

export type Reply = { status: number; body: unknown; raw: string };

/** One person's API client through `app.inject`; `seen` keeps every response body they received. */
export function personClient(target: () => FastifyInstance, token: string) {
  const seen: string[] = [];
  const call = async (
    method: 'GET' | 'POST',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> => {
    const response = await target().inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}`, ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    seen.push(response.body);
    return {
      status: response.statusCode,
      body: (response.body === '' ? null : response.json()) as unknown,
      raw: response.body,
    };
  };
  return {
    seen,
    get: (url: string, headers?: Record<string, string>) => call('GET', url, undefined, headers),
    post: (url: string, payload: unknown, headers?: Record<string, string>) =>
      call('POST', url, payload, headers),
    command: (retroId: string, command: unknown, key: string = randomUUID()) =>
      call('POST', `/api/retros/${retroId}/commands`, command, { 'idempotency-key': key }),
  };
}
export type PersonClient = ReturnType<typeof personClient>;

export type Frame = { id: number; event: string; raw: string };

/** A streaming SSE reader over fetch with `Last-Event-ID`, as the live client uses it. */
export async function openStream(base: string, room: string, token: string, lastEventId?: number) {
  const controller = new AbortController();
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (lastEventId !== undefined) headers['last-event-id'] = String(lastEventId);
  const response = await fetch(`${base}/api/live/${encodeURIComponent(room)}`, {
    headers,
    signal: controller.signal,
  });
  const frames: Frame[] = [];
  const chunks: string[] = [];
  if (response.ok && response.body) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          chunks.push(value);
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const id = /^id: (\d+)$/m.exec(block)?.[1];
            const event = /^event: (.*)$/m.exec(block)?.[1];
            if (id && event) frames.push({ id: Number(id), event, raw: block });
          }
        }
      } catch {
        // Aborted by the test.
      }
    })();
  }
  return {
    status: response.status,
    frames,
    /** Every byte received, comments and heartbeats included. */
    text: () => chunks.join(''),
    async until(count: number, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (frames.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`expected ${count} live frames, got ${frames.length}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () => controller.abort(),
  };
}

/** A new meeting chat in the fake Graph with the Weekly sync's people, so tests do not share one. */
export function addMeetingChat(fakes: EntraFakes, subject: string): string {
  const chatId = `19:meeting_${randomUUID().replace(/-/g, '')}@thread.v2`;
  const template = demo.weeklySync;
  fakes.graph.data.meetings.push({
    ...template,
    id: Buffer.from(`1*${template.organizerId}*0**${chatId}`).toString('base64'),
    subject,
    chatId,
    members: template.members.map((m) => ({ ...m })),
  });
  return chatId;
}

/**
 * A new channel in the team (fake Graph) with a meeting in it: a channel meeting's chat id is the
 * channel's thread id, and its participants here are the team's members.
 */
export function addChannelMeeting(fakes: EntraFakes, teamId: string, name: string): string {
  const team = fakes.graph.data.teams.find((t) => t.id === teamId);
  if (!team) throw new Error(`No team ${teamId} in the fake Graph; see devhost/seed.ts.`);
  const chatId = `19:${randomUUID().replace(/-/g, '')}@thread.tacv2`;
  team.channels = [...(team.channels ?? []), { id: chatId, displayName: name }];
  const organizerId = team.members.find((m) => m.role === 'owner')?.userId ?? '';
  fakes.graph.data.meetings.push({
    id: Buffer.from(`1*${organizerId}*0**${chatId}`).toString('base64'),
    tenantId: team.tenantId,
    subject: name,
    chatId,
    organizerId,
    recurrence: null,
    members: team.members.map((m) => ({ ...m })),
  });
  return chatId;
}
