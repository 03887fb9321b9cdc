import { afterAll, describe, expect, it } from 'vitest';
import { createPulseSchema } from '../../shared/pulse/api.js';
import type { Access } from '../access.js';
import type { AuthUser } from '../auth/types.js';
import { createGraphMembership } from '../graph/membership.js';
import { createLiveHub, type LiveHub } from '../live/hub.js';
import type { Db } from '../storage/db.js';
import { testDatabases } from '../test-support/databases.js';
import { demo, devApp, seededUser, silentLogger } from '../test-support/entra-fakes.js';
import { useEntraFakes } from '../test-support/hooks.js';
import { createPulse, withDefaults } from './create.js';
import { english } from '../i18n.js';
import { createGraphPulseNotifier } from './notifier.js';
import { createPulseScheduler } from './scheduler.js';

const megan = seededUser('Megan Bowen'); // owns Customer Success
const team = demo.customerSuccess.id;
const minute = 60_000;
const hour = 60 * minute;
const t0 = Date.parse('2032-05-04T09:00:00.000Z');

const entra = useEntraFakes();

const owner: AuthUser = {
  userId: megan.id,
  tenantId: megan.tenantId,
  displayName: 'Megan Bowen',
  upn: null,
};
const access: Access = {
  members: demo.customerSuccess.members.map((m) => ({ ...m, displayName: m.userId, email: null })),
  role: 'owner',
  stale: false,
  fetchedAt: new Date(t0),
};

describe.each(testDatabases())('activity-feed notification quota on $dialect', (database) => {
  const hubs: LiveHub[] = [];
  afterAll(async () => {
    await Promise.all(hubs.map((h) => h.close()));
  });

  async function instance(db: Db, clock: { now: number }) {
    const hub = await createLiveHub(db);
    hubs.push(hub);
    return createPulseScheduler({
      db,
      hub,
      membership: createGraphMembership({
        authorityHost: new URL(entra.fakes.idp.url),
        clientId: devApp.clientId,
        clientSecret: devApp.clientSecret,
        graphBaseUrl: new URL(entra.fakes.graph.url),
        logger: silentLogger,
      }),
      notifier: createGraphPulseNotifier({
        authorityHost: new URL(entra.fakes.idp.url),
        clientId: devApp.clientId,
        clientSecret: devApp.clientSecret,
        graphBaseUrl: new URL(entra.fakes.graph.url),
      }),
      logger: silentLogger,
      now: () => new Date(clock.now),
      notificationsPerTeamPerHour: 2,
    });
  }

  it('sends a team at most its hourly quota of notifications, across instances, and the rest later', async () => {
    // Two instances on PostgreSQL, ticking at once; SQLite runs one instance.
    const dbs =
      database.dialect === 'postgres'
        ? [await database.open(), await database.open()]
        : [await database.open()];
    const clock = { now: t0 };
    const schedulers = await Promise.all(dbs.map((db) => instance(db, clock)));
    const runId = `${database.dialect}-${Date.now()}`;
    const titles = [1, 2, 3, 4, 5].map((i) => `Quota ${runId} #${i}`);
    await dbs[0]!.kysely.transaction().execute(async (trx) => {
      for (const title of titles) {
        const body = withDefaults(
          createPulseSchema.parse({
            title,
            opensAt: new Date(t0 - minute).toISOString(),
            closesAt: new Date(t0 + 5 * 24 * hour).toISOString(),
            k: 3,
          }),
          english,
        );
        await createPulse(trx, hubs[0]!, owner, team, access, body, new Date(t0 - minute));
      }
    });
    const sent = () =>
      entra.fakes.graph.notifications.filter((n) =>
        titles.some((t) => JSON.stringify(n.templateParameters).includes(t)),
      ).length;
    const storm = () => Promise.all(schedulers.flatMap((s) => [s.tick(), s.tick()]));

    await storm();
    expect(sent()).toBe(2);
    // Later ticks in the same hour send nothing more.
    clock.now = t0 + 30 * minute;
    await storm();
    expect(sent()).toBe(2);
    // An hour after the first two, two more; then the last one.
    clock.now = t0 + hour + minute;
    await storm();
    expect(sent()).toBe(4);
    clock.now = t0 + 2 * hour + 2 * minute;
    await storm();
    expect(sent()).toBe(5);
    // Nothing is sent twice.
    await storm();
    expect(sent()).toBe(5);
  });
});
