import { parseArgs } from 'node:util';
import { printBundle, runBundle } from './bundle.js';
import { defaultFanoutOptions, printFanout, runLiveFanout } from './live-fanout.js';
import { describeMachine, load1 } from './lib/machine.js';
import { writeResults, type BenchResults } from './lib/results.js';
import { ensureTrustedCa } from '../devhost/trusted-ca.js';
import { defaultPaintOptions, printPaint, runPaint } from './paint.js';
import { printRetroViews, runRetroViewsBench, writeRetroViewsSection } from './retro-views.js';
import { runRetroE2e } from './retro-e2e.js';
import { printRetroE2e, writeRetroE2eSection } from './retro-e2e/report.js';
import { printTrends, runTrendsBench, writeTrendsSection } from './trends.js';
import { runThroughputBench } from './throughput.js';
import { printThroughput, writeThroughputSection } from './throughput/report.js';

/**
 * `npm run bench`: live fan-out, side panel bundle, paint, the trends query and the retro view wave,
 * in that order, then retro command throughput and the retro end to end (command to every panel,
 * with the Fluid peer); bench/out/results.json and bench/RESULTS.md.
 * `--only fanout,bundle,paint,trends,views,throughput,retro-e2e` picks some.
 */
const allBenches = 'fanout,bundle,paint,trends,views,throughput,retro-e2e';
const { values } = parseArgs({
  options: { only: { type: 'string', default: allBenches } },
});
const only = new Set(values.only.split(','));

await ensureTrustedCa(); // The fan-out's server verifies tokens from the https dev IdP.
const machine = describeMachine();
console.log(
  `Candor benchmarks on ${machine.nproc} CPUs, ${machine.cpu}, Node ${machine.node}, load ${machine.load1}`,
);

const results: BenchResults = {
  command: `npm run bench${values.only === allBenches ? '' : ` -- --only ${values.only}`}`,
  machine,
  fanout: null,
  bundle: null,
  paint: null,
  loadAtEnd: 0,
};

if (only.has('fanout')) {
  console.log('\nLive fan-out');
  results.fanout = await runLiveFanout(defaultFanoutOptions);
  printFanout(results.fanout);
}
if (only.has('bundle')) {
  console.log('\nSide panel bundle');
  results.bundle = await runBundle();
  printBundle(results.bundle);
}
if (only.has('paint')) {
  console.log('\nPaint');
  // The bundle step built both pages moments ago; paint reuses those builds.
  results.paint = await runPaint({ ...defaultPaintOptions, build: !results.bundle });
  printPaint(results.paint);
}

results.loadAtEnd = load1();
await writeResults(results);
// After writeResults, which rewrites the file: the trends section is spliced into it.
if (only.has('trends')) {
  console.log('\nTeam trends query');
  const trends = await runTrendsBench();
  printTrends(trends);
  await writeTrendsSection(trends, results.command);
}
if (only.has('views')) {
  console.log('\nRetro view wave');
  const views = await runRetroViewsBench();
  printRetroViews(views);
  await writeRetroViewsSection(views, results.command);
}
if (only.has('throughput')) {
  console.log('\nRetro command throughput');
  const throughput = await runThroughputBench();
  printThroughput(throughput.rows);
  await writeThroughputSection(throughput.rows, results.command, throughput.loadAtStart);
}
if (only.has('retro-e2e')) {
  console.log('\nRetro end to end: command to every panel (and the Fluid peer)');
  const e2e = await runRetroE2e();
  printRetroE2e(e2e);
  await writeRetroE2eSection(e2e, results.command);
}
console.log('\nWrote bench/out/results.json and bench/RESULTS.md.');
