/**
 * The first step of `npm test`: checks, in about a second, for what the suites need beyond Node
 * (PostgreSQL, Chromium, Caddy), so a missing one fails with its fix before minutes of lint and build.
 * `.ci/run` installs and starts all three first, so in CI every check passes.
 */
import { accessSync, constants } from 'node:fs';
import pg from 'pg';

const databaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function postgresProblem(): Promise<string | null> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const where = process.env.TEST_DATABASE_URL ? 'TEST_DATABASE_URL' : databaseUrl;
    return (
      `PostgreSQL is not reachable at ${where} (${reason}). To fix this, install and start it with ` +
      '`sudo apt-get install -y postgresql && sudo pg_ctlcluster --skip-systemctl-redirect ' +
      '$(ls /etc/postgresql) main start` (the database `test` must exist and trust local logins), ' +
      'or set TEST_DATABASE_URL to a reachable database.'
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

function binaryProblem(name: string, variable: string, fallback: string, what: string) {
  const path = process.env[variable] ?? fallback;
  if (executable(path)) return null;
  return (
    `${name} is not at ${path}; ${what}. To fix this, run \`sudo apt-get install -y ${name.toLowerCase()}\`, ` +
    `or set ${variable} to its path.`
  );
}

const problems = [
  await postgresProblem(),
  binaryProblem('Chromium', 'CHROMIUM_PATH', '/usr/bin/chromium', 'the browser tests drive it'),
  binaryProblem(
    'Caddy',
    'CADDY_PATH',
    '/usr/bin/caddy',
    'tests/e2e/multi-instance.test.ts needs it',
  ),
].filter((problem): problem is string => problem !== null);

if (problems.length > 0) {
  console.error(
    [
      '',
      `npm test needs ${problems.length === 1 ? 'one thing' : `${problems.length} things`} this machine lacks (.ci/run sets them all up on a fresh machine):`,
      ...problems.map((problem) => `  - ${problem}`),
      '',
    ].join('\n'),
  );
  process.exit(1);
}
