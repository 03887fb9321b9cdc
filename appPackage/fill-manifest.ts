import { z } from 'zod';
import packageJson from '../package.json' with { type: 'json' };
import { teamsAppIdFor } from '../server/bot/teams-app-id.js';

export { teamsAppIdFor, uuidV5 } from '../server/bot/teams-app-id.js';

/** The values that replace `{{NAME}}` placeholders in `appPackage/manifest.json`. */
export type ManifestVars = {
  /** The public origin (and optional path) without a trailing slash, e.g. `https://candor.example.com`. */
  PUBLIC_URL: string;
  /** `host[:port]` of PUBLIC_URL; the same host the server puts into the Application ID URI. */
  PUBLIC_HOST: string;
  ENTRA_CLIENT_ID: string;
  APP_ID: string;
  VERSION: string;
};

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export class ManifestConfigError extends Error {
  override name = 'ManifestConfigError';
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Teams requires the app version to be plain semver: major.minor.patch, no pre-release tag.
const semverPattern = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

const envSchema = z.object({
  PUBLIC_URL: z
    .string({ error: 'set it to the https origin Teams loads, e.g. https://candor.example.com' })
    .url('must be a URL such as https://candor.example.com')
    .transform((raw) => new URL(raw))
    .refine(
      (u) => u.protocol === 'https:' || (u.protocol === 'http:' && loopbackHosts.has(u.hostname)),
      { message: 'must be an https URL (http is accepted only for localhost / 127.0.0.1)' },
    )
    .refine((u) => !u.search && !u.hash, { message: 'must not have a query string or fragment' }),
  ENTRA_CLIENT_ID: z
    .string({ error: "set it to the app registration's Application (client) ID" })
    .regex(guidPattern, "must be the app registration's Application (client) ID, a GUID"),
  TEAMS_APP_ID: z
    .string()
    .regex(guidPattern, 'must be a GUID, or unset to derive one from ENTRA_CLIENT_ID')
    .optional(),
  APP_VERSION: z
    .string()
    .regex(
      semverPattern,
      'must be major.minor.patch, e.g. 1.4.0 (Teams accepts no pre-release tags)',
    ),
});

/**
 * Reads the manifest variables from the environment. Throws ManifestConfigError listing every problem.
 * TEAMS_APP_ID defaults to {@link teamsAppIdFor}(ENTRA_CLIENT_ID); APP_VERSION defaults to package.json's version.
 */
export function manifestVarsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  defaultVersion: string = packageJson.version,
): ManifestVars {
  // An empty variable means unset, as in most shells' `VAR= npm run package`.
  const parsed = envSchema.safeParse({
    PUBLIC_URL: env.PUBLIC_URL || undefined,
    ENTRA_CLIENT_ID: env.ENTRA_CLIENT_ID || undefined,
    TEAMS_APP_ID: env.TEAMS_APP_ID || undefined,
    APP_VERSION: env.APP_VERSION || defaultVersion,
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ManifestConfigError(
      `Cannot build the Teams app package: the configuration is invalid.\n${lines.join('\n')}\nTo fix this error, set the variables above (see appPackage/README.md).`,
    );
  }
  const e = parsed.data;
  const clientId = e.ENTRA_CLIENT_ID.toLowerCase();
  return {
    PUBLIC_URL: `${e.PUBLIC_URL.origin}${e.PUBLIC_URL.pathname.replace(/\/+$/, '')}`,
    PUBLIC_HOST: e.PUBLIC_URL.host,
    ENTRA_CLIENT_ID: clientId,
    APP_ID: (e.TEAMS_APP_ID ?? teamsAppIdFor(clientId)).toLowerCase(),
    VERSION: e.APP_VERSION,
  };
}

/**
 * Replaces every `{{NAME}}` in the template's string values with `vars[NAME]`.
 * Works on parsed JSON, so a value can never break the JSON it lands in.
 * Throws on an unknown placeholder, so a typo in the template cannot ship.
 */
export function fillManifest(template: JsonValue, vars: ManifestVars): JsonValue {
  if (typeof template === 'string') return fillString(template, vars);
  if (Array.isArray(template)) return template.map((item) => fillManifest(item, vars));
  if (template !== null && typeof template === 'object') {
    return Object.fromEntries(
      Object.entries(template).map(([key, value]) => [key, fillManifest(value, vars)]),
    );
  }
  return template;
}

function fillString(text: string, vars: ManifestVars): string {
  return text.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (_match, name: string) => {
    if (!Object.hasOwn(vars, name)) {
      throw new ManifestConfigError(
        `The manifest template uses {{${name}}}, which has no value. To fix this error, use one of ${Object.keys(vars).join(', ')} in appPackage/manifest.json.`,
      );
    }
    return vars[name as keyof ManifestVars];
  });
}
