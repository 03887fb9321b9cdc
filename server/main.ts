import { ConfigError } from './config.js';
import { startServer } from './start.js';

try {
  const app = await startServer();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info(`${signal} received, closing`);
      void app.close().then(() => process.exit(0));
    });
  }
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Candor failed to start:', error);
  }
  process.exit(1);
}
