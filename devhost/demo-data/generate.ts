/**
 * The dev-mode demo history: a year of weekly pulses for Platform and Customer Success and
 * fortnightly retros in the weekly sync, linked to Platform. Everything goes through the real
 * server: its domain functions with a past clock where time matters, its HTTP API otherwise.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.js';
import type { AppDeps } from '../../server/app-deps.js';
import type { Config } from '../../server/config.js';
import { closeCoreDeps, createCoreDeps } from '../../server/deps.js';
import type { Db } from '../../server/storage/db.js';
import type { Idp } from '../idp.js';
import { demo } from '../seed.js';
import { signInActors, type Actors } from './actors.js';
import { customerSuccessProfile, platformProfile } from './plan.js';
import { generatePulses } from './pulses.js';
import { generateRetros } from './retros.js';

export type DemoDataOptions = {
  config: Config;
  idp: Pick<Idp, 'issueUserToken'>;
  /** The end of the history; default now. */
  today?: Date;
  log?: (line: string) => void;
};

export type DemoMarker = {
  generatedAt: string;
  pulseTeams: string[];
  retros: number;
  shared: number;
  /** False while the server has no linked-meetings route yet; the next run tries again. */
  linked: boolean;
};

export type DemoDataResult = { skipped: true } | ({ skipped: false; ms: number } & DemoMarker);

export const demoMarkerFile = (dataDir: string): string => join(dataDir, 'demo-data.json');

/** The marker left by an earlier complete run, if any. */
export function readDemoMarker(dataDir: string): DemoMarker | null {
  const file = demoMarkerFile(dataDir);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DemoMarker;
  } catch {
    return null;
  }
}

/** Generates the demo history once; later runs find the marker under DATA_DIR and do nothing. */
export async function generateDemoData(options: DemoDataOptions): Promise<DemoDataResult> {
  const { config } = options;
  const earlier = readDemoMarker(config.dataDir);
  if (earlier?.linked) return { skipped: true };
  const started = Date.now();
  const today = options.today ?? new Date();
  const log = options.log ?? (() => undefined);
  const quiet = { warn: () => undefined, error: () => undefined };
  const core = await createCoreDeps(config, quiet);
  const app = await buildApp({ config, ...core, staticDir: null, logger: false });
  try {
    const people = [demo.platform, demo.customerSuccess, demo.weeklySync].flatMap((g) =>
      g.members.map((m) => m.userId),
    );
    const actors = await signInActors(options.idp, core.verifier, people);
    const history =
      earlier ?? (await generateHistory({ config, ...core }, app, actors, today, log));
    const linked = await linkWeeklySync(app, actors, log);
    const marker: DemoMarker = {
      generatedAt: earlier?.generatedAt ?? new Date().toISOString(),
      pulseTeams: history.pulseTeams,
      retros: history.retros,
      shared: history.shared,
      linked,
    };
    writeFileSync(demoMarkerFile(config.dataDir), `${JSON.stringify(marker, null, 2)}\n`);
    return { skipped: false, ms: Date.now() - started, ...marker };
  } finally {
    await app.close();
    await closeCoreDeps(core);
  }
}

type History = Pick<DemoMarker, 'pulseTeams' | 'retros' | 'shared'>;

async function generateHistory(
  deps: Pick<AppDeps, 'config' | 'db' | 'hub' | 'membership'>,
  app: FastifyInstance,
  actors: Actors,
  today: Date,
  log: (line: string) => void,
): Promise<History> {
  // Independent rooms and tables: on PostgreSQL they overlap; SQLite runs their transactions in turn.
  const [pulseTeams, retros] = await Promise.all([
    generatePulses(
      deps,
      actors,
      [
        { team: demo.platform, profile: platformProfile, seed: 11 },
        { team: demo.customerSuccess, profile: customerSuccessProfile, seed: 23 },
      ],
      today,
    ),
    generateRetros(deps, actors, demo.weeklySync, today),
  ]);
  log(`Demo data: a year of weekly pulses for ${pulseTeams.length} team(s).`);
  log(`Demo data: ${retros} fortnightly retros in "${demo.weeklySync.subject}".`);
  const shared = await shareSome(app, actors, deps.db, pulseTeams);
  return { pulseTeams, retros, shared };
}

/** Owners share every fourth released pulse and the latest, so members see a trend too. */
async function shareSome(
  app: FastifyInstance,
  actors: Actors,
  db: Db,
  teamIds: readonly string[],
): Promise<number> {
  let shared = 0;
  for (const teamId of teamIds) {
    const team = teamId === demo.platform.id ? demo.platform : demo.customerSuccess;
    const owner = team.members.find((m) => m.role === 'owner')?.userId ?? '';
    const closed = await db.kysely
      .selectFrom('pulses')
      .select('id')
      .where('team_id', '=', teamId)
      .where('status', '=', 'closed')
      .orderBy('opens_at')
      .execute();
    const picks = closed.filter((_, i) => i % 4 === 3 || i === closed.length - 1);
    for (const { id } of picks) {
      const res = await app.inject({
        method: 'POST',
        url: `/api/pulses/${id}/share`,
        headers: { authorization: `Bearer ${actors.token(owner)}` },
      });
      // 400: below its threshold, so there is nothing to share; that is the point of those weeks.
      if (res.statusCode === 200) shared++;
      else if (res.statusCode !== 400) {
        throw new Error(`Sharing a demo pulse failed (${res.statusCode}): ${res.body}`);
      }
    }
  }
  return shared;
}

/** Adele links the weekly sync to Platform, so its retros count in Platform's retro health. */
async function linkWeeklySync(
  app: FastifyInstance,
  actors: Actors,
  log: (line: string) => void,
): Promise<boolean> {
  const res = await app.inject({
    method: 'POST',
    url: `/api/teams/${demo.platform.id}/linked-meetings`,
    headers: { authorization: `Bearer ${actors.token(demo.weeklySync.organizerId)}` },
    payload: { chatId: demo.weeklySync.chatId },
  });
  if (res.statusCode >= 200 && res.statusCode < 300) return true;
  if (res.statusCode === 409) return true;
  if (res.statusCode === 404) {
    log('Demo data: this server cannot link meetings to teams yet; will link on a later start.');
    return false;
  }
  throw new Error(`Linking the weekly sync to Platform failed (${res.statusCode}): ${res.body}`);
}
