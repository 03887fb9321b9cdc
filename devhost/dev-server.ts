/**
 * The dev-mode server entry (`node --import tsx devhost/dev-server.ts`), spawned by devhost/stack.ts:
 * the production server, configured from the environment as usual, plus the Teams stand-in at /devhost/.
 */
import { ConfigError, loadConfig } from '../server/config.js';
import { startServer } from '../server/start.js';
import { createStandInPlugin } from './standin-plugin.js';

try {
  const config = loadConfig();
  const idpUrl = process.env.CANDOR_DEVHOST_IDP_URL;
  if (!idpUrl) {
    throw new ConfigError(
      'The dev server needs CANDOR_DEVHOST_IDP_URL, the dev identity provider URL the stand-in gets user tokens from.\nTo fix this error, start Candor with `npm start`, which sets it, or set it to the URL devhost/idp.ts prints.',
    );
  }
  const app = await startServer({
    config,
    devStandIn: createStandInPlugin({
      idpUrl,
      clientId: config.entra.clientId,
      publicUrl: config.publicUrl,
      graphUrl: config.graphBaseUrl,
      botConnectorUrl: process.env.CANDOR_DEVHOST_BOT_URL,
    }),
  });
  app.log.info(`Teams stand-in: ${new URL('/devhost/', config.publicUrl).toString()}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info(`${signal} received, closing`);
      app.close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('Candor did not close cleanly:', error);
          process.exit(1);
        },
      );
    });
  }
} catch (error) {
  console.error(
    error instanceof ConfigError ? error.message : ['Candor failed to start:', error].join(' '),
  );
  process.exit(1);
}
