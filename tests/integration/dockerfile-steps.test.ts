/**
 * The container image without a Docker daemon: this test reads the Dockerfile and carries out its
 * steps in a temporary folder, one folder per stage standing in for that stage's filesystem:
 *
 * - every COPY from the build context copies the same files, honouring .dockerignore, and fails when a
 *   source is missing or ignored (as `docker build` does);
 * - every RUN runs with the stage's WORKDIR and ENV (`npm ci` uses the npm cache and the registry);
 * - the runtime stage is assembled only from its `COPY --from=build` lines;
 * - the server starts from that folder with its CMD, the stage's ENV and production dependencies only,
 *   answers its health route, and the HEALTHCHECK command itself passes against it (and fails once the
 *   server is gone).
 *
 * Because the steps come from the Dockerfile itself, the file and this test cannot drift apart.
 *
 * Like `docker build`, it keeps a layer cache: the folder a RUN left behind is kept under
 * `$TMPDIR/candor-image-layers`, keyed by the base image, every earlier step and the content of every
 * file copied so far, and a later run with the same key starts from there. Change a copied file or a
 * line and everything from that step on runs again: usually only the build (about a minute), since
 * `npm ci` is keyed by package.json and the lockfile alone. A cold run (npm ci, compiling
 * better-sqlite3, the Vite and tsc builds) took 5.5 minutes on a loaded two-core machine, hence the
 * hook's seven-minute limit; `CANDOR_IMAGE_LAYER_CACHE=0` forces one.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, posix, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../devhost/free-port.js';
import {
  parseDockerfile,
  parseDockerignore,
  type CopyStep,
  type Stage,
} from './support/dockerfile.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const stages = parseDockerfile(readFileSync(join(repoRoot, 'Dockerfile'), 'utf8'));
const ignore = parseDockerignore(readFileSync(join(repoRoot, '.dockerignore'), 'utf8'));
const runtime = stages.at(-1)!;
const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};

/**
 * RUN lines the test does not carry out, each for a stated reason. Anything else that fails fails the test.
 * - OS packages: the build stage installs the compilers better-sqlite3 needs; this machine (and CI's) has
 *   them already, and installing packages is not the test's business. The test checks the tools exist.
 * - OS users and ownership: the test runs as whoever runs the suite and creates no users; the runtime
 *   user comes from the base image. The test checks these commands are present instead.
 */
const osPackageCommand = /^apt-get\b/;
const userCommand = /^(useradd|groupadd|adduser|addgroup|chown)\b/;
/** The commands each Debian package the build stage installs must provide here. */
const toolOfPackage: Record<string, string> = { python3: 'python3', make: 'make', 'g++': 'g++' };

type Skipped = { stage: string; command: string; why: 'os-packages' | 'os-user' };

const layerCache = join(tmpdir(), 'candor-image-layers');
const useLayerCache = process.env.CANDOR_IMAGE_LAYER_CACHE !== '0';

let work: string;
const skipped: Skipped[] = [];
const cachedSteps: string[] = [];
let server: { child: ChildProcess; output: string[]; port: number; env: Record<string, string> };

/** Where a container path of a stage lives in the temporary folder. */
function hostPath(stage: Stage, containerPath: string): string {
  return join(work, stage.name, posix.resolve('/', containerPath));
}

function stageNamed(name: string): Stage {
  const stage = stages.find((s) => s.name === name);
  if (!stage) throw new Error(`COPY --from=${name}: no stage has that name`);
  return stage;
}

/** Docker's COPY: a folder's contents go into the destination; a file goes into it or becomes it. */
function copyInto(
  source: string,
  dest: string,
  destIsDir: boolean,
  filter?: (p: string) => boolean,
) {
  if (statSync(source).isDirectory()) {
    mkdirSync(dest, { recursive: true });
    cpSync(source, dest, { recursive: true, filter, verbatimSymlinks: true });
  } else {
    const target = destIsDir ? join(dest, basename(source)) : dest;
    mkdirSync(resolve(target, '..'), { recursive: true });
    cpSync(source, target);
  }
}

