import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { meContextSchema } from '../../../shared/api.js';
import { pulseListSchema, resultsResponseSchema } from '../../../shared/pulse/api.js';
import { earlyStatusSchema } from '../../../shared/retro/early.js';
import {
  retroHistorySchema,
  retroSummarySchema,
  retroViewSchema,
  sentPromptsSchema,
  settingUpSchema,
} from '../../../shared/retro/api.js';
import {
  linkableMeetingsSchema,
  linkedMeetingsSchema,
  trendsSchema,
} from '../../../shared/trends/api.js';
import { todoLinkSchema, todoLinksSchema } from '../../../shared/todo/api.js';
import { devApp } from '../../../server/test-support/entra-fakes.js';
import { savedFormatResultSchema, savedFormatsSchema } from '../../../shared/formats/api.js';
import type { Kind } from './callers.js';
import type { World } from './world.js';

export type Request = {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  body?: object;
  headers?: Record<string, string>;
  /** A live stream: opened over a socket, checked, and closed. */
  stream?: boolean;
};

export type Reply = { status: number; body: unknown; headers: Record<string, string> };

export type Case = {
  /** The route as Fastify registers it: `METHOD url`. */
  route: string;
  name: string;
  /** `fresh` asks for resources of its own, for a request that changes them for good. */
  request(world: World, fresh: boolean): Request | Promise<Request>;
  /** Statuses by caller kind, in the order of `kinds`. */
  expect: Readonly<Record<Kind, number>>;
  /** For a 2xx: the body is about this resource. */
  check(reply: Reply, world: World): void;
  /** Its request changes state, so each signed-in caller gets fresh resources. */
  fresh?: boolean;
};

/** none, bad token, other tenant, outsider, member, owner, participant, facilitator. */
const row = (...statuses: number[]): Record<Kind, number> => {
  const [none, bad, otherTenant, outsider, member, owner, participant, facilitator] = statuses;
  return { none, bad, otherTenant, outsider, member, owner, participant, facilitator } as Record<
    Kind,
    number
  >;
};

const q = encodeURIComponent;
const json = (reply: Reply) => reply.body as Record<string, unknown>;
const retroOf = (reply: Reply) =>
  retroViewSchema.parse((json(reply).retro as unknown) ?? reply.body);
const pulseOf = (reply: Reply) => (json(reply).pulse ?? {}) as { id?: string; status?: string };
const get = (url: string): Request => ({ method: 'GET', url });
const post = (url: string, body: object = {}): Request => ({ method: 'POST', url, body });
const command = (w: World, body: object): Request => ({
  ...post(`/api/retros/${w.retroId}/commands`, body),
  headers: { 'idempotency-key': randomUUID() },
});
const isStream = (reply: Reply) =>
  expect(reply.headers['content-type']).toMatch(/^text\/event-stream/);

/**
 * Every route × every caller kind. The retro's participants (participant, facilitator) are not
 * the team's owner or its plain member; the facilitator is also a plain member of the team.
 */
