import { randomBytes } from 'node:crypto';
import type { Attributes } from '@opentelemetry/api';
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  type ResourceMetrics,
} from '@opentelemetry/sdk-metrics';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphMembership } from '../../server/graph/membership.js';
import { createGraphPulseNotifier } from '../../server/pulse/notifier.js';
import { createPulseScheduler } from '../../server/pulse/scheduler.js';
import { startTelemetrySdk, type TelemetrySdk } from '../../server/telemetry/sdk.js';
import { useTelemetry } from '../../server/telemetry/telemetry.js';
import { testDatabases } from '../../server/test-support/databases.js';
import { demo, seed, seededUser, silentLogger } from '../../server/test-support/entra-fakes.js';
import { useEntraFakes, viewOf } from '../../server/test-support/hooks.js';
import {
  addMeetingChat,
  openStream,
  personClient,
  startRetroApp,
  type PersonClient,
  type RetroTestApp,
} from '../../server/test-support/retro-app.js';

/**
 * Issue #11: telemetry is content-free. The server's own SDK wiring exports to in-memory exporters
 * during an anonymous retro and a pulse driven through the real routes; nothing exported (span
 * names, attributes, events, resource; metric names, descriptions, label sets) may hold a token,
 * a card text, a comment, a pulse title, an id from a URL, or anyone's id, name or sign-in name.
 */
const entra = useEntraFakes();
const megan = seededUser('Megan Bowen'); // owns Customer Success
const pulsePeople = demo.customerSuccess.members
  .filter((m) => m.role === 'member')
  .slice(0, 6)
  .map((m) => m.userId);

/** The only attribute keys telemetry may use: labels of a fixed, low-cardinality kind. */
const allowedKeys = new Set([
  'http.request.method',
  'http.route',
  'http.response.status_class',
  'http.response.status_code',
  'graph.operation',
  'outcome',
  'step',
  'candor.scheduler.failed_steps',
]);

function identitiesOf(userId: string): string[] {
  const user = seed.users.find((u) => u.id === userId);
  if (!user) throw new Error(`No seeded user ${userId}`);
  return [user.id, user.displayName, user.upn, user.mail];
}

