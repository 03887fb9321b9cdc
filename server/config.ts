import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { Limits } from './limits/limits.js';
import { hmacKeyHowTo, hmacKeyProblem } from './hmac-key.js';
import { teamsAppIdFor } from './bot/teams-app-id.js';
import { parseTrustProxy, type TrustProxy } from './trust-proxy.js';

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

const httpsOrLoopbackUrl = z
  .string()
  .url()
  .transform((raw) => new URL(raw))
  .refine(
    (u) => u.protocol === 'https:' || (u.protocol === 'http:' && loopbackHosts.has(u.hostname)),
    {
      message: 'must be an https URL (http is accepted only for localhost / 127.0.0.1)',
    },
  );

/** Where the real Bot Connector publishes the keys that sign its requests to a bot. */
export const botFrameworkOpenIdMetadataUrl =
  'https://login.botframework.com/v1/.well-known/openidconfiguration';

const httpsUrl = z
  .string()
  .url()
  .transform((raw) => new URL(raw))
  .refine((u) => u.protocol === 'https:', { message: 'must be an https URL' });

const envSchema = z.object({
  // Production unless told otherwise: only `npm start` (devhost) sets development.
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: httpsOrLoopbackUrl,
  ENTRA_CLIENT_ID: z.string().min(1, "set it to the app registration's Application (client) ID"),
  ENTRA_CLIENT_SECRET: z.string().min(1, 'set it to a client secret of the app registration'),
  ENTRA_AUTHORITY_HOST: httpsUrl.default(new URL('https://login.microsoftonline.com')),
  ENTRA_ALLOWED_TENANTS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    ),
  GRAPH_BASE_URL: httpsUrl.default(new URL('https://graph.microsoft.com')),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL, or unset for SQLite')
    .optional(),
  DATA_DIR: z.string().default('./data'),
  CANDOR_HMAC_KEY: z
    .string()
    .superRefine((key, ctx) => {
      const problem = hmacKeyProblem(key);
      if (problem) ctx.addIssue({ code: 'custom', message: `${problem}. ${hmacKeyHowTo}` });
    })
    .optional(),
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((raw, ctx): TrustProxy => {
      const parsed = parseTrustProxy(raw);
      if (typeof parsed === 'object' && !Array.isArray(parsed)) {
        ctx.addIssue({
          code: 'custom',
          message: `${parsed.problem}. Set it to the addresses or CIDR ranges of the reverse proxies in front of Candor, comma-separated (for example 127.0.0.1 or 10.0.0.0/8); leave it unset when clients connect directly.`,
        });
        return z.NEVER;
      }
      return parsed;
    }),
  // The Teams bot that posts retro summaries (server/bot/): on unless turned off.
  BOT_ENABLED: z
    .enum(['true', 'false', '1', '0', ''], {
      message: 'must be true or false (unset means true)',
    })
    .default('true')
    .transform((v) => v !== 'false' && v !== '0'),
  BOT_OPENID_METADATA_URL: httpsUrl.default(new URL(botFrameworkOpenIdMetadataUrl)),
  BOT_TOKEN_TENANT: z
    .string()
    .regex(/^[\w.-]{1,100}$/, 'must be a tenant id or domain, such as botframework.com')
    .default('botframework.com'),
  TEAMS_APP_ID: z
    .string()
    .regex(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
      "must be the Teams app id (the manifest's id), a GUID, or unset to derive it from ENTRA_CLIENT_ID as the app package does",
    )
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Telemetry is opt-in: each exporter runs only when its variable is set (server/telemetry/).
  APPLICATIONINSIGHTS_CONNECTION_STRING: z
    .string()
    .trim()
    .regex(
      /(^|;)\s*InstrumentationKey\s*=\s*[^;\s]+/i,
      "must be an Application Insights connection string (InstrumentationKey=…;IngestionEndpoint=…); copy it from the resource's Overview page, or leave it unset",
    )
    .optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .string()
    .url()
    .transform((raw) => new URL(raw))
    .refine((u) => u.protocol === 'https:' || u.protocol === 'http:', {
      message:
        'must be the http(s) base URL of an OTLP/HTTP collector, for example http://localhost:4318, or unset',
    })
    .optional(),
});

/**
 * The bot is the app registration itself: its Microsoft App ID is ENTRA_CLIENT_ID, and it gets its
 * outbound Bot Connector tokens with the same client secret.
 */
export type BotConfig = {
  /** The Microsoft App ID the Bot Connector puts into `aud`: ENTRA_CLIENT_ID. */
  appId: string;
  /** OpenID metadata whose `jwks_uri` holds the keys that sign the Bot Connector's requests. */
  openIdMetadataUrl: URL;
  /** The `iss` of the Bot Connector's tokens. */
  issuer: string;
  /** The scope of the app-only token Candor sends to the Bot Connector. */
  outboundScope: string;
  /**
   * The tenant whose authority issues that token: botframework.com for a multi-tenant Azure Bot,
   * the app's home tenant id for a single-tenant one.
   */
  tokenTenant: string;
  /** The Teams app id (the manifest's `id`), for deep links to the app's tab. */
  teamsAppId: string;
};

