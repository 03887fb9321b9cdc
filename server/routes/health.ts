import type { FastifyInstance } from 'fastify';
import type { ClientConfig, Health } from '../../shared/api.js';
import type { AppDeps } from '../app-deps.js';

const version = process.env.npm_package_version ?? '0.1.0';

export function registerHealthRoutes(
  app: FastifyInstance,
  deps: Pick<AppDeps, 'db' | 'config'>,
): void {
  app.get('/api/health', async (): Promise<Health> => {
    await deps.db.ping();
    return { status: 'ok', version, storage: deps.db.dialect };
  });

  // Public: the front end reads it before it has a token.
  app.get('/api/health/client-config', async (): Promise<ClientConfig> => {
    const { clientId, authorityHost } = deps.config.entra;
    return {
      clientId,
      apiScope: `api://${deps.config.publicUrl.host}/${clientId}/access_as_user`,
      authority: new URL('/common', authorityHost).toString(),
      graphRoot: deps.config.graphBaseUrl.origin,
    };
  });
}