// prettier-ignore
export const matrix: Case[] = [
  // Columns of row():  none  bad  other-tenant  outsider  member  owner  participant  facilitator
  //          expect: row(non, bad, oth, out, mem, own, par, fac)
  { route: 'GET /api/health', name: 'health',
    request: () => get('/api/health'),
    expect: row(200, 200, 200, 200, 200, 200, 200, 200),
    check: (r) => expect(json(r).status).toBe('ok') },
  { route: 'GET /api/health/client-config', name: 'client config',
    request: () => get('/api/health/client-config'),
    expect: row(200, 200, 200, 200, 200, 200, 200, 200),
    check: (r) => expect(json(r).clientId).toBe(devApp.clientId) },
  { route: 'GET /api/me/context', name: 'me in the team',
    request: (w) => get(`/api/me/context?teamId=${w.teamId}`),
    expect: row(401, 401, 403, 403, 200, 200, 403, 200),
    check: (r, w) => expect(meContextSchema.parse(r.body).scope).toEqual({ kind: 'team', id: w.teamId }) },
  { route: 'GET /api/me/context', name: 'me in the meeting chat',
    request: (w) => get(`/api/me/context?chatId=${q(w.chatId)}`),
    expect: row(401, 401, 403, 403, 403, 403, 200, 200),
    check: (r, w) => expect(meContextSchema.parse(r.body).scope).toEqual({ kind: 'chat', id: w.chatId }) },
  { route: 'GET /api/teams/:teamId/pulses', name: "the team's pulses",
    request: (w) => get(`/api/teams/${w.teamId}/pulses`),
    expect: row(401, 401, 403, 403, 200, 200, 403, 200),
    check: (r, w) => expect(pulseListSchema.parse(r.body).pulses.map((p) => p.id)).toContain(w.pulseOpen) },
  { route: 'POST /api/teams/:teamId/pulses', name: 'create a pulse',
    request: (w) => post(`/api/teams/${w.teamId}/pulses`, {
      title: 'Matrix pulse',
      opensAt: new Date(Date.now() + 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    }),
    expect: row(401, 401, 403, 403, 403, 201, 403, 403),
    check: (r) => expect(json(r).pulse).toMatchObject({ title: 'Matrix pulse', status: 'scheduled' }) },
  { route: 'GET /api/pulses/:id', name: 'an open pulse',
    request: (w) => get(`/api/pulses/${w.pulseOpen}`),
    expect: row(401, 401, 404, 403, 200, 200, 403, 200),
    check: (r, w) => expect(pulseOf(r).id).toBe(w.pulseOpen) },
  { route: 'GET /api/pulses/:id', name: 'a closed pulse not shared',
    request: (w) => get(`/api/pulses/${w.pulseUnshared}`),
    expect: row(401, 401, 404, 403, 403, 200, 403, 403),
    check: (r, w) => expect(pulseOf(r).id).toBe(w.pulseUnshared) },
  { route: 'POST /api/pulses/:id/responses', name: 'answer an open pulse',
    request: (w) => post(`/api/pulses/${w.pulseOpen}/responses`, { answers: [4, 4, 4, 4, 4, 4, 4] }),
    expect: row(401, 401, 404, 403, 201, 201, 403, 201),
    check: (r) => expect(json(r).received).toBe(true) },
  { route: 'POST /api/pulses/:id/close', name: 'close a pulse', fresh: true,
    request: async (w, fresh) => post(`/api/pulses/${fresh ? await w.freshOpenPulse() : w.pulseOpen}/close`),
    expect: row(401, 401, 404, 403, 403, 200, 403, 403),
    check: (r) => expect(pulseOf(r).status).toBe('closed') },
  { route: 'POST /api/pulses/:id/cancel', name: 'cancel a pulse', fresh: true,
    request: async (w, fresh) => post(`/api/pulses/${fresh ? await w.freshOpenPulse() : w.pulseOpen}/cancel`),
    expect: row(401, 401, 404, 403, 403, 200, 403, 403),
    check: (r) => expect(pulseOf(r).status).toBe('cancelled') },
  { route: 'POST /api/pulses/:id/share', name: 'share results (again)',
    request: (w) => post(`/api/pulses/${w.pulseShared}/share`),
    expect: row(401, 401, 404, 403, 403, 200, 403, 403),
    check: (r, w) => expect(pulseOf(r)).toMatchObject({ id: w.pulseShared, shared: true }) },
  { route: 'POST /api/pulses/:id/unshare', name: 'stop sharing (a pulse never shared)',
    request: (w) => post(`/api/pulses/${w.pulseUnshared}/unshare`),
    expect: row(401, 401, 404, 403, 403, 200, 403, 403),
    check: (r, w) => expect(pulseOf(r)).toMatchObject({ id: w.pulseUnshared, shared: false }) },
  { route: 'POST /api/pulses/:id/retro-prompts', name: 'send results to the next retro',
    request: (w) => post(`/api/pulses/${w.pulseShared}/retro-prompts`),
    expect: row(401, 401, 404, 403, 403, 200, 403, 403),
    check: (r) => expect(sentPromptsSchema.parse(r.body).meetings).toBeGreaterThanOrEqual(1) },
  { route: 'GET /api/pulses/:id/results', name: 'shared results',
    request: (w) => get(`/api/pulses/${w.pulseShared}/results`),
    expect: row(401, 401, 404, 403, 200, 200, 403, 200),
    check: (r, w) => expect(resultsResponseSchema.parse(r.body).pulseId).toBe(w.pulseShared) },
  { route: 'GET /api/pulses/:id/results', name: 'results not shared',
    request: (w) => get(`/api/pulses/${w.pulseUnshared}/results`),
    expect: row(401, 401, 404, 403, 403, 200, 403, 403),
    check: (r, w) => expect(resultsResponseSchema.parse(r.body).pulseId).toBe(w.pulseUnshared) },
  { route: 'GET /api/live/*', name: "the team's live room",
    request: (w) => ({ ...get(`/api/live/${q(`team:${w.teamId}`)}`), stream: true }),
    expect: row(401, 401, 403, 403, 200, 200, 403, 200),
    check: isStream },
  { route: 'GET /api/live/*', name: "the meeting chat's live room",
    request: (w) => ({ ...get(`/api/live/${q(`chat:${w.chatId}`)}`), stream: true }),
    expect: row(401, 401, 403, 403, 403, 403, 200, 200),
    check: isStream },
  { route: 'GET /api/live/*', name: "the retro's live room",
    request: (w) => ({ ...get(`/api/live/${q(`retro:${w.retroId}`)}`), stream: true }),
    expect: row(401, 401, 404, 403, 403, 403, 200, 200),
    check: isStream },
  { route: 'POST /api/retros', name: 'start a retro', fresh: true,
    request: (w, fresh) => post('/api/retros', {
      chatId: fresh ? w.freshChat() : w.chatId,
      templateId: 'mad-sad-glad',
    }),
    expect: row(401, 401, 403, 403, 403, 403, 201, 201),
    check: (r) => expect(retroOf(r).templateId).toBe('mad-sad-glad') },
  { route: 'GET /api/retros/current', name: "the meeting's current retro",
    request: (w) => get(`/api/retros/current?chatId=${q(w.chatId)}`),
    expect: row(401, 401, 403, 403, 403, 403, 200, 200),
    check: (r, w) => expect(retroOf(r).id).toBe(w.retroId) },
  { route: 'POST /api/retros/setting-up', name: 'say the start form is open',
    request: (w) => post('/api/retros/setting-up', { chatId: w.chatId, open: true }),
    expect: row(401, 401, 403, 403, 403, 403, 204, 204),
    check: () => undefined },
  { route: 'GET /api/retros/setting-up', name: 'who is setting up a retro',
    request: (w) => get(`/api/retros/setting-up?chatId=${q(w.chatId)}`),
    expect: row(401, 401, 403, 403, 403, 403, 200, 200),
    check: (r) => expect(settingUpSchema.parse(r.body).people).toBeInstanceOf(Array) },
  { route: 'POST /api/retros/:id/leave', name: 'leave the retro (panel closed)',
    request: (w) => post(`/api/retros/${w.retroId}/leave`),
    expect: row(401, 401, 404, 403, 403, 403, 204, 204),
    check: () => undefined },
  { route: 'GET /api/retros/history', name: "the meeting's retro history",
    request: (w) => get(`/api/retros/history?chatId=${q(w.chatId)}`),
    expect: row(401, 401, 403, 403, 403, 403, 200, 200),
    check: (r, w) => expect(retroHistorySchema.parse(r.body).retros.map((x) => x.id)).toEqual([w.retroId]) },
  { route: 'GET /api/retros/:id', name: 'a retro',
    request: (w) => get(`/api/retros/${w.retroId}`),
    expect: row(401, 401, 404, 403, 403, 403, 200, 200),
    check: (r, w) => expect(retroOf(r)).toMatchObject({ id: w.retroId, chatId: w.chatId }) },
  { route: 'GET /api/retros/:id/early', name: "a retro's reminder before the meeting",
    request: (w) => get(`/api/retros/${w.retroId}/early`),
    expect: row(401, 401, 404, 403, 403, 403, 200, 200),
    check: (r) => expect(earlyStatusSchema.parse(r.body).reminder).toBeNull() },
  { route: 'GET /api/retros/:id/summary', name: "an ended retro's summary",
    request: (w) => get(`/api/retros/${w.endedRetroId}/summary`),
    expect: row(401, 401, 404, 403, 403, 403, 200, 200),
    check: (r, w) => expect(retroSummarySchema.parse(r.body).retroId).toBe(w.endedRetroId) },
  { route: 'GET /api/retros/:id/summary', name: "a running retro's summary (ready at Close)",
    request: (w) => get(`/api/retros/${w.retroId}/summary`),
    expect: row(401, 401, 404, 403, 403, 403, 409, 409),
    check: () => undefined },
  { route: 'POST /api/retros/:id/commands', name: "anyone's command (setReady)",
    request: (w) => command(w, { type: 'setReady', ready: true }),
    expect: row(401, 401, 404, 403, 403, 403, 200, 200),
    check: (r, w) => expect(retroOf(r).id).toBe(w.retroId) },
  { route: 'POST /api/retros/:id/commands', name: "the facilitator's command (startTimer)",
    request: (w) => command(w, { type: 'startTimer', seconds: 60 }),
    expect: row(401, 401, 404, 403, 403, 403, 409, 200),
    check: (r, w) => expect(retroOf(r).id).toBe(w.retroId) },
  { route: 'GET /api/formats', name: "the meeting's saved formats",
    request: (w) => get(`/api/formats?chatId=${q(w.chatId)}`),
    expect: row(401, 401, 403, 403, 403, 403, 200, 200),
    check: (r) => expect(savedFormatsSchema.parse(r.body).scope).toBe('chat') },
  { route: 'POST /api/formats', name: 'save a custom format for the meeting',
    request: (w) => post('/api/formats', {
      chatId: w.chatId,
      name: `Matrix ${randomUUID().slice(0, 8)}`,
      columns: [{ id: 'a', title: 'Went well', prompt: '' }, { id: 'b', title: 'To try', prompt: '' }],
    }),
    expect: row(401, 401, 403, 403, 403, 403, 201, 201),
    check: (r) => expect(savedFormatResultSchema.parse(r.body).format.columns).toHaveLength(2) },
  { route: 'DELETE /api/formats/:id', name: "delete the facilitator's saved format", fresh: true,
    request: async (w) => ({ method: 'DELETE', url: `/api/formats/${await w.freshFormat()}` }),
    expect: row(401, 401, 404, 403, 403, 403, 403, 204),
    check: () => undefined },
  { route: 'GET /api/teams/:teamId/trends', name: "the team's trends",
    request: (w) => get(`/api/teams/${w.teamId}/trends?range=all`),
    expect: row(401, 401, 403, 403, 200, 200, 403, 200),
    check: (r, w) => expect(trendsSchema.parse(r.body).pulses.map((p) => p.pulseId)).toContain(w.pulseShared) },
  { route: 'GET /api/teams/:teamId/trends.csv', name: "the team's trends as CSV",
    request: (w) => get(`/api/teams/${w.teamId}/trends.csv?range=all`),
    expect: row(401, 401, 403, 403, 403, 200, 403, 403),
    check: (r) => expect(r.headers['content-type']).toMatch(/^text\/csv/) },
  { route: 'GET /api/teams/:teamId/linked-meetings', name: "the team's linked meetings",
    request: (w) => get(`/api/teams/${w.teamId}/linked-meetings`),
    expect: row(401, 401, 403, 403, 403, 200, 403, 403),
    check: (r) => expect(linkedMeetingsSchema.parse(r.body).links).toBeInstanceOf(Array) },
  { route: 'GET /api/teams/:teamId/linkable-meetings', name: 'meetings the caller may link',
    request: (w) => get(`/api/teams/${w.teamId}/linkable-meetings`),
    expect: row(401, 401, 403, 403, 403, 200, 403, 403),
    check: (r) => expect(linkableMeetingsSchema.parse(r.body).candidates).toBeInstanceOf(Array) },
  { route: 'POST /api/teams/:teamId/linked-meetings', name: "link the owner's meeting",
    request: (w) => post(`/api/teams/${w.teamId}/linked-meetings`, { chatId: w.ownerChatId }),
    expect: row(401, 401, 403, 403, 403, 201, 403, 403),
    check: (r, w) => expect(linkedMeetingsSchema.parse(r.body).links.map((l) => l.chatId)).toContain(w.ownerChatId) },
  { route: 'POST /api/teams/:teamId/linked-meetings', name: 'link a meeting the owner is not in',
    request: (w) => post(`/api/teams/${w.teamId}/linked-meetings`, { chatId: w.chatId }),
    expect: row(401, 401, 403, 403, 403, 403, 403, 403),
    check: () => undefined },
  { route: 'DELETE /api/teams/:teamId/linked-meetings/:chatId', name: 'unlink a meeting',
    request: (w) => ({ method: 'DELETE', url: `/api/teams/${w.teamId}/linked-meetings/${q(w.ownerChatId)}` }),
    expect: row(401, 401, 403, 403, 403, 200, 403, 403),
    check: (r, w) => expect(linkedMeetingsSchema.parse(r.body).links.map((l) => l.chatId)).not.toContain(w.ownerChatId) },
  // Only the action's owner (the participant) may record its To Do task, or read their links.
  { route: 'PUT /api/actions/:actionId/todo', name: "record the owner's To Do task",
    request: (w) => ({ method: 'PUT', url: `/api/actions/${w.endedActionId}/todo`, body: { listId: 'list', taskId: 'task' } }),
    expect: row(401, 401, 404, 403, 403, 403, 200, 403),
    check: (r, w) => expect(todoLinkSchema.parse(r.body).actionId).toBe(w.endedActionId) },
  { route: 'GET /api/todo/links', name: "the caller's own To Do links in a meeting chat",
    request: (w) => get(`/api/todo/links?chatId=${q(w.endedChatId)}`),
    expect: row(401, 401, 403, 403, 403, 403, 200, 200),
    check: (r) => expect(todoLinksSchema.parse(r.body).links).toBeInstanceOf(Array) },
];

/** Registered routes the matrix leaves out on purpose, each with the reason. */
export const excluded: { match: (route: string) => boolean; reason: string }[] = [
  {
    match: (route) => route.startsWith('HEAD '),
    reason:
      "Fastify's exposeHeadRoutes mirrors every GET as HEAD: same handler and hooks as the GET the table covers",
  },
  {
    match: (route) => route === 'GET /' || route === 'GET /*',
    reason: 'the built front end (static files, no data); mounted only when a build exists',
  },
  {
    match: (route) => route.includes(' /devhost'),
    reason: 'the dev host Teams stand-in; refused with NODE_ENV=production',
  },
];
