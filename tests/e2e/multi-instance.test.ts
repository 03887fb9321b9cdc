/**
 * The self-hosted topology (compose.yaml) without containers: PostgreSQL, two `npm run serve` instances
 * (the built server, NODE_ENV=production) on one database, and Caddy in front terminating TLS with a
 * certificate from the dev host's CA, speaking HTTP/2 to Chromium and round-robin to both instances
 * with no sticky sessions. One browser holds a retro with 8 side panels and the stage, which over
 * HTTP/1.1 would stall at six connections to the host. Mid-retro one instance is SIGKILLed: every
 * panel must reconnect through Caddy to the survivor, miss no live event and lose no acknowledged card.
 *
 * The production server never mounts the Teams stand-in, so Caddy serves the stand-in (the dev host's
 * plugin, run in this process as test scaffolding) at /devhost/ on the same origin, as the dev server
 * would; everything else goes to the two instances.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash, createPublicKey, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Frame,
  type FrameLocator,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDevCa, issueServerCert } from '../../devhost/ca.js';
import { freePort } from '../../devhost/free-port.js';
import { startFakeGraph, type FakeGraph } from '../../devhost/graph-fake.js';
import { startIdentityProvider, type Idp } from '../../devhost/idp.js';
import {
  demo,
  devApp,
  seed,
  userById,
  type Seed,
  type SeedMeeting,
  type SeedUser,
} from '../../devhost/seed.js';
import { createStandInPlugin } from '../../devhost/standin-plugin.js';
import { testTls } from '../../devhost/test-tls.js';
import { chromiumArgs, newPage, watchConsole, type ConsoleProblems } from './support/browser.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const entry = join(repoRoot, 'dist/node/server/main.js');
const standInBuild = join(repoRoot, 'dist/devhost/index.html');
const caddyPath = process.env.CADDY_PATH ?? '/usr/bin/caddy';
const adminDatabaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

// A meeting of eight: the organiser and seven colleagues from Customer Success (seed.ts has no meeting
// that big). The fake Graph, the identity provider and the stand-in all get this seed.
const people: SeedUser[] = demo.customerSuccess.members
  .filter((m) => m.role !== 'guest')
  .slice(0, 8)
  .map((m) => userById(m.userId)!);
const organiser = people[0]!;
const chatId = '19:meeting_TXVsdGlJbnN0YW5jZUNhZGR5SFRUUDJSZXRybw@thread.v2';
const meeting: SeedMeeting = {
  id: btoa(`1*${organiser.id}*0**${chatId}`),
  tenantId: organiser.tenantId,
  subject: 'Multi-instance retro',
  chatId,
  organizerId: organiser.id,
  recurrence: null,
  members: people.map((p, i) => ({ userId: p.id, role: i === 0 ? 'owner' : 'member' })),
};
const testSeed: Seed = { ...seed, meetings: [...seed.meetings, meeting] };
const cardText = (i: number) => `Card ${i + 1} from ${people[i]!.displayName} (mi-${i})`;

type Instance = {
  name: string;
  port: number;
  hostport: string;
  child: ChildProcess;
  output: string[];
  exited: Promise<void>;
};

/** What one app frame saw, recorded by the init script below. */
type ProbeRequest = {
  path: string;
  method: string;
  status: number;
  upstream: string;
  lastEventId: string | null;
  at: number;
};
type ProbeEvent = { room: string; seq: number; stream: number; upstream: string };
type Probe = { requests: ProbeRequest[]; events: ProbeEvent[] };
type ProtocolReport = { navigation: string; resources: { name: string; protocol: string }[] };

/**
 * Runs in every frame before its scripts (CDP, so the page's CSP does not apply). The stand-in creates
 * its iframes from script, so this runs in their initial about:blank document, whose window the app's
 * page then inherits (same origin); hence no check of the path here. It wraps fetch to
 * log every /api/ response with the instance Caddy says served it (X-Upstream), and reads a copy of each
 * live stream to log the id of every event that reached the frame.
 */
