import { randomBytes } from 'node:crypto';
import pg from 'pg';

const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `The PostgreSQL e2e tests cannot reach TEST_DATABASE_URL (${error instanceof Error ? error.message : String(error)}). To fix this error, start PostgreSQL with \`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\`, or set TEST_DATABASE_URL to a reachable database.`,
      { cause: error },
    );
  }
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A fresh PostgreSQL database beside TEST_DATABASE_URL's, for a server's DATABASE_URL. */
export async function createPostgresDatabase(
  prefix: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(`create database ${name}`);
      break;
    } catch (error) {
      // 55006: another session is copying template1 for a moment (another test creating a database).
      if ((error as { code?: string }).code !== '55006' || attempt >= 5) throw error;
      await new Promise((done) => setTimeout(done, 200 * attempt));
    }
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(`drop database if exists ${name} with (force)`),
  };
}
