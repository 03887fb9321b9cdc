import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';

type AppManifest = Parameters<typeof AppManifestUtils.validateAgainstSchema>[0];
type ManifestSchema = NonNullable<Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]>;

const packageRoot = dirname(
  createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json'),
);

/** Where `@microsoft/app-manifest` keeps its copy of the official Teams schema for a manifest version. */
export function bundledSchemaPath(
  manifestVersion: string,
  schema: 'MicrosoftTeams' | 'MicrosoftTeams.Localization' = 'MicrosoftTeams',
): string {
  return join(
    packageRoot,
    'build',
    'json-schemas',
    'teams',
    `v${manifestVersion}`,
    `${schema}.schema.json`,
  );
}

/**
 * Validates a Teams manifest against the official JSON schema for its `manifestVersion`, offline.
 * Returns the schema errors, or an empty array when the manifest is valid.
 *
 * The schema is read from the copy bundled in `@microsoft/app-manifest` and handed to its validator
 * explicitly, because without a schema the validator may fetch `$schema` over the network.
 */
export async function validateManifest(manifest: unknown): Promise<string[]> {
  const version = manifestVersionOf(manifest);
  if (!version) return ['/manifestVersion must be a string such as "1.29".'];
  const schemaFile = bundledSchemaPath(version);
  if (!existsSync(schemaFile)) {
    return [
      `/manifestVersion "${version}" has no schema bundled in @microsoft/app-manifest. To fix this error, use a version under ${dirname(dirname(schemaFile))}.`,
    ];
  }
  return AppManifestUtils.validateAgainstSchema(manifest as AppManifest, loadSchema(schemaFile));
}

/**
 * Validates a language file of `localizationInfo` (the manifest's strings in one language) against
 * the official localization schema of the manifest's version, offline.
 */
export async function validateLanguageFile(
  strings: unknown,
  manifestVersion: string,
): Promise<string[]> {
  const schemaFile = bundledSchemaPath(manifestVersion, 'MicrosoftTeams.Localization');
  if (!existsSync(schemaFile)) {
    return [`No localization schema is bundled for manifest version ${manifestVersion}.`];
  }
  return AppManifestUtils.validateAgainstSchema(strings as AppManifest, loadSchema(schemaFile));
}

function manifestVersionOf(manifest: unknown): string | undefined {
  if (typeof manifest !== 'object' || manifest === null || !('manifestVersion' in manifest)) {
    return undefined;
  }
  return typeof manifest.manifestVersion === 'string' ? manifest.manifestVersion : undefined;
}

function loadSchema(file: string): ManifestSchema {
  // The official schemas use \a and \v in regexes, which ajv's unicode mode rejects; the package
  // rewrites them the same way when it loads a schema itself.
  // The localization schema also leaves a `]` unescaped after `\b` in its activity keys, which
  // unicode mode rejects too; escaping it keeps the same meaning.
  const text = readFileSync(file, 'utf8')
    .replace(/\\a/g, '\\u0007')
    .replace(/\\v/g, '\\u000b')
    .replace(/\\\\b\]/g, '\\\\b\\\\]');
  return JSON.parse(text) as ManifestSchema;
}