function carryOutCopy(stage: Stage, step: CopyStep & { workdir: string }) {
  const dest = hostPath(stage, posix.resolve(step.workdir, step.dest));
  const destIsDir = step.dest.endsWith('/') || step.sources.length > 1;
  for (const source of step.sources) {
    if (/[*?[]/.test(source)) throw new Error(`COPY ${source}: the test copies no wildcards`);
    if (step.from) {
      const from = hostPath(stageNamed(step.from), source);
      if (!existsSync(from)) {
        throw new Error(
          `COPY --from=${step.from} ${source}: the ${step.from} stage has no such path`,
        );
      }
      copyInto(from, dest, destIsDir);
      continue;
    }
    const from = join(repoRoot, source);
    if (!existsSync(from)) throw new Error(`COPY ${source}: not in the build context`);
    if (ignore.excludes(posix.normalize(source))) {
      throw new Error(`COPY ${source}: .dockerignore excludes it, so docker build would fail`);
    }
    copyInto(from, dest, destIsDir, (p) => {
      const rel = relative(repoRoot, p).split('\\').join('/');
      return rel === '' || !ignore.excludes(rel);
    });
  }
}

/** Paths and contents of the files a COPY from the build context takes, for the layer-cache key. */
function hashContext(source: string, hash: ReturnType<typeof createHash>) {
  const walk = (rel: string) => {
    if (ignore.excludes(rel)) return;
    const full = join(repoRoot, rel);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const entry of readdirSync(full).sort()) walk(posix.join(rel, entry));
    } else {
      hash.update(`${rel}\0`).update(readFileSync(full)).update('\0');
    }
  };
  walk(posix.normalize(source));
}

/** One key per step: the stage's image, every step so far and what it copied (docker's layer cache). */
function layerKeys(stage: Stage, finalKeys: Map<string, string>): string[] {
  let previous = stage.image;
  return stage.steps.map((step) => {
    const hash = createHash('sha256').update(previous).update(JSON.stringify(step));
    if (step.kind === 'copy' && step.from) hash.update(finalKeys.get(step.from) ?? '');
    if (step.kind === 'copy' && !step.from) for (const s of step.sources) hashContext(s, hash);
    previous = hash.digest('hex');
    return previous;
  });
}

function shell(script: string) {
  const result = spawnSync('/bin/sh', ['-c', script], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr}`);
}

/**
 * Keeps the stage folder as it is after a RUN. Several test runs may share the cache at once, so an
 * entry appears whole or not at all (copied aside, marked complete, then renamed into place), and only
 * entries of this step older than ten minutes are removed, never one another run may be reading.
 */
function saveLayer(stage: Stage, index: number, key: string) {
  if (!useLayerCache) return;
  mkdirSync(layerCache, { recursive: true });
  const prefix = `${stage.name}-${index}-`;
  const dest = join(layerCache, prefix + key);
  const staleBefore = Date.now() - 10 * 60_000;
  for (const old of readdirSync(layerCache).filter((e) => e.startsWith(prefix))) {
    const path = join(layerCache, old);
    if (path !== dest && statSync(path).mtimeMs < staleBefore) {
      rmSync(path, { recursive: true, force: true });
    }
  }
  if (existsSync(dest)) return;
  const partial = join(layerCache, `.partial-${process.pid}-${randomUUID()}`);
  shell(`cp -a '${join(work, stage.name)}' '${partial}' && touch '${partial}/.complete'`);
  try {
    renameSync(partial, dest);
  } catch {
    // Another run stored the same layer first.
    rmSync(partial, { recursive: true, force: true });
  }
}

function cachedLayer(stage: Stage, index: number, key: string): string | null {
  const dir = join(layerCache, `${stage.name}-${index}-${key}`);
  return useLayerCache && existsSync(join(dir, '.complete')) ? dir : null;
}

function buildStage(stage: Stage, finalKeys: Map<string, string>) {
  const root = join(work, stage.name);
  const keys = layerKeys(stage, finalKeys);
  // Start after the last RUN whose result is cached; the steps before it are in that folder.
  let start = 0;
  for (let i = stage.steps.length - 1; i >= 0; i--) {
    const cached = stage.steps[i]!.kind === 'run' ? cachedLayer(stage, i, keys[i]!) : null;
    if (cached) {
      shell(`cp -a '${cached}' '${root}' && rm '${root}/.complete'`);
      cachedSteps.push(`${stage.name} ${i}`);
      start = i + 1;
      break;
    }
  }
  mkdirSync(root, { recursive: true });
  for (let i = start; i < stage.steps.length; i++) {
    const step = stage.steps[i]!;
    if (step.kind === 'copy') {
      carryOutCopy(stage, step);
    } else {
      carryOutRun(stage, step.command, step.workdir, step.env);
      saveLayer(stage, i, keys[i]!);
    }
  }
  finalKeys.set(stage.name, keys.at(-1) ?? stage.image);
}

function carryOutRun(stage: Stage, command: string, workdir: string, env: Record<string, string>) {
  if (osPackageCommand.test(command)) {
    skipped.push({ stage: stage.name, command, why: 'os-packages' });
    return;
  }
  const parts = command.split('&&').map((p) => p.trim());
  const kept = parts.filter((p) => !userCommand.test(p));
  for (const part of parts.filter((p) => userCommand.test(p))) {
    skipped.push({ stage: stage.name, command: part, why: 'os-user' });
  }
  if (kept.length === 0) return;
  const script = kept.join(' && ');
  // Container paths would land on this machine's filesystem; WORKDIR-relative paths land in the folder.
  if (/(^|[\s=])\/(?!dev\/null)/.test(script)) {
    throw new Error(`RUN ${script}: use paths relative to WORKDIR, so this test can follow it`);
  }
  const cwd = hostPath(stage, workdir);
  mkdirSync(cwd, { recursive: true });
  const result = spawnSync('/bin/sh', ['-c', script], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/root',
      // This machine's npm cache stands in for the registry round trips a docker build makes.
      npm_config_prefer_offline: 'true',
      ...env,
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `RUN ${script} (stage ${stage.name}) failed with ${result.status}:\n${result.stdout}\n${result.stderr}`,
    );
  }
}

/** An ENV value that is a path under the stage's WORKDIR points into the temporary folder instead. */
function hostEnv(stage: Stage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(stage.env).map(([key, value]) => [
      key,
      value.startsWith(`${stage.workdir}/`) ? hostPath(stage, value) : value,
    ]),
  );
}

function exec(command: string[]): string[] {
  return command[0] === 'node' ? [process.execPath, ...command.slice(1)] : command;
}

async function waitForHealth(port: number, child: ChildProcess, output: string[]) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with ${child.exitCode}:\n${output.join('')}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No healthy server after 30 s:\n${output.join('')}`);
}

