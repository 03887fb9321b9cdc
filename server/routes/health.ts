import type { FastifyInstance } from 'fastify';
import type { Health } from '../../shared/api.js';
import type { AppDeps } from '../app.js';

const version = process.env.npm_package_version ?? '0.1.0';

export function registerHealthRoutes(app: FastifyInstance, deps: Pick<AppDeps, 'db'>): void {
  app.get('/api/health', async (): Promise<Health> => {
    await deps.db.ping();
    return { status: 'ok', version, storage: deps.db.dialect };
  });
}
