import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  personClient,
  startRetroApp,
  type RetroTestApp,
} from '../server/test-support/retro-app.js';
import type { Dialect } from '../server/storage/db.js';
import { demo, startEntraFakes, type EntraFakes } from '../server/test-support/entra-fakes.js';
import { ensureTrustedCa } from '../devhost/trusted-ca.js';
import { openBenchDb } from './lib/bench-db.js';
import { load1 } from './lib/machine.js';
import { isMain } from './lib/main-module.js';
import { writeResultsSection } from './lib/section.js';
import { round1, summarise } from './lib/stats.js';
import { markdownTable, textTable } from './lib/table.js';
import { refetchSpreadMs } from '../client/retro/live-retro.js';

/**
 * The refetch wave after one retro event: every participant's panel asks for its own view at once
 * (`GET /api/retros/:id` over real HTTP, with Entra token checks and Graph membership from the
 * fakes). The retro is in the group phase with 100 revealed cards from 25 people, the heaviest
 * view. A wave of N requests stands for N panels; the tokens cycle through the 25 people.
 */
export type ViewWaveRow = {
  dialect: Dialect;
  wave: number;
  waves: number;
  /** Median time for a whole wave to be answered. */
  waveMs: number;
  /** Per-request latency over all waves. */
  p50: number;
  p99: number;
  /** Views answered per second within a wave (median wave). */
  perSecond: number;
  /** The client's refetch spread for a room this size, and per-request p99 with it applied. */
  spreadMs: number;
  spreadP99: number;
};

export const waveSizes = [100, 500];
const waves = 5;
const team = demo.customerSuccess;

/** A meeting chat with the 25 Customer Success people, so views have many participants. */
function addBigMeeting(fakes: EntraFakes): string {
  const chatId = `19:meeting_bench${randomBytes(8).toString('hex')}@thread.v2`;
  const template = demo.weeklySync;
  fakes.graph.data.meetings.push({
    ...template,
    id: Buffer.from(`1*${template.organizerId}*0**${chatId}`).toString('base64'),
    subject: 'Bench retro',
    chatId,
    members: team.members.map((m) => ({ ...m })),
  });
  return chatId;
}

/** A retro in the group phase: 25 people each wrote four cards, now revealed to all. */
async function seedRetro(target: RetroTestApp, fakes: EntraFakes, tokens: string[]) {
  const chatId = addBigMeeting(fakes);
  const people = tokens.map((token) => personClient(() => target.app, token));
  const facilitator = people[0]!;
  const created = await facilitator.post('/api/retros', {
    chatId,
    templateId: 'start-stop-continue',
  });
  if (created.status !== 201) throw new Error(`Creating the bench retro failed: ${created.raw}`);
  const id = (created.body as { retro: { id: string } }).retro.id;
  const advance = async () => {
    const reply = await facilitator.command(id, { type: 'advance' });
    if (reply.status >= 300) throw new Error(`Advancing the bench retro failed: ${reply.raw}`);
  };
  await advance(); // review
  await advance(); // gather
  const columns = ['start', 'stop', 'continue'];
  for (const [i, person] of people.entries()) {
    for (let n = 0; n < 4; n += 1) {
      const text = `Card ${n + 1} from person ${i + 1}: something that went well or not`;
      const reply = await person.command(id, { type: 'addCard', columnId: columns[n % 3], text });
      if (reply.status >= 300) throw new Error(`Adding a bench card failed: ${reply.raw}`);
    }
  }
  await advance(); // group: cards revealed
  return id;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** N panels refetching; with `spreadMs` each waits a random moment first, as the client does. */
async function wave(base: string, id: string, tokens: string[], size: number, spreadMs = 0) {
  const latencies: number[] = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: size }, async (_, i) => {
      if (spreadMs > 0) await sleep(Math.random() * spreadMs);
      const t0 = performance.now();
      const response = await fetch(`${base}/api/retros/${id}`, {
        headers: { authorization: `Bearer ${tokens[i % tokens.length]!}` },
      });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`A bench view failed: ${response.status}`);
      latencies.push(performance.now() - t0);
    }),
  );
  return { ms: performance.now() - start, latencies };
}