describe.each(testDatabases())('exported telemetry on $dialect', (database) => {
  const spans = new InMemorySpanExporter();
  const metrics = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  let sdk: TelemetrySdk;
  let target: RetroTestApp | undefined;
  /** Everything that must never be exported. */
  const secrets: string[] = [];

  beforeAll(() => {
    // The wiring start.ts uses, with in-memory exporters in place of Azure Monitor and OTLP.
    sdk = startTelemetrySdk({ spans: [spans], metrics: [metrics], metricIntervalMs: 3_600_000 });
    useTelemetry(sdk.recorder);
  });
  afterAll(async () => {
    await target?.close();
    useTelemetry(null);
    await sdk?.shutdown();
  });

  it('records requests, live streams, fan-out, Graph and the scheduler, and nothing personal', async () => {
    const db = await database.open();
    target = await startRetroApp(entra.fakes, db);
    const app = () => target!.app;

    // An anonymous retro with a live stream open: safety check, cards, votes, ROTI.
    const chatId = addMeetingChat(entra.fakes, `Telemetry ${randomBytes(4).toString('hex')}`);
    const meeting = entra.fakes.graph.data.meetings.find((m) => m.chatId === chatId)!;
    const people: { id: string; token: string; client: PersonClient }[] = [];
    for (const id of meeting.members.map((m) => m.userId).slice(0, 4)) {
      const token = await entra.fakes.idp.issueUserToken(id);
      people.push({ id, token, client: personClient(app, token) });
    }
    expect(people).toHaveLength(4);
    const [facilitator] = people as [(typeof people)[number]];
    const retro = viewOf(
      await facilitator.client.post('/api/retros', {
        chatId,
        templateId: 'mad-sad-glad',
        options: { skip: ['review'] },
      }),
    );
    expect(retro.options.anonymous).toBe(true);
    const stream = await openStream(target.base, `retro:${retro.id}`, facilitator.token);
    expect(stream.status).toBe(200);
    const run = async (who: PersonClient, command: object) =>
      viewOf(await who.command(retro.id, command));

    for (const [i, p] of people.entries())
      await run(p.client, { type: 'answerSafety', value: (i % 5) + 1 });
    await run(facilitator.client, { type: 'advance' });
    const texts: string[] = [];
    for (const p of people) {
      const text = `Card-${randomBytes(8).toString('hex')}`;
      texts.push(text);
      await run(p.client, { type: 'addCard', columnId: 'mad', text });
    }
    await run(facilitator.client, { type: 'reveal' });
    await run(facilitator.client, { type: 'advance' });
    const grouped = await run(facilitator.client, { type: 'advance' });
    for (const p of people)
      await run(p.client, { type: 'vote', groupId: grouped.groups[0]!.id, delta: 1 });
    for (let phase = 0; phase < 3; phase++) await run(facilitator.client, { type: 'advance' });
    for (const [i, p] of people.entries())
      await run(p.client, { type: 'answerRoti', value: 5 - (i % 5) });
    expect((await run(facilitator.client, { type: 'end' })).status).toBe('ended');
    await stream.until(5);
    stream.close();

    // A pulse: answers with comments through the real route, then a scheduler pass whose
    // notification Graph first throttles (429, Retry-After 0).
    const pulseTitle = `Pulse-${randomBytes(8).toString('hex')}`;
    const tokenOf = (userId: string) => entra.fakes.idp.issueUserToken(userId);
    const post = async (url: string, userId: string, payload: object) => {
      const token = await tokenOf(userId);
      secrets.push(token);
      const response = await app().inject({
        method: 'POST',
        url,
        headers: { authorization: `Bearer ${token}` },
        payload,
      });
      expect(response.statusCode, response.body).toBeLessThan(300);
      return response.json() as { pulse: { id: string } };
    };
    const now = Date.now();
    const { pulse } = await post(`/api/teams/${demo.customerSuccess.id}/pulses`, megan.id, {
      title: pulseTitle,
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 86_400_000).toISOString(),
    });
    const comments: string[] = [];
    for (const [i, userId] of pulsePeople.entries()) {
      const comment = `Comment-${randomBytes(8).toString('hex')}`;
      comments.push(comment);
      await post(`/api/pulses/${pulse.id}/responses`, userId, {
        answers: [1 + (i % 7), 7 - (i % 7), 4, 5, 3, 6, 2],
        comment,
      });
    }
    const graphSettings = {
      authorityHost: target.config.entra.authorityHost,
      clientId: target.config.entra.clientId,
      clientSecret: target.config.entra.clientSecret,
      graphBaseUrl: target.config.graphBaseUrl,
    };
    const sent = entra.fakes.graph.notifications.length;
    entra.fakes.graph.failNext(1, 429, 0);
    await createPulseScheduler({
      db,
      hub: target.hub,
      membership: createGraphMembership({ ...graphSettings, logger: silentLogger }),
      notifier: createGraphPulseNotifier(graphSettings),
      logger: silentLogger,
    }).tick();
    expect(entra.fakes.graph.notifications.length).toBeGreaterThan(sent);
    await post(`/api/pulses/${pulse.id}/close`, megan.id, {});

    await sdk.flush();
    const exportedSpans = spans.getFinishedSpans();
    const exportedMetrics = metrics.getMetrics();

    const points = metricPoints(exportedMetrics);
    // What must never be there.
    const everyone = [...new Set([...people.map((p) => p.id), ...pulsePeople, megan.id])];
    secrets.push(
      ...people.map((p) => p.token),
      ...texts,
      ...comments,
      pulseTitle,
      ...everyone.flatMap(identitiesOf),
      meeting.tenantId,
      chatId,
      retro.id,
      pulse.id,
      demo.customerSuccess.id,
    );
    const exported = [
      ...exportedSpans.map((s) => ({ what: `span ${s.name}`, text: spanText(s) })),
      ...exportedMetrics.map((m, i) => ({ what: `metrics export ${i}`, text: metricsText(m) })),
    ];
    expect(exported.length).toBeGreaterThan(0);
    for (const { what, text } of exported) {
      expect({ what, found: secrets.filter((s) => text.includes(s)) }).toEqual({
        what,
        found: [],
      });
    }
    const keys = new Set([
      ...exportedSpans.flatMap((s) => [
        ...Object.keys(s.attributes),
        ...s.events.flatMap((e) => Object.keys(e.attributes ?? {})),
      ]),
      ...points.flatMap((p) => Object.keys(p.attributes)),
    ]);
    expect([...keys].filter((k) => !allowedKeys.has(k))).toEqual([]);
    expect(exportedSpans.every((s) => s.events.length === 0 && s.links.length === 0)).toBe(true);
    // What was expected is there, so this test can fail.
    const spanNames = new Set(exportedSpans.map((s) => s.name));
    expect(spanNames).toContain('POST /api/retros/:id/commands');
    expect(spanNames).toContain('POST /api/pulses/:id/responses');
    expect(spanNames).toContain('graph chat.members');
    expect(spanNames).toContain('graph team.sendActivityNotification');
    expect(spanNames).toContain('pulse-scheduler tick');
    const sum = (name: string, labels: Attributes = {}) =>
      points
        .filter((p) => p.name === name)
        .filter((p) => Object.entries(labels).every(([k, v]) => p.attributes[k] === v))
        .reduce((total, p) => total + p.count, 0);
    expect(
      sum('http.server.request.duration', {
        'http.route': '/api/retros/:id/commands',
        'http.request.method': 'POST',
        'http.response.status_class': '2xx',
      }),
    ).toBeGreaterThanOrEqual(20);
    expect(sum('http.server.request.duration', { 'http.route': '/api/live/*' })).toBe(0);
    const live = points.filter((p) => p.name === 'candor.live.connections');
    expect(live.map((p) => p.value)).toEqual([0]); // Opened once, closed once.
    expect(sum('candor.live.fanout.lag')).toBeGreaterThanOrEqual(5);
    expect(sum('candor.graph.calls', { 'graph.operation': 'chat.members' })).toBeGreaterThan(0);
    expect(sum('candor.graph.calls', { 'graph.operation': 'team.members' })).toBeGreaterThan(0);
    expect(
      sum('candor.graph.throttled', { 'graph.operation': 'team.sendActivityNotification' }),
    ).toBe(1);
    expect(sum('candor.scheduler.runs', { outcome: 'ok' })).toBe(1);
  });
});