export type Config = {
  mode: 'production' | 'development' | 'test';
  port: number;
  host: string;
  publicUrl: URL;
  entra: {
    clientId: string;
    clientSecret: string;
    authorityHost: URL;
    /** Lower-case tenant ids; empty means any tenant. */
    allowedTenants: string[];
  };
  graphBaseUrl: URL;
  storage: { kind: 'postgres'; url: string } | { kind: 'sqlite'; file: string };
  dataDir: string;
  hmacKey: string;
  /** Fastify's `trustProxy`: which hops may set X-Forwarded-For. */
  trustProxy: TrustProxy;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Rate limits, quotas and HTTP timeouts; unset ones take server/limits/limits.ts defaults. */
  limits?: Partial<Limits>;
  /** The Teams bot; null or omitted means off (no /api/messages, no posts). */
  bot?: BotConfig | null;
  /** Where OpenTelemetry traces and metrics go; omitted or empty means nowhere (no SDK loaded). */
  telemetry?: { azureMonitorConnectionString?: string; otlpEndpoint?: URL };
};

const storageEnvSchema = envSchema.pick({ DATABASE_URL: true, DATA_DIR: true });

/** Where the data lives, from DATABASE_URL or DATA_DIR alone (for tools that need only the database). */
export function storageFromEnv(env: NodeJS.ProcessEnv = process.env): Config['storage'] {
  const parsed = storageEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`The database configuration is invalid.\n${lines.join('\n')}`);
  }
  return storageOf(parsed.data);
}

function storageOf(e: { DATABASE_URL?: string | undefined; DATA_DIR: string }): Config['storage'] {
  return e.DATABASE_URL
    ? { kind: 'postgres', url: e.DATABASE_URL }
    : { kind: 'sqlite', file: join(resolve(e.DATA_DIR), 'candor.sqlite') };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Builds the one validated config object from the environment. Throws ConfigError with every problem listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(
      `Candor cannot start: the configuration is invalid.\n${lines.join('\n')}\nTo fix this error, set the variables above (see README.md, "Configuration").`,
    );
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  let hmacKey = e.CANDOR_HMAC_KEY;
  if (!hmacKey) {
    if (e.NODE_ENV === 'production') {
      throw new ConfigError(
        `Candor cannot start: CANDOR_HMAC_KEY is required in production.\nTo fix this error, set CANDOR_HMAC_KEY to base64 of at least 32 random bytes. ${hmacKeyHowTo}\n(Running from a checkout? \`npm start\` runs dev mode, which makes a key for you.)`,
      );
    }
    hmacKey = devHmacKey(dataDir);
  }
  return {
    mode: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    entra: {
      clientId: e.ENTRA_CLIENT_ID,
      clientSecret: e.ENTRA_CLIENT_SECRET,
      authorityHost: e.ENTRA_AUTHORITY_HOST,
      allowedTenants: e.ENTRA_ALLOWED_TENANTS,
    },
    graphBaseUrl: e.GRAPH_BASE_URL,
    storage: storageOf(e),
    dataDir,
    hmacKey,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    bot: e.BOT_ENABLED
      ? {
          appId: e.ENTRA_CLIENT_ID,
          openIdMetadataUrl: e.BOT_OPENID_METADATA_URL,
          issuer: 'https://api.botframework.com',
          outboundScope: 'https://api.botframework.com/.default',
          tokenTenant: e.BOT_TOKEN_TENANT,
          teamsAppId: (e.TEAMS_APP_ID ?? teamsAppIdFor(e.ENTRA_CLIENT_ID)).toLowerCase(),
        }
      : null,
    telemetry: {
      azureMonitorConnectionString: e.APPLICATIONINSIGHTS_CONNECTION_STRING,
      otlpEndpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT,
    },
  };
}

/** Dev mode only: a key generated once and kept under DATA_DIR so anonymous hashes stay stable across restarts. */
function devHmacKey(dataDir: string): string {
  const file = join(dataDir, 'dev-hmac.key');
  if (existsSync(file)) {
    const key = readFileSync(file, 'utf8').trim();
    const problem = hmacKeyProblem(key);
    if (problem) {
      throw new ConfigError(
        `Candor cannot start: the dev key in ${file} ${problem}.\nTo fix this error, delete that file (dev mode makes a new one) or set CANDOR_HMAC_KEY.`,
      );
    }
    return key;
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(48).toString('base64');
  writeFileSync(file, key, { mode: 0o600 });
  return key;
}