const probeScript = `(() => {
  if (window.__candorProbe) return;
  const probe = { requests: [], events: [] };
  let streams = 0;
  Object.defineProperty(window, '__candorProbe', { value: probe });
  const nativeFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(href, location.href);
    const response = await nativeFetch(input, init);
    if (!url.pathname.startsWith('/api/')) return response;
    const headers = new Headers(init && init.headers);
    const upstream = response.headers.get('x-upstream') || '';
    probe.requests.push({
      path: url.pathname,
      method: (init && init.method) || 'GET',
      status: response.status,
      upstream,
      lastEventId: headers.get('last-event-id'),
      at: Date.now(),
    });
    if (url.pathname.startsWith('/api/live/') && response.ok && response.body) {
      const stream = ++streams;
      const room = decodeURIComponent(url.pathname.slice('/api/live/'.length));
      const reader = response.clone().body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      const pump = () =>
        reader.read().then(({ done, value }) => {
          if (done) return;
          buffer += decoder.decode(value, { stream: true });
          for (let cut = buffer.indexOf('\\n\\n'); cut >= 0; cut = buffer.indexOf('\\n\\n')) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const id = block.split('\\n').find((line) => line.startsWith('id: '));
            if (id) probe.events.push({ room, seq: Number(id.slice(4)), stream, upstream });
          }
          return pump();
        }, () => undefined);
      void pump();
    }
    return response;
  };
})();`;

let workDir: string;
let databaseName: string | null = null;
let databaseUrl: string;
let idp: Idp | undefined;
let graph: FakeGraph | undefined;
let standIn: FastifyInstance | undefined;
const instances: Instance[] = [];
let caddy: ChildProcess | undefined;
const caddyOutput: string[] = [];
let origin: string;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let problems: ConsoleProblems;

const children = new Set<ChildProcess>();
const killChildren = (): void => {
  for (const child of children) child.kill('SIGKILL');
};
process.on('exit', killChildren);

function track(child: ChildProcess, output: string[]): Promise<void> {
  children.add(child);
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      output.push(line);
      if (output.length > 200) output.shift();
    });
  }
  return new Promise((done) => {
    child.once('exit', () => {
      children.delete(child);
      done();
    });
  });
}

async function adminQuery(text: string, url = adminDatabaseUrl): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

async function waitFor(what: string, check: () => Promise<boolean>, output: () => string[]) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((done) => setTimeout(done, 150));
  }
  throw new Error(`${what} did not come up within 30 s. Last output:\n${output().join('\n')}`);
}