async function benchOne(fakes: EntraFakes, dialect: Dialect): Promise<ViewWaveRow[]> {
  const { db, close } = await openBenchDb(dialect, 'views');
  const target = await startRetroApp(fakes, db);
  try {
    const tokens = await Promise.all(team.members.map((m) => fakes.idp.issueUserToken(m.userId)));
    const id = await seedRetro(target, fakes, tokens);
    await wave(target.base, id, tokens, 25); // warm-up: caches, connections, JIT
    const rows: ViewWaveRow[] = [];
    for (const size of waveSizes) {
      const times: number[] = [];
      const all: number[] = [];
      for (let w = 0; w < waves; w += 1) {
        const result = await wave(target.base, id, tokens, size);
        times.push(result.ms);
        all.push(...result.latencies);
      }
      const spread: number[] = [];
      for (let w = 0; w < waves; w += 1) {
        const result = await wave(target.base, id, tokens, size, refetchSpreadMs(size));
        spread.push(...result.latencies);
      }
      const waveMs = summarise(times).p50;
      const latency = summarise(all);
      rows.push({
        dialect,
        wave: size,
        waves,
        waveMs: round1(waveMs),
        p50: round1(latency.p50),
        p99: round1(latency.p99),
        perSecond: Math.round((size / waveMs) * 1000),
        spreadMs: refetchSpreadMs(size),
        spreadP99: round1(summarise(spread).p99),
      });
    }
    return rows;
  } finally {
    await target.close();
    await close();
  }
}

export async function runRetroViewsBench(
  dialects: Dialect[] = ['sqlite', 'postgres'],
): Promise<ViewWaveRow[]> {
  const fakes = await startEntraFakes();
  try {
    const rows: ViewWaveRow[] = [];
    for (const dialect of dialects) rows.push(...(await benchOne(fakes, dialect)));
    return rows;
  } finally {
    await fakes.close();
  }
}

export const retroViewHeaders = [
  'database',
  'wave (panels)',
  'waves',
  'all at once: wave ms',
  'request p50 ms',
  'request p99 ms',
  'views/s',
  'client spread ms',
  'p99 ms with spread',
];

export const retroViewCells = (rows: ViewWaveRow[]) =>
  rows.map((r) => [
    r.dialect,
    r.wave,
    r.waves,
    r.waveMs,
    r.p50,
    r.p99,
    r.perSecond,
    r.spreadMs,
    r.spreadP99,
  ]);

export function printRetroViews(rows: ViewWaveRow[]): void {
  console.log(textTable(retroViewHeaders, retroViewCells(rows)));
}

const heading = '## Retro view wave';

/** Writes (or replaces) the retro view section of bench/RESULTS.md. */
export async function writeRetroViewsSection(rows: ViewWaveRow[], command: string) {
  const body = [
    `Command: \`${command}\` (${new Date().toISOString()}). After a retro event every panel refetches its own`,
    'view (views are per viewer, so no shared frame can carry them): a wave of N concurrent',
    '`GET /api/retros/:id` over real HTTP with token checks and Graph membership from the fakes, in the',
    `group phase with 100 revealed cards from 25 people; ${waves} waves per size after a warm-up. Server and`,
    'requests share this process and its cores. "All at once" is the worst case; panels actually spread',
    'their refetch over `refetchSpreadMs` (client/retro/live-retro.ts: none up to 20 people, 3 ms per',
    'person up to 1.5 s), and the last column is the per-request p99 with that spread applied.',
    `Load average (1 min) when written: ${load1()}.`,
    '',
    markdownTable(retroViewHeaders, retroViewCells(rows)),
  ].join('\n');
  await writeResultsSection(heading, body);
}

if (isMain(import.meta.url)) {
  await ensureTrustedCa();
  console.log('Retro view wave (every panel refetching after one event)');
  const rows = await runRetroViewsBench();
  printRetroViews(rows);
  await writeRetroViewsSection(rows, 'node --import tsx bench/retro-views.ts');
  console.log('Wrote the retro view section of bench/RESULTS.md.');
}