function spanText(span: ReadableSpan): string {
  return JSON.stringify({
    name: span.name,
    attributes: span.attributes,
    events: span.events,
    links: span.links,
    status: span.status,
    resource: span.resource.attributes,
    scope: span.instrumentationScope,
  });
}

function metricsText(exported: ResourceMetrics): string {
  return JSON.stringify({
    resource: exported.resource.attributes,
    scopes: exported.scopeMetrics.map((scope) => ({
      scope: scope.scope,
      metrics: scope.metrics.map((m) => ({
        descriptor: m.descriptor,
        attributes: m.dataPoints.map((p) => p.attributes),
      })),
    })),
  });
}

type Point = { name: string; attributes: Attributes; count: number; value: number };

/** The last export's data points: a histogram's count, or a sum's value (as count and value). */
function metricPoints(exports: ResourceMetrics[]): Point[] {
  const last = exports.at(-1);
  if (!last) return [];
  return last.scopeMetrics.flatMap((scope) =>
    scope.metrics.flatMap((metric) =>
      metric.dataPoints.map((point) => {
        const value = point.value;
        const count = typeof value === 'number' ? value : value.count;
        return {
          name: metric.descriptor.name,
          attributes: point.attributes,
          count,
          value: typeof value === 'number' ? value : (value.sum ?? 0),
        };
      }),
    ),
  );
}
