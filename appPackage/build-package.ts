import { relative } from 'node:path';
import { buildPackage, InvalidManifestError } from './package-builder.js';
import { ManifestConfigError } from './fill-manifest.js';

// `npm run package`: builds appPackage/build/candor.zip from PUBLIC_URL, ENTRA_CLIENT_ID,
// and optionally TEAMS_APP_ID and APP_VERSION.
try {
  const built = await buildPackage(process.env);
  console.log(`Teams app package: ${relative(process.cwd(), built.zipPath)}`);
  console.log(
    `Manifest (validated offline against the official schema): ${relative(process.cwd(), built.manifestPath)}`,
  );
} catch (error) {
  if (error instanceof ManifestConfigError || error instanceof InvalidManifestError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