async function startInstance(name: string, env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const output: string[] = [];
  // Only what a deployment sets: nothing inherited from the test runner but PATH and the test CA.
  const child = spawn(process.execPath, [entry], {
    cwd: repoRoot,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = track(child, output);
  const instance = { name, port, hostport: `127.0.0.1:${port}`, child, output, exited };
  instances.push(instance);
  await waitFor(
    `Candor ${name} (port ${port})`,
    async () => {
      if (child.exitCode !== null) throw new Error(`${name} exited:\n${output.join('\n')}`);
      return (await fetch(`http://127.0.0.1:${port}/api/health`)).ok;
    },
    () => output,
  );
  return instance;
}

/** Caddy 2.6 (Debian bookworm) calls request body buffering buffer_requests; 2.7 renamed it. */
function bufferRequests(): string {
  const version = execFileSync(caddyPath, ['version'], { encoding: 'utf8' });
  const minor = Number(/^v2\.(\d+)\./.exec(version)?.[1] ?? '0');
  return minor >= 7 ? 'request_buffers 1MB' : 'buffer_requests';
}

function caddyfile(opts: { port: number; cert: string; key: string; standInPort: number }) {
  const upstreams = instances.map((i) => i.hostport).join(' ');
  return `{
	admin off
	auto_https disable_redirects
	servers {
		protocols h1 h2
	}
}

https://localhost:${opts.port} {
	bind 127.0.0.1
	tls ${opts.cert} ${opts.key}
	# Test scaffolding: the Teams stand-in on the app's origin, as the dev server mounts it.
	handle /devhost* {
		reverse_proxy 127.0.0.1:${opts.standInPort}
	}
	# As deploy/Caddyfile: round robin, no sticky sessions, live events passed on at once.
	handle {
		reverse_proxy ${upstreams} {
			lb_policy round_robin
			lb_try_duration 5s
			lb_try_interval 100ms
			# A write that Caddy first sends to the dead instance (refused before the health check notices)
			# is retried on the other one; Caddy 2.6 resends its body only from a buffer.
			${bufferRequests()}
			health_uri /api/health
			health_interval 1s
			flush_interval -1
			header_down +X-Upstream {http.reverse_proxy.upstream.hostport}
			transport http {
				# Below Candor's 72 s keep-alive, so Caddy never reuses a connection Candor closed.
				keepalive 30s
			}
		}
	}
}
`;
}

beforeAll(async () => {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first.`);
  if (!existsSync(standInBuild)) {
    throw new Error(`${standInBuild} is missing: run \`npm run build:devhost\` first.`);
  }
  if (!existsSync(caddyPath)) {
    throw new Error(
      `Caddy is not installed at ${caddyPath}. To fix this error, run \`apt-get install -y caddy\` (.ci/run does) or set CADDY_PATH.`,
    );
  }
  const caPath = process.env.NODE_EXTRA_CA_CERTS;
  if (!caPath)
    throw new Error('NODE_EXTRA_CA_CERTS is not set: run through vitest (global setup).');
  workDir = mkdtempSync(join(tmpdir(), 'candor-multi-'));

  const tls = await testTls();
  idp = await startIdentityProvider({ tls, seed: testSeed });
  graph = await startFakeGraph({ tls, idpUrl: idp.url, seed: testSeed });

  // A database of its own, dropped afterwards: both instances migrate and share it.
  databaseName = `candor_e2e_${randomBytes(6).toString('hex')}`;
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(`create database ${databaseName}`);
      break;
    } catch (error) {
      // 55006: another session is using template1 for a moment (another test creating a database).
      if ((error as { code?: string }).code !== '55006' || attempt >= 5) throw error;
      await new Promise((done) => setTimeout(done, 200 * attempt));
    }
  }
  const url = new URL(adminDatabaseUrl);
  url.pathname = `/${databaseName}`;
  databaseUrl = url.toString();

  const caddyPort = await freePort();
  origin = `https://localhost:${caddyPort}`;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    NODE_EXTRA_CA_CERTS: caPath,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PUBLIC_URL: origin,
    ENTRA_CLIENT_ID: devApp.clientId,
    ENTRA_CLIENT_SECRET: devApp.clientSecret,
    ENTRA_AUTHORITY_HOST: idp.url,
    GRAPH_BASE_URL: graph.url,
    DATABASE_URL: databaseUrl,
    DATA_DIR: join(workDir, 'data'),
    CANDOR_HMAC_KEY: randomBytes(48).toString('base64'),
    TRUST_PROXY: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
  // One after the other: the first creates the schema, the second finds it migrated.
  await startInstance('A', env);
  await startInstance('B', env);

  standIn = Fastify({ logger: false });
  await standIn.register(
    createStandInPlugin({
      idpUrl: idp.url,
      clientId: devApp.clientId,
      publicUrl: new URL(origin),
      seed: testSeed,
    }),
    { prefix: '/devhost' },
  );
  const standInPort = await freePort();
  await standIn.listen({ host: '127.0.0.1', port: standInPort });

  // Caddy's certificate comes from the dev host's CA, which this process trusts (NODE_EXTRA_CA_CERTS);
  // Chromium is told to trust exactly this key.
  const ca = await ensureDevCa(dirname(caPath));
  const cert = issueServerCert(ca, ['localhost', '127.0.0.1']);
  const spkiHash = createHash('sha256')
    .update(createPublicKey(cert.certPem).export({ type: 'spki', format: 'der' }))
    .digest('base64');
  const certFile = join(workDir, 'cert.pem');
  const keyFile = join(workDir, 'key.pem');
  writeFileSync(certFile, cert.certPem);
  writeFileSync(keyFile, cert.keyPem, { mode: 0o600 });
  const config = join(workDir, 'Caddyfile');
  writeFileSync(
    config,
    caddyfile({ port: caddyPort, cert: certFile, key: keyFile, standInPort: standInPort }),
  );
  for (const dir of ['caddy-data', 'caddy-config']) mkdirSync(join(workDir, dir));
  caddy = spawn(caddyPath, ['run', '--config', config, '--adapter', 'caddyfile'], {
    cwd: workDir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: workDir,
      XDG_DATA_HOME: join(workDir, 'caddy-data'),
      XDG_CONFIG_HOME: join(workDir, 'caddy-config'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  void track(caddy, caddyOutput);
  await waitFor(
    'Caddy',
    async () => {
      if (caddy?.exitCode !== null) throw new Error(`caddy exited:\n${caddyOutput.join('\n')}`);
      return (await fetch(`${origin}/api/health`)).ok;
    },
    () => caddyOutput,
  );

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Trust Caddy's certificate by its key only; certificate errors stay errors for anything else.
    args: [...chromiumArgs, `--ignore-certificate-errors-spki-list=${spkiHash}`],
  });
  ({ context, page } = await newPage(browser, { width: 2800, height: 1300 }));
  problems = watchConsole(page);
  await context.addInitScript({ content: probeScript });
}, 120_000);