function runHealthcheck(): number | null {
  const [command, ...args] = exec(runtime.healthcheck!.command);
  const result = spawnSync(command!, args, {
    cwd: hostPath(runtime, runtime.workdir),
    env: server.env,
    encoding: 'utf8',
    timeout: 10_000,
  });
  return result.status;
}

describe('the Dockerfile as written', () => {
  it('builds in one stage and runs from a slim Node image in another', () => {
    expect(stages.map((s) => s.name)).toEqual(['build', 'runtime']);
    for (const stage of stages) expect(stage.image).toMatch(/^node:20[.\d]*-bookworm-slim$/);
    expect(runtime.steps.filter((s) => s.kind === 'copy').every((s) => s.from === 'build')).toBe(
      true,
    );
    expect(runtime.steps.some((s) => s.kind === 'run' && /\bnpm\b/.test(s.command))).toBe(false);
  });

  it("runs `npm run serve`'s entry point with NODE_ENV=production as a non-root user", () => {
    const serve = packageJson.scripts.serve!;
    expect(serve).toMatch(/^NODE_ENV=production /);
    expect(runtime.env.NODE_ENV).toBe('production');
    expect(runtime.cmd ?? runtime.entrypoint).toEqual(
      serve.replace(/^NODE_ENV=production /, '').split(' '),
    );
    expect(runtime.user).toBeTruthy();
    expect(runtime.user).not.toMatch(/^(root|0)(:|$)/);
  });

  it('keeps DATA_DIR on a volume that the runtime user owns', () => {
    const dataDir = posix.resolve(runtime.workdir, runtime.env.DATA_DIR ?? './data');
    expect(runtime.volumes).toContain(dataDir);
    const chowns = runtime.steps
      .filter((s) => s.kind === 'run')
      .flatMap((s) => s.command.split('&&').map((p) => p.trim()))
      .filter((p) => /^chown\b/.test(p));
    const user = runtime.user!.split(':')[0]!;
    expect(
      chowns.some((c) => {
        const [, owner, path] = c.split(/\s+/);
        return owner?.split(':')[0] === user && posix.resolve(runtime.workdir, path!) === dataDir;
      }),
      `expected a RUN chown of ${dataDir} to ${user}`,
    ).toBe(true);
  });

  it('has a HEALTHCHECK that asks the health route with node (slim images have no curl)', () => {
    expect(runtime.healthcheck).not.toBeNull();
    expect(runtime.healthcheck!.command[0]).toBe('node');
    expect(runtime.healthcheck!.command.join(' ')).toContain('/api/health');
  });

  it('builds better-sqlite3 with the compilers it installs in the build stage', () => {
    const install = stages[0]!.steps.find(
      (s) => s.kind === 'run' && osPackageCommand.test(s.command),
    );
    expect(install?.kind === 'run' && install.command).toMatch(/python3 make g\+\+/);
  });
});

