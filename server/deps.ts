import { createEntraTokenVerifier } from './auth/entra-verifier.js';
import { createBotService } from './bot/service.js';
import type { Config } from './config.js';
import { createGraphMembership, type MembershipLogger } from './graph/membership.js';
import { createLiveHub } from './live/hub.js';
import type { AppDeps } from './app-deps.js';
import { openDatabase } from './storage/db.js';

export type CoreDeps = Pick<AppDeps, 'db' | 'hub' | 'verifier' | 'membership' | 'bot'>;

/** Token validation and Graph membership: the parts that talk to Entra and Graph. */
export function createIdentityDeps(
  config: Config,
  logger: MembershipLogger,
): Pick<AppDeps, 'verifier' | 'membership'> {
  return {
    verifier: createEntraTokenVerifier({
      authorityHost: config.entra.authorityHost,
      clientId: config.entra.clientId,
      allowedTenants: config.entra.allowedTenants,
      publicUrl: config.publicUrl,
    }),
    membership: createGraphMembership({
      authorityHost: config.entra.authorityHost,
      clientId: config.entra.clientId,
      clientSecret: config.entra.clientSecret,
      graphBaseUrl: config.graphBaseUrl,
      logger,
    }),
  };
}

/** Opens storage and builds auth, Graph membership and the live hub from the validated config. */
export async function createCoreDeps(config: Config, logger: MembershipLogger): Promise<CoreDeps> {
  const db = await openDatabase(config.storage);
  const hub = await createLiveHub(db, {
    onError: (err, message) => logger.warn({ err }, message),
    sealKey: config.hmacKey,
  });
  const identity = createIdentityDeps(config, logger);
  const bot = config.bot
    ? createBotService({ bot: config.bot, config, db, membership: identity.membership, logger })
    : null;
  return { db, hub, ...identity, bot };
}

/** Closes what createCoreDeps opened, hub first so no event is fanned out from a closed database. */
export async function closeCoreDeps(deps: CoreDeps): Promise<void> {
  await deps.hub.close();
  await deps.db.close();
}