afterAll(async () => {
  const steps: (() => Promise<unknown>)[] = [
    async () => browser?.close(),
    async () => {
      caddy?.kill('SIGTERM');
    },
    async () => {
      for (const instance of instances) instance.child.kill('SIGTERM');
      await Promise.race([
        Promise.all(instances.map((i) => i.exited)),
        new Promise((done) => setTimeout(done, 10_000)),
      ]);
      killChildren();
    },
    async () => standIn?.close(),
    async () => graph?.close(),
    async () => idp?.close(),
    async () => {
      if (databaseName) await adminQuery(`drop database if exists ${databaseName} with (force)`);
    },
    async () => {
      if (workDir) rmSync(workDir, { recursive: true, force: true });
    },
  ];
  for (const step of steps) await step().catch((error: unknown) => console.error(error));
  process.off('exit', killChildren);
}, 60_000);

const panel = (user: SeedUser): FrameLocator =>
  page.frameLocator(`iframe[title="Side panel — ${user.displayName}"]`);
const stage = (): FrameLocator => page.frameLocator('iframe[title="Meeting stage"]');

/** The nine app frames (8 side panels, then the stage) by their stand-in titles. */
async function appFrames(): Promise<Map<string, Frame>> {
  const frames = new Map<string, Frame>();
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const title = await frame
      .frameElement()
      .then((el) => el.getAttribute('title'))
      .catch(() => null);
    if (title) frames.set(title, frame);
  }
  return frames;
}

async function probes(): Promise<Map<string, Probe>> {
  const result = new Map<string, Probe>();
  for (const [title, frame] of await appFrames()) {
    const probe = await frame.evaluate(
      () => (window as unknown as { __candorProbe?: Probe }).__candorProbe ?? null,
    );
    if (probe) result.set(title, probe);
  }
  return result;
}

async function everyoneSeesPhase(name: string, timeout = 20_000): Promise<void> {
  for (const person of people) {
    await panel(person).getByRole('heading', { name, exact: true }).waitFor({ timeout });
  }
  await expect
    .poll(() => stage().getByRole('heading', { level: 1 }).textContent(), { timeout })
    .toContain(name);
}

async function next(): Promise<void> {
  await panel(organiser).getByRole('button', { name: 'Next phase' }).click();
}

const instanceName = (hostport: string) =>
  instances.find((i) => i.hostport === hostport)?.name ?? `?${hostport}`;

