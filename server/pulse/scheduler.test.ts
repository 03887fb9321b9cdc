import { afterAll, describe, expect, it } from 'vitest';
import { createPulseSchema } from '../../shared/pulse/api.js';
import type { Access } from '../access.js';
import type { AuthUser } from '../auth/types.js';
import { createGraphMembership } from '../graph/membership.js';
import { createLiveHub, type LiveHub } from '../live/hub.js';
import type { Db } from '../storage/db.js';
import { testDatabases } from '../test-support/databases.js';
import { demo, devApp, seededUser, silentLogger } from '../test-support/entra-fakes.js';
import { receiptFor } from './access.js';
import { createPulse, withDefaults, type PulseToCreate } from './create.js';
import { english } from '../i18n.js';
import { createGraphPulseNotifier, type PulseNotifier } from './notifier.js';
import { createPulseScheduler } from './scheduler.js';
import { useEntraFakes } from '../test-support/hooks.js';

const adele = seededUser('Adele Vance');
const team = demo.platform.id;
const hour = 3_600_000;
const day = 24 * hour;
const t0 = Date.parse('2031-03-03T09:00:00.000Z');

const entra = useEntraFakes();

const owner: AuthUser = {
  userId: adele.id,
  tenantId: adele.tenantId,
  displayName: 'Adele Vance',
  upn: null,
};
const access: Access = {
  members: demo.platform.members.map((m) => ({ ...m, displayName: m.userId, email: null })),
  role: 'owner',
  stale: false,
  fetchedAt: new Date(t0),
};

/** One server instance: its own pool, hub and scheduler on the shared schema, and a shared clock. */
async function instance(db: Db, clock: { now: number }, notifier: PulseNotifier) {
  const hub = await createLiveHub(db);
  const scheduler = createPulseScheduler({
    db,
    hub,
    membership: createGraphMembership({
      authorityHost: new URL(entra.fakes.idp.url),
      clientId: devApp.clientId,
      clientSecret: devApp.clientSecret,
      graphBaseUrl: new URL(entra.fakes.graph.url),
      logger: silentLogger,
    }),
    notifier,
    logger: silentLogger,
    now: () => new Date(clock.now),
  });
  return { hub, scheduler };
}

