import { parseArgs } from 'node:util';
import { z } from 'zod';
import { storageFromEnv } from '../config.js';
import { openDatabase } from '../storage/db.js';
import { countTenantData, deleteTenantData, type TenantRows } from './delete-tenant.js';

const usage = `Usage: npm run admin -- delete-tenant <tenant-id> [--yes]

Deletes everything Candor stores for one Microsoft Entra tenant (retros, pulses, links, live-event
history). Without --yes it only counts what would go. Uses DATABASE_URL, or the SQLite file under
DATA_DIR, like the server. Remove Candor from the tenant first, so nothing new is written meanwhile.`;

const tenantIdSchema = z.string().uuid('must be the tenant id, a GUID');

function table(rows: TenantRows): string {
  return Object.entries(rows)
    .map(([name, count]) => `  ${name.padEnd(16)} ${count}`)
    .join('\n');
}

/** The admin command line; returns the process exit code. */
export async function runAdmin(argv: string[], env: NodeJS.ProcessEnv = process.env) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { yes: { type: 'boolean', default: false }, help: { type: 'boolean' } },
  });
  const [command, rawTenant] = positionals;
  if (values.help || command !== 'delete-tenant' || positionals.length !== 2) {
    console.error(usage);
    return values.help ? 0 : 2;
  }
  const tenant = tenantIdSchema.safeParse(rawTenant);
  if (!tenant.success) {
    console.error(`The tenant id ${JSON.stringify(rawTenant)} ${tenant.error.issues[0]?.message}.`);
    return 2;
  }
  const tenantId = tenant.data.toLowerCase();
  const db = await openDatabase(storageFromEnv(env));
  try {
    if (!values.yes) {
      console.log(
        `Would delete for tenant ${tenantId}:\n${table(await countTenantData(db, tenantId))}`,
      );
      console.log('Nothing was deleted. Run again with --yes to delete.');
      return 0;
    }
    const deleted = await deleteTenantData(db, tenantId);
    console.log(`Deleted for tenant ${tenantId}:\n${table(deleted)}`);
    return 0;
  } finally {
    await db.close();
  }
}
