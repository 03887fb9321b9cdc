import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { fillManifest, manifestVarsFromEnv, type JsonValue } from './fill-manifest.js';
import { validateLanguageFile, validateManifest } from './validate-manifest.js';

const here = import.meta.dirname;
/** Files that go into the zip root beside manifest.json, as the manifest's `icons` name them. */
const iconFiles = ['color.png', 'outline.png'] as const;
// A fixed timestamp keeps the zip byte-identical for the same inputs.
const zipEntryTime = new Date('2024-01-01T00:00:00Z');

export class InvalidManifestError extends Error {
  override name = 'InvalidManifestError';
  constructor(readonly errors: string[]) {
    super(
      `The Teams manifest does not match the official schema:\n${errors.map((e) => `  ${e}`).join('\n')}\nTo fix this error, correct appPackage/manifest.json or the variables that fill it.`,
    );
  }
}

export type BuiltPackage = { manifest: JsonValue; manifestPath: string; zipPath: string };

/**
 * Fills the manifest template from the environment, validates it offline against the official
 * schema, and writes `manifest.json` and `candor.zip` (manifest and icons at the root) to outDir.
 */
export async function buildPackage(
  env: NodeJS.ProcessEnv,
  outDir: string = join(here, 'build'),
): Promise<BuiltPackage> {
  const template = JSON.parse(readFileSync(join(here, 'manifest.json'), 'utf8')) as JsonValue;
  const manifest = fillManifest(template, manifestVarsFromEnv(env));
  const errors = await validateManifest(manifest);
  const languages = languageFiles(manifest);
  for (const { file, strings } of languages) {
    const problems = await validateLanguageFile(
      strings,
      String(manifestField(manifest, 'manifestVersion')),
    );
    errors.push(...problems.map((problem) => `${file}: ${problem}`));
  }
  if (errors.length > 0) throw new InvalidManifestError(errors);

  mkdirSync(outDir, { recursive: true });
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  const manifestPath = join(outDir, 'manifest.json');
  writeFileSync(manifestPath, manifestText);

  const zip = new ZipFile();
  zip.addBuffer(Buffer.from(manifestText), 'manifest.json', { mtime: zipEntryTime });
  for (const file of iconFiles) {
    zip.addBuffer(readFileSync(join(here, file)), file, { mtime: zipEntryTime });
  }
  // The manifest's strings in other languages; Teams picks the file for the user's language.
  for (const { file, strings } of languages) {
    zip.addBuffer(Buffer.from(`${JSON.stringify(strings, null, 2)}\n`), file, {
      mtime: zipEntryTime,
    });
  }
  zip.end();
  const zipPath = join(outDir, 'candor.zip');
  await pipeline(zip.outputStream, createWriteStream(zipPath));
  return { manifest, manifestPath, zipPath };
}

function manifestField(manifest: JsonValue, key: string): JsonValue | undefined {
  return typeof manifest === 'object' && manifest !== null && !Array.isArray(manifest)
    ? manifest[key]
    : undefined;
}

/** The language files `localizationInfo.additionalLanguages` names, read from appPackage/. */
export function languageFiles(manifest: JsonValue): { file: string; strings: JsonValue }[] {
  const info = manifestField(manifest, 'localizationInfo');
  const additional =
    typeof info === 'object' && info !== null && !Array.isArray(info)
      ? info.additionalLanguages
      : undefined;
  if (!Array.isArray(additional)) return [];
  return additional.flatMap((language) => {
    const file = manifestField(language, 'file');
    if (typeof file !== 'string') return [];
    return [{ file, strings: JSON.parse(readFileSync(join(here, file), 'utf8')) as JsonValue }];
  });
}