describe('two production instances on PostgreSQL behind Caddy (TLS, HTTP/2, round robin)', () => {
  it('Caddy balances over both instances and terminates TLS with the test CA', async () => {
    const served = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`${origin}/api/health`);
      expect(res.status).toBe(200);
      served.add(res.headers.get('x-upstream') ?? '');
    }
    expect([...served].sort()).toEqual(instances.map((i) => i.hostport).sort());
    const health = (await (await fetch(`${origin}/api/health`)).json()) as { storage: string };
    expect(health.storage).toBe('postgres');
    // Production instances never mount the stand-in; Caddy sends /devhost/ elsewhere.
    for (const instance of instances) {
      expect((await fetch(`http://${instance.hostport}/devhost/`)).status).toBe(404);
    }
  });

  it('loads 8 side panels and the stage in one browser over HTTP/2', async () => {
    await page.goto(
      `${origin}/devhost/?view=meeting&meeting=${encodeURIComponent(chatId)}&participants=8`,
    );
    const setUp = panel(organiser).getByRole('button', { name: 'Set up a retro' });
    await setUp.waitFor({ timeout: 30_000 });
    // Every panel is up (its live stream open) before the retro starts.
    for (const person of people) {
      await panel(person)
        .getByRole('button', { name: 'Set up a retro' })
        .waitFor({ timeout: 30_000 });
    }
    await setUp.click();
    await panel(organiser).getByRole('button', { name: 'Start retro' }).click();
    for (const person of people) {
      await panel(person)
        .getByRole('heading', { name: 'Check-in', exact: true })
        .waitFor({ timeout: 20_000 });
    }
    await panel(organiser).getByRole('button', { name: 'More retro actions' }).click();
    await panel(organiser).getByRole('menuitem', { name: 'Share to stage' }).click();
    await expect
      .poll(() => stage().getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 })
      .toContain('Check-in');
    const frames = await appFrames();
    expect(frames.size).toBe(9);

    // Chromium reached the proxy over HTTP/2: the stand-in page, and every frame's page and requests.
    const protocols = async (frame: Frame) =>
      frame.evaluate((): ProtocolReport => {
        const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        return {
          navigation: nav?.nextHopProtocol ?? '',
          // What came over the network (cache hits report no protocol).
          resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
            .filter((r) => r.name.startsWith(location.origin) && r.transferSize > 0)
            .map((r) => ({ name: r.name, protocol: r.nextHopProtocol })),
        };
      });
    expect((await protocols(page.mainFrame())).navigation).toBe('h2');
    for (const [title, frame] of frames) {
      const report = await protocols(frame);
      expect(report.navigation, title).toBe('h2');
      expect(report.resources.length, title).toBeGreaterThan(0);
      for (const r of report.resources) expect(r.protocol, `${title}: ${r.name}`).toBe('h2');
    }
  });

  it('every panel and the stage get every phase change and card count, whichever instance served them', async () => {
    await next();
    await everyoneSeesPhase('Review');
    await next();
    await everyoneSeesPhase('Gather');
    for (const [i, author] of people.entries()) {
      const column = panel(author).getByRole('region', { name: 'Start' });
      await column.getByRole('textbox').fill(cardText(i));
      await column.getByRole('button', { name: 'Add card' }).click();
      // Acknowledged: the author's own card is back in their panel.
      await panel(author).getByText(cardText(i)).waitFor({ timeout: 15_000 });
      for (const [p, person] of people.entries()) {
        const hidden = i + 1 - (p <= i ? 1 : 0);
        const text = `${hidden} ${hidden === 1 ? 'card' : 'cards'} from others (hidden until the reveal)`;
        await panel(person)
          .getByRole('region', { name: 'Start' })
          .getByText(text)
          .waitFor({ timeout: 15_000 });
      }
      await stage()
        .getByText(`${i + 1} ${i === 0 ? 'card' : 'cards'}`, { exact: true })
        .waitFor({ timeout: 15_000 });
    }

    // Both instances served the panels: their pages' API requests and their live streams.
    const seen = await probes();
    expect(seen.size).toBe(9);
    const served = new Set<string>();
    for (const [title, probe] of seen) {
      const byInstance = new Map<string, number>();
      for (const r of probe.requests) {
        byInstance.set(r.upstream, (byInstance.get(r.upstream) ?? 0) + 1);
        served.add(r.upstream);
      }
      const streams = probe.requests
        .filter((r) => r.path.startsWith('/api/live/'))
        .map((r) => instanceName(r.upstream));
      console.log(
        `${title}: ${[...byInstance].map(([u, n]) => `${n} on ${instanceName(u)}`).join(', ')}; live streams on ${streams.join(' → ')}`,
      );
    }
    expect([...served].sort()).toEqual(instances.map((i) => i.hostport).sort());
  });

  it('survives SIGKILL of one instance: panels resume on the survivor, no event or card lost', async () => {
    const seen = await probes();
    // The instance holding the most open retro streams dies, so several panels must move.
    const current = new Map<string, string>();
    for (const [title, probe] of seen) {
      const last = probe.requests.filter((r) => r.path.startsWith('/api/live/retro')).at(-1);
      expect(last?.status, title).toBe(200);
      current.set(title, last!.upstream);
    }
    const load = (i: Instance) => [...current.values()].filter((u) => u === i.hostport).length;
    const [killed, survivor] =
      load(instances[0]!) >= load(instances[1]!)
        ? [instances[0]!, instances[1]!]
        : [instances[1]!, instances[0]!];
    const moving = [...current].filter(([, u]) => u === killed.hostport).map(([t]) => t);
    expect(moving.length).toBeGreaterThan(0);
    console.log(`SIGKILL instance ${killed.name}; panels streaming from it: ${moving.join(', ')}`);

    const killedAt = Date.now();
    killed.child.kill('SIGKILL');
    await killed.exited;
    // At once, while the streams are still reconnecting: the reveal and then another phase.
    await next();
    await everyoneSeesPhase('Group', 30_000);
    for (const person of people) {
      for (const i of people.keys()) {
        await panel(person).getByText(cardText(i)).first().waitFor({ timeout: 15_000 });
      }
    }
    for (const i of people.keys()) {
      await stage().getByText(cardText(i)).first().waitFor({ timeout: 15_000 });
    }
    await next();
    await everyoneSeesPhase('Vote', 30_000);

    // No acknowledged write was lost: the database holds all eight cards.
    const cards = await adminQuery('select count(*)::int as n from retro_cards', databaseUrl);
    expect(cards.rows[0]).toEqual({ n: people.length });

    // Every frame received every event of the retro's room, 1 … last, across its connections.
    const rooms = await adminQuery(
      "select room, last_seq from rooms where room like 'retro:%'",
      databaseUrl,
    );
    expect(rooms.rows).toHaveLength(1);
    const { room: retroRoom, last_seq: lastSeq } = rooms.rows[0] as {
      room: string;
      last_seq: number;
    };
    // Four phase changes and eight cards at least.
    expect(Number(lastSeq)).toBeGreaterThanOrEqual(12);
    console.log(`${retroRoom}: ${lastSeq} events; every frame must have received each of them`);
    const after = await probes();
    expect(after.size).toBe(9);
    // Panels apply live events without requests, so a quiet panel may send none after the kill;
    // the facilitator's commands at least went through, and every late request met the survivor.
    let lateRequests = 0;
    for (const [title, probe] of after) {
      const seqs = new Set(probe.events.filter((e) => e.room === retroRoom).map((e) => e.seq));
      const missing = Array.from({ length: Number(lastSeq) }, (_, i) => i + 1).filter(
        (s) => !seqs.has(s),
      );
      expect(missing, `${title} missed events`).toEqual([]);
      // Nothing failed through the proxy after the kill, and soon only the survivor answers.
      const failed = probe.requests.filter((r) => r.at > killedAt && r.status >= 500);
      expect(failed, title).toEqual([]);
      const late = probe.requests.filter((r) => r.at > killedAt + 1_000);
      lateRequests += late.length;
      for (const r of late)
        expect(instanceName(r.upstream), `${title} ${r.path}`).toBe(survivor.name);
    }
    expect(lateRequests).toBeGreaterThan(0);
    // The panels that lost their stream came back through Caddy to the survivor, resuming where they were.
    for (const title of moving) {
      const probe = after.get(title)!;
      const resumed = probe.requests.filter(
        (r) => r.path.startsWith('/api/live/retro') && r.at > killedAt && r.status === 200,
      );
      expect(resumed.length, title).toBeGreaterThan(0);
      expect(resumed[0]!.upstream, title).toBe(survivor.hostport);
      expect(Number(resumed[0]!.lastEventId), title).toBeGreaterThan(0);
      const events = probe.events.filter((e) => e.room === retroRoom);
      expect(
        events.some((e) => e.upstream === survivor.hostport),
        title,
      ).toBe(true);
    }
    expect(survivor.child.exitCode).toBeNull();
    expect(problems.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  });
});
