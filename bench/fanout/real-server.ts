import type { AddressInfo } from 'node:net';
import { demo, type EntraFakes } from '../../server/test-support/entra-fakes.js';
import { buildTestApp } from '../../server/test-support/test-app.js';
import { tickType, type ClientConnection, type TickData } from './protocol.js';
import { payload, type FanoutTarget } from './target.js';

/** The seeded Customer Success team; connections cycle through its members' tokens. */
const team = demo.customerSuccess;
const room = `team:${team.id}`;

export const benchRoom = { room, team: team.displayName, members: team.members.length };

/**
 * The real path: Candor's app wired as server/start.ts wires it (Entra token verification against
 * the dev IdP, Graph membership from the fake Graph, SQLite, the live hub), listening on
 * 127.0.0.1. Events go through `hub.publish` inside a transaction, as routes publish them.
 */
export async function startRealServer(fakes: EntraFakes): Promise<FanoutTarget> {
  const test = await buildTestApp(fakes);
  const { app } = test;
  const { db, hub } = test.core;
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;

  const tokens = await Promise.all(team.members.map((m) => fakes.idp.issueUserToken(m.userId)));
  const path = `/api/live/${encodeURIComponent(room)}`;

  return {
    name: 'real',
    origin: `http://127.0.0.1:${port}`,
    connections(count): ClientConnection[] {
      return Array.from({ length: count }, (_, i) => ({
        path,
        headers: { authorization: `Bearer ${tokens[i % tokens.length]!}` },
      }));
    },
    async publish(data: TickData) {
      await db.kysely
        .transaction()
        .execute((trx) => hub.publish(room, tickType, { ...payload, ...data }, trx));
    },
    close: () => test.close(),
  };
}
