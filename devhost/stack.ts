import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { ensureDevCa, issueServerCert, type DevCa } from './ca.js';
import { freePort } from './free-port.js';
import { startFakeGraph, type FakeGraph } from './graph-fake.js';
import { startIdentityProvider, type Idp } from './idp.js';
import { startFakeBotConnector, type FakeBotConnector } from './bot-connector.js';
import { contoso, devApp, seed } from './seed.js';

export const repoRoot = resolve(import.meta.dirname, '..');
const devServerEntry = resolve(repoRoot, 'devhost', 'dev-server.ts');

export type DevStackOptions = {
  appPort?: number;
  dataDir: string;
  databaseUrl?: string;
  caDir?: string;
  logLevel?: string;
  /** Extra or overriding variables for the server process. */
  env?: Record<string, string>;
  /** Where the server's output lines go; default: this process's stdout with a `[candor]` prefix. */
  onOutput?: (line: string) => void;
  /** Called when the server exits on its own (not through restartServer or stop). */
  onUnexpectedExit?: (code: number | null, lastLines: string[]) => void;
  /** The server entry to run; tests may point at a stand-in. Default devhost/dev-server.ts. */
  serverEntry?: string;
  healthTimeoutMs?: number;
};

export type DevStack = {
  /** `http://localhost:<port>`, the PUBLIC_URL the server was given. */
  appUrl: string;
  idp: Idp;
  graph: FakeGraph;
  /** The fake Bot Connector: it introduces the bot to the demo meetings and teams, and records posts. */
  bot: FakeBotConnector;
  ca: DevCa;
  /** The variables Candor's server was started with (on top of the inherited environment). */
  env: Record<string, string>;
  /** The server's last output lines (up to 200). */
  output(): string[];
  /** SIGTERM the server, wait for it to exit, start it again on the same port and wait for health. */
  restartServer(): Promise<void>;
  stop(): Promise<void>;
};

/** Server settings the stack controls; inherited values for these would silently change the setup. */
const controlledVariables = [
  'NODE_ENV',
  'PORT',
  'HOST',
  'PUBLIC_URL',
  'ENTRA_CLIENT_ID',
  'ENTRA_CLIENT_SECRET',
  'ENTRA_AUTHORITY_HOST',
  'ENTRA_ALLOWED_TENANTS',
  'GRAPH_BASE_URL',
  'DATABASE_URL',
  'DATA_DIR',
  'CANDOR_HMAC_KEY',
  'NODE_EXTRA_CA_CERTS',
  'LOG_LEVEL',
  'CANDOR_DEVHOST_IDP_URL',
  'NODE_TLS_REJECT_UNAUTHORIZED',
  'BOT_ENABLED',
  'BOT_OPENID_METADATA_URL',
  'BOT_TOKEN_TENANT',
  'TEAMS_APP_ID',
  'CANDOR_DEVHOST_BOT_URL',
];

const keptLines = 200;

/**
 * Starts the dev identity provider and fake Graph over https with the dev CA, then Candor's real
 * server as a child process pointed at them, exactly as production is configured, and waits for health.
 */
