import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { trendRangeSchema, type Trends } from '../../shared/trends/api.js';
import { requireMember, requireOwner } from '../access.js';
import { requireUser, type AppDeps } from '../app-deps.js';
import { translatorFor } from '../i18n.js';
import { buildTrends } from './build.js';
import { trendsCsv } from './csv.js';
import { registerLinkedMeetingRoutes } from './linked-meetings.js';

export type TrendsDeps = Pick<AppDeps, 'db' | 'membership'>;
export type TrendsRouteOptions = { now?: () => Date };

export const teamParamsSchema = z.object({ teamId: z.string().min(1).max(200) });
const querySchema = z.object({ range: trendRangeSchema.default('12m') });

/** Team ids are GUIDs whose case Teams and Graph may differ on; pulses store them lower case. */
export const teamIdOf = (params: unknown): string =>
  teamParamsSchema.parse(params).teamId.toLowerCase();

/** The trends API: every route checks tenant and team membership (Graph) on every request. */
export function registerTrendsRoutes(
  app: FastifyInstance,
  deps: TrendsDeps,
  options: TrendsRouteOptions = {},
): void {
  const now = options.now ?? (() => new Date());

  app.get('/api/teams/:teamId/trends', async (request): Promise<Trends> => {
    const user = requireUser(request);
    const teamId = teamIdOf(request.params);
    const { range } = querySchema.parse(request.query);
    const access = await requireMember(deps.membership, user, { kind: 'team', id: teamId });
    return buildTrends(deps.db, {
      tenantId: user.tenantId,
      teamId,
      role: access.role,
      range,
      now: now(),
    });
  });

  app.get('/api/teams/:teamId/trends.csv', async (request, reply) => {
    const user = requireUser(request);
    const teamId = teamIdOf(request.params);
    const { range } = querySchema.parse(request.query);
    await requireOwner(deps.membership, user, { kind: 'team', id: teamId });
    const at = now();
    const trends = await buildTrends(deps.db, {
      tenantId: user.tenantId,
      teamId,
      role: 'owner',
      range,
      now: at,
    });
    const file = `candor-trends-${range}-${at.toISOString().slice(0, 10)}.csv`;
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${file}"`)
      .header('cache-control', 'no-store')
      .send(trendsCsv(trends, translatorFor(request)));
  });

  registerLinkedMeetingRoutes(app, deps, now);
}
