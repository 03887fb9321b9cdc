import { loadConfig } from '../../server/config.js';
import { ensureDevCa, issueServerCert } from '../ca.js';
import { startFakeGraph } from '../graph-fake.js';
import { startIdentityProvider } from '../idp.js';
import { devApp } from '../seed.js';
import { devCaDir } from '../trusted-ca.js';
import { generateDemoData, readDemoMarker } from './generate.js';

export type SeedDemoOptions = { dataDir: string; databaseUrl?: string; caDir?: string };

/**
 * For `npm start`, before the server starts: fills an empty dev database with the demo history,
 * against an identity provider and fake Graph of its own. Needs NODE_EXTRA_CA_CERTS set to the
 * dev CA (ensureTrustedCa). A failure only costs the demo data, so it warns and carries on.
 */
export async function seedDemoDataOnce(options: SeedDemoOptions): Promise<void> {
  if (readDemoMarker(options.dataDir)?.linked) return;
  const ca = await ensureDevCa(options.caDir ?? devCaDir);
  const tls = issueServerCert(ca);
  const idp = await startIdentityProvider({ tls });
  const graph = await startFakeGraph({ tls, idpUrl: idp.url });
  try {
    // The server's own configuration path, so the demo uses the same database and dev HMAC key.
    const config = loadConfig({
      NODE_ENV: 'development',
      PUBLIC_URL: 'http://localhost:3978',
      ENTRA_CLIENT_ID: devApp.clientId,
      ENTRA_CLIENT_SECRET: devApp.clientSecret,
      ENTRA_AUTHORITY_HOST: idp.url,
      GRAPH_BASE_URL: graph.url,
      DATA_DIR: options.dataDir,
      LOG_LEVEL: 'silent',
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    });
    console.log('\n> Checking the demo history (a year of pulses and retros)…');
    const result = await generateDemoData({ config, idp, log: (line) => console.log(`  ${line}`) });
    if (!result.skipped) {
      console.log(`  Demo data ready in ${(result.ms / 1000).toFixed(1)} s.`);
    }
  } catch (error) {
    console.warn(
      `\n! Could not generate the demo data: ${error instanceof Error ? error.message : String(error)}\n  Candor starts anyway. To try again from scratch, stop it, delete ${options.dataDir} and run npm start.`,
    );
  } finally {
    await graph.close();
    await idp.close();
  }
}