describe.each(testDatabases())('pulse scheduler on $dialect', (database) => {
  const hubs: LiveHub[] = [];
  afterAll(async () => {
    await Promise.all(hubs.map((h) => h.close()));
  });

  it('opens, reminds, closes and recurs exactly once with two instances ticking at once', async () => {
    // Two instances on PostgreSQL; SQLite runs one instance (its driver is synchronous).
    const dbs =
      database.dialect === 'postgres'
        ? [await database.open(), await database.open()]
        : [await database.open()];
    const clock = { now: t0 };
    const notifier = createGraphPulseNotifier({
      authorityHost: new URL(entra.fakes.idp.url),
      clientId: devApp.clientId,
      clientSecret: devApp.clientSecret,
      graphBaseUrl: new URL(entra.fakes.graph.url),
    });
    const instances = await Promise.all(dbs.map((db) => instance(db, clock, notifier)));
    hubs.push(...instances.map((i) => i.hub));
    const [db] = dbs as [Db];
    const runId = `${database.dialect}-${Date.now()}`;
    const titles = [1, 2, 3].map((i) => `Weekly ${runId} #${i}`);
    const body = (title: string): PulseToCreate =>
      withDefaults(
        createPulseSchema.parse({
          title,
          opensAt: new Date(t0 + hour).toISOString(),
          closesAt: new Date(t0 + hour + 3 * day).toISOString(),
          recurrence: 'weekly',
          k: 3,
        }),
        english,
      );
    const created = await db.kysely.transaction().execute(async (trx) => {
      const out = [];
      for (const title of titles) {
        out.push(
          await createPulse(trx, instances[0]!.hub, owner, team, access, body(title), new Date(t0)),
        );
      }
      return out;
    });

    const storm = async () => {
      await Promise.all(
        Array.from({ length: 12 }, (_, i) => instances[i % instances.length]!.scheduler.tick()),
      );
    };
    const sent = (activity: string) =>
      entra.fakes.graph.notifications.filter(
        (n) =>
          n.activityType === activity &&
          titles.some((t) => JSON.stringify(n.templateParameters).includes(t)),
      );
    const statusOf = async (id: string) =>
      (
        await db.kysely
          .selectFrom('pulses')
          .select('status')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).status;

    await storm(); // nothing is due yet
    expect(await Promise.all(created.map((p) => statusOf(p.id)))).toEqual([
      'scheduled',
      'scheduled',
      'scheduled',
    ]);
    expect(sent('pulseOpened')).toHaveLength(0);

    clock.now = t0 + hour + 1000;
    await storm();
    await storm();
    expect(await Promise.all(created.map((p) => statusOf(p.id)))).toEqual(['open', 'open', 'open']);
    const opened = sent('pulseOpened');
    expect(opened).toHaveLength(3);
    expect(opened[0]).toMatchObject({
      scope: { kind: 'team', id: team },
      tenantId: adele.tenantId,
      topic: { source: 'entityUrl', value: `${entra.fakes.graph.url}/v1.0/teams/${team}` },
      recipient: {
        '@odata.type': 'microsoft.graph.teamMembersNotificationRecipient',
        teamId: team,
      },
    });
    expect(new Set(opened.map((n) => JSON.stringify(n.templateParameters)))).toEqual(
      new Set(titles.map((t) => JSON.stringify([{ name: 'pulseTitle', value: t }]))),
    );

    // Three answers to the first pulse, so closing has rows to reshuffle.
    for (const member of demo.platform.members.slice(2, 5)) {
      await db.kysely.transaction().execute(async (trx) => {
        await trx
          .insertInto('pulse_receipts')
          .values({
            receipt: receiptFor('key', adele.tenantId, created[0]!.id, member.userId),
            pulse_id: created[0]!.id,
          })
          .execute();
        await trx
          .insertInto('pulse_responses')
          .values({
            pulse_id: created[0]!.id,
            id: crypto.randomUUID(),
            a1: 5,
            a2: 5,
            a3: 5,
            a4: 5,
            a5: 5,
            a6: null,
            a7: null,
            comment: null,
          })
          .execute();
      });
    }

    clock.now = t0 + hour + 2 * day + 1000; // within 24 h of closing
    await storm();
    await storm();
    expect(sent('pulseClosingSoon')).toHaveLength(3);
    expect(sent('pulseOpened')).toHaveLength(3);

    clock.now = t0 + hour + 3 * day + 1000; // closed
    await storm();
    await storm();
    expect(await Promise.all(created.map((p) => statusOf(p.id)))).toEqual([
      'closed',
      'closed',
      'closed',
    ]);
    const closed = await db.kysely
      .selectFrom('pulses')
      .select(['invited', 'closed_at'])
      .where('id', '=', created[0]!.id)
      .executeTakeFirstOrThrow();
    expect(closed.invited).toBe(8);
    const kept = await db.kysely
      .selectFrom('pulse_responses')
      .select('a1')
      .where('pulse_id', '=', created[0]!.id)
      .execute();
    expect(kept.map((r) => r.a1)).toEqual([5, 5, 5]);

    // Exactly one next instance per series, a week after the first opened, same duration.
    const instancesOf = await db.kysely
      .selectFrom('pulses')
      .select(['series_id', 'opens_at', 'closes_at', 'status'])
      .where(
        'series_id',
        'in',
        created.map((p) => p.series_id),
      )
      .where(
        'id',
        'not in',
        created.map((p) => p.id),
      )
      .execute();
    expect(instancesOf).toHaveLength(3);
    expect(new Set(instancesOf.map((p) => p.series_id)).size).toBe(3);
    for (const next of instancesOf) {
      expect(next).toMatchObject({
        opens_at: new Date(t0 + hour + 7 * day).toISOString(),
        closes_at: new Date(t0 + hour + 10 * day).toISOString(),
        status: 'scheduled',
      });
    }

    clock.now = t0 + hour + 7 * day + 1000; // the next instances open, once
    await storm();
    await storm();
    expect(sent('pulseOpened')).toHaveLength(6);
    const events = await instances[0]!.hub.since(`team:${team}`, 0);
    const changes = (id: string) =>
      events.filter((e) => (e.data as { pulseId?: string }).pulseId === id).length;
    // created, opened, closed: one event each, however many ticks ran.
    expect(created.map((p) => changes(p.id))).toEqual([3, 3, 3]);
  });

  it('closes on time even when Graph refuses the notification, and retries it', async () => {
    const db = await database.open();
    const clock = { now: t0 };
    let failing = true;
    const calls: string[] = [];
    const flaky: PulseNotifier = {
      async notify(n) {
        calls.push(n.activity);
        if (failing) throw new Error('Graph said 503');
      },
    };
    const { hub, scheduler } = await instance(db, clock, flaky);
    hubs.push(hub);
    const pulse = await db.kysely.transaction().execute((trx) =>
      createPulse(
        trx,
        hub,
        owner,
        team,
        access,
        withDefaults(
          createPulseSchema.parse({
            title: `Flaky ${database.dialect}`,
            opensAt: new Date(t0 - hour).toISOString(),
            closesAt: new Date(t0 + hour).toISOString(),
          }),
          english,
        ),
        new Date(t0),
      ),
    );
    await scheduler.tick();
    expect(calls).toEqual(['pulseOpened']);
    await scheduler.tick(); // leased: no second attempt straight away
    expect(calls).toHaveLength(1);
    failing = false;
    clock.now = t0 + 10 * 60_000; // past the lease
    await scheduler.tick();
    expect(calls).toEqual(['pulseOpened', 'pulseOpened']);
    clock.now = t0 + 2 * hour;
    failing = true;
    await scheduler.tick();
    const row = await db.kysely
      .selectFrom('pulses')
      .select(['status', 'notified_open'])
      .where('id', '=', pulse.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'closed', notified_open: 1 });
  });
});