describe('the Dockerfile carried out in a temporary folder', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'candor-image-'));
    const finalKeys = new Map<string, string>();
    for (const stage of stages) buildStage(stage, finalKeys);
    if (cachedSteps.length) console.info(`Layer cache used after: ${cachedSteps.join(', ')}`);
    const port = await freePort();
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      ...hostEnv(runtime),
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      ENTRA_CLIENT_ID: randomUUID(),
      ENTRA_CLIENT_SECRET: 'not-used-until-graph-is-called',
      // What README tells admins to run: `openssl rand -base64 48`.
      CANDOR_HMAC_KEY: randomBytes(48).toString('base64'),
    };
    const [command, ...args] = exec(runtime.cmd ?? runtime.entrypoint!);
    const output: string[] = [];
    const child = spawn(command!, args, {
      cwd: hostPath(runtime, runtime.workdir),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
    child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
    server = { child, output, port, env };
    await waitForHealth(port, child, output);
  }, 420_000);

  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      const exited = new Promise((done) => server.child.once('exit', done));
      server.child.kill('SIGTERM');
      await exited;
    }
    // About a gigabyte of node_modules: slow to remove on a busy machine.
    if (work) rmSync(work, { recursive: true, force: true });
  }, 180_000);

  it('skipped only the allow-listed OS package and user lines, and this machine has those tools', () => {
    // Every stage's RUN lines, whether carried out now or restored from the layer cache.
    const all = stages.flatMap((stage) =>
      stage.steps.flatMap((step) => {
        if (step.kind !== 'run') return [];
        if (osPackageCommand.test(step.command))
          return [{ why: 'os-packages', command: step.command }];
        return step.command
          .split('&&')
          .map((p) => p.trim())
          .filter((p) => userCommand.test(p))
          .map((command) => ({ why: 'os-user', command }));
      }),
    );
    expect(all.map((s) => s.why).sort()).toEqual(['os-packages', 'os-user']);
    for (const s of skipped) expect(all).toContainEqual({ why: s.why, command: s.command });
    const install = all.find((s) => s.why === 'os-packages')!.command;
    const packages = /apt-get install\s+(?:-\S+\s+)*([^&]+)/.exec(install)![1]!.trim().split(/\s+/);
    for (const name of packages) {
      const tool = toolOfPackage[name];
      expect(
        tool,
        `which command does Debian's ${name} provide? Add it to toolOfPackage`,
      ).toBeDefined();
      expect(spawnSync('sh', ['-c', `command -v ${tool}`]).status, `${tool} on PATH`).toBe(0);
    }
  });

  it('answers the health route from the runtime folder, on SQLite in the DATA_DIR volume', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', storage: 'sqlite' });
    expect(existsSync(join(server.env.DATA_DIR!, 'candor.sqlite'))).toBe(true);
    expect(server.output.join('')).toMatch(/mode production/);
  });

  it('serves the built pages', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/tabs/content.html`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/<script type="module"/);
  });

  it('has production dependencies only, with the compiled better-sqlite3', () => {
    const modules = hostPath(runtime, posix.join(runtime.workdir, 'node_modules'));
    // npm's record of what is installed: nothing in it may be there only for development.
    const installed = JSON.parse(readFileSync(join(modules, '.package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean }>;
    };
    const devOnly = Object.entries(installed.packages).filter(([, p]) => p.dev === true);
    expect(devOnly.map(([path]) => path)).toEqual([]);
    // The build tools are gone (a dev dependency that a production one also needs may stay).
    for (const tool of ['vite', 'vitest', 'typescript', 'eslint', 'prettier', 'tsx']) {
      expect(packageJson.devDependencies[tool], tool).toBeDefined();
      expect(existsSync(join(modules, tool)), `${tool} is a build tool`).toBe(false);
    }
    expect(existsSync(join(modules, 'better-sqlite3/build/Release/better_sqlite3.node'))).toBe(
      true,
    );
    expect(existsSync(hostPath(runtime, posix.join(runtime.workdir, 'server')))).toBe(false);
  });

  it('passes its own HEALTHCHECK, which fails once the server is gone', async () => {
    expect(runHealthcheck()).toBe(0);
    const exited = new Promise((done) => server.child.once('exit', done));
    server.child.kill('SIGTERM');
    await exited;
    expect(runHealthcheck()).not.toBe(0);
  });
});
