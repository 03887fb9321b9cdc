import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { buildApp } from './app.js';
import { loadConfig, type Config } from './config.js';
import { closeCoreDeps, createCoreDeps } from './deps.js';
import { resolveLimits } from './limits/limits.js';
import { createGraphPulseNotifier } from './pulse/notifier.js';
import { startPulseScheduler, type PulseScheduler } from './pulse/scheduler.js';
import { startTelemetry } from './telemetry/start.js';
import { createGraphReminderNotifier } from './retro/reminder-notifier.js';
import { startReminderScheduler, type ReminderScheduler } from './retro/reminders.js';

export type StartOptions = {
  config?: Config;
  /** Only the dev host passes this; buildApp refuses it in production. */
  devStandIn?: FastifyPluginAsync;
};

/** Builds every dependency from the validated config and listens. Closing the app closes them too. */
export async function startServer(options: StartOptions = {}): Promise<FastifyInstance> {
  const config = options.config ?? loadConfig();
  const telemetry = await startTelemetry(config.telemetry);
  // Dependencies are built before the app (and its logger); they log through the app once it exists.
  let appRef: FastifyInstance | null = null;
  const core = await createCoreDeps(config, {
    warn: (details, message) => appRef?.log.warn(details, message),
    error: (details, message) => appRef?.log.error(details, message),
  });
  const { db, hub, membership } = core;
  const app: FastifyInstance = await buildApp({ config, ...core, devStandIn: options.devStandIn });
  appRef = app;
  let scheduler: PulseScheduler | null = null;
  // Summaries an instance claimed and then stopped before posting; any instance picks them up.
  const botSweep = core.bot ? setInterval(() => void core.bot?.sweep(), 30_000).unref() : null;
  let reminders: ReminderScheduler | null = null;
  app.addHook('onClose', async () => {
    if (botSweep) clearInterval(botSweep);
    await scheduler?.stop();
    await reminders?.stop();
    await closeCoreDeps(core);
    await telemetry.shutdown(); // Last, so it exports what the shutdown itself recorded.
  });
  await app.listen({ port: config.port, host: config.host });
  // Every instance runs one; row locks make each piece of due work run once.
  scheduler = startPulseScheduler({
    db,
    hub,
    membership,
    notifier: createGraphPulseNotifier({
      authorityHost: config.entra.authorityHost,
      clientId: config.entra.clientId,
      clientSecret: config.entra.clientSecret,
      graphBaseUrl: config.graphBaseUrl,
    }),
    logger: app.log,
    notificationsPerTeamPerHour: resolveLimits(config.limits).notificationsPerTeamPerHour,
  });
  // Reminders of retros opened before their meeting; a conditional update claims each once.
  reminders = startReminderScheduler({
    db,
    notifier: createGraphReminderNotifier({
      authorityHost: config.entra.authorityHost,
      clientId: config.entra.clientId,
      clientSecret: config.entra.clientSecret,
      graphBaseUrl: config.graphBaseUrl,
    }),
    logger: app.log,
  });
  app.log.info(
    `Candor listening on ${config.host}:${config.port} (public URL ${config.publicUrl.origin}, storage ${db.dialect}, mode ${config.mode}, telemetry ${telemetry.exporters.join(' and ') || 'off'})`,
  );
  return app;
}