export async function startDevStack(opts: DevStackOptions): Promise<DevStack> {
  const ca = await ensureDevCa(opts.caDir ?? resolve(repoRoot, '.devhost', 'ca'));
  const tls = issueServerCert(ca);
  const idp = await startIdentityProvider({ tls });
  const graph = await startFakeGraph({ tls, idpUrl: idp.url });
  const bot = await startFakeBotConnector({ tls, idpUrl: idp.url, botId: devApp.clientId });
  const port = opts.appPort ?? (await freePort());
  const appUrl = `http://localhost:${port}`;
  const env: Record<string, string> = {
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: appUrl,
    ENTRA_CLIENT_ID: devApp.clientId,
    ENTRA_CLIENT_SECRET: devApp.clientSecret,
    ENTRA_AUTHORITY_HOST: idp.url,
    GRAPH_BASE_URL: graph.url,
    DATA_DIR: resolve(opts.dataDir),
    NODE_EXTRA_CA_CERTS: ca.certPath,
    LOG_LEVEL: opts.logLevel ?? 'info',
    CANDOR_DEVHOST_IDP_URL: idp.url,
    // The bot as a single-tenant Azure Bot in the dev app's home tenant, against the fake connector.
    BOT_OPENID_METADATA_URL: bot.openIdMetadataUrl,
    BOT_TOKEN_TENANT: contoso.id,
    CANDOR_DEVHOST_BOT_URL: bot.url,
    ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}),
    ...opts.env,
  };
  const lines: string[] = [];
  const emit = opts.onOutput ?? ((line: string) => process.stdout.write(`[candor] ${line}\n`));
  let child: ChildProcess | null = null;
  // Only an exit while 'running' is unexpected; start failures are thrown, stops are asked for.
  let phase: 'starting' | 'running' | 'stopping' = 'starting';
  const killOnExit = (): void => {
    child?.kill('SIGKILL');
  };
  process.on('exit', killOnExit);

  function spawnServer(): ChildProcess {
    const inherited = { ...process.env };
    for (const name of controlledVariables) delete inherited[name];
    const proc = spawn(process.execPath, ['--import', 'tsx', opts.serverEntry ?? devServerEntry], {
      cwd: repoRoot,
      env: { ...inherited, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [proc.stdout, proc.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        lines.push(line);
        if (lines.length > keptLines) lines.shift();
        emit(line);
      });
    }
    proc.once('exit', (code) => {
      if (phase === 'running' && child === proc) opts.onUnexpectedExit?.(code, [...lines]);
    });
    return proc;
  }

  async function startServer(): Promise<void> {
    phase = 'starting';
    child = spawnServer();
    await waitForHealth(child, port, lines, opts.healthTimeoutMs ?? 30_000);
    // As Teams does when the app is added to a meeting or a team: the bot is introduced to each.
    if (env.BOT_ENABLED !== 'false') await installBotEverywhere(bot, appUrl);
    phase = 'running';
  }

  async function stopServer(): Promise<void> {
    phase = 'stopping';
    if (child) await terminate(child);
    child = null;
  }

  async function stopAll(): Promise<void> {
    await stopServer();
    process.off('exit', killOnExit);
    await Promise.all([graph.close(), idp.close(), bot.close()]);
  }

  try {
    await startServer();
  } catch (error) {
    await stopAll();
    throw error;
  }

  return {
    appUrl,
    idp,
    graph,
    bot,
    ca,
    env,
    output: () => [...lines],
    async restartServer() {
      await stopServer();
      await startServer();
    },
    stop: stopAll,
  };
}

/** Delivers the install events of every demo meeting chat and team to the app. */
async function installBotEverywhere(bot: FakeBotConnector, appUrl: string): Promise<void> {
  for (const meeting of seed.meetings) await bot.installInChat(appUrl, meeting);
  for (const team of seed.teams) await bot.installInTeam(appUrl, team);
}

/** Polls GET /api/health until 200; fails early, with the server's output, if the process exits. */
async function waitForHealth(
  proc: ChildProcess,
  port: number,
  lines: string[],
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const exited = new Promise<number | null>((done) => {
    if (proc.exitCode !== null) done(proc.exitCode);
    else proc.once('exit', (code) => done(code));
  });
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(
        `Candor's server exited with code ${exitCode} before it became healthy. Its last output:\n${tail(lines)}\nTo fix this error, read the output above (a port in use shows as EADDRINUSE: set PORT to another port).`,
      );
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`, {
        signal: AbortSignal.timeout(2_000),
      });
      if (res.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 150));
  }
  proc.kill('SIGKILL');
  throw new Error(
    `Candor's server did not answer GET /api/health with 200 within ${timeoutMs / 1000} s. Its last output:\n${tail(lines)}\nTo fix this error, read the output above; the server may be stuck connecting to its database.`,
  );
}

/** SIGTERM, then SIGKILL after 10 s, resolving when the process has exited. */
function terminate(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => proc.kill('SIGKILL'), 10_000);
    proc.once('exit', () => {
      clearTimeout(force);
      done();
    });
    proc.kill('SIGTERM');
  });
}

function tail(lines: string[]): string {
  return lines.length
    ? lines
        .slice(-40)
        .map((l) => `  | ${l}`)
        .join('\n')
    : '  (no output)';
}
