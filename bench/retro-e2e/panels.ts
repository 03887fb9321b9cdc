import { randomUUID } from 'node:crypto';
import type { RetroCommand } from '../../shared/retro/api.js';
import { requestJson } from './http.js';
import { createPanel, type Panel } from './panel.js';
import { now, type FromPanels, type RunReport, type ToPanels } from './protocol.js';

/**
 * The panels process: N simulated side panels and the facilitator's client, apart from the
 * server's process so their parsing and bookkeeping do not sit on its event loop or its CPU count.
 */

let base = '';
let retroId = '';
let panels: Panel[] = [];

const send = (message: FromPanels) => process.send?.(message);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function openAll(message: Extract<ToPanels, { type: 'open' }>) {
  const started = now();
  base = message.base;
  retroId = message.retroId;
  panels = message.panels.map((spec) => createPanel(base, retroId, spec));
  let next = 0;
  const worker = async () => {
    while (next < panels.length) await panels[next++]!.open();
  };
  await Promise.all(Array.from({ length: message.concurrency }, worker));
  send({ type: 'opened', panels: panels.length, ms: now() - started });
}

/** The rev a command's answer says the retro reached: `{ delta }` or `{ retro }`. */
function revOf(reply: unknown): number {
  const body = reply as { delta?: { rev: number }; retro?: { rev: number } };
  const rev = body.delta?.rev ?? body.retro?.rev;
  if (typeof rev !== 'number')
    throw new Error(`A command answered without a rev: ${JSON.stringify(reply).slice(0, 200)}`);
  return rev;
}

async function run(message: Extract<ToPanels, { type: 'run' }>): Promise<RunReport> {
  for (const panel of panels) panel.startRun(message.mode);
  const url = `${base}/api/retros/${encodeURIComponent(retroId)}/commands`;
  // As the panels send commands now (delta), or as they did before (the whole view back).
  const prefer: Record<string, string> =
    message.mode === 'delta' ? { prefer: 'return=minimal' } : {};
  const sent: { at: number; rev: number }[] = [];
  const postMs: number[] = [];
  const start = now();
  for (const [i, command] of message.commands.entries()) {
    await sleep(Math.max(0, start + i * message.spacingMs - now()));
    const at = now();
    const reply = await requestJson(url, message.facilitatorToken, {
      method: 'POST',
      payload: command satisfies RetroCommand,
      headers: { 'idempotency-key': randomUUID(), ...prefer },
    });
    postMs.push(now() - at);
    sent.push({ at, rev: revOf(reply) });
  }
  const last = sent.at(-1)?.rev ?? 0;
  const deadline = now() + message.settleMs;
  while (panels.some((p) => p.rev() < last) && now() < deadline) await sleep(20);
  const runMs = now() - start;

  const latencies: number[] = [];
  let missing = 0;
  for (const { at, rev } of sent) {
    for (const panel of panels) {
      const reached = panel.reachedAt(rev);
      if (reached === undefined) missing += 1;
      else latencies.push(reached - at);
    }
  }
  return {
    mode: message.mode,
    commands: sent.length,
    latencies,
    missing,
    panelsRefetched: panels.filter((p) => p.refetches() > 0).length,
    refetches: panels.reduce((sum, p) => sum + p.refetches(), 0),
    postMs,
    runMs,
  };
}

const fail = (error: unknown) =>
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });

process.on('message', (message: ToPanels) => {
  switch (message.type) {
    case 'open':
      openAll(message).catch(fail);
      break;
    case 'run':
      run(message).then((report) => send({ type: 'ran', report }), fail);
      break;
    case 'close':
      for (const panel of panels) panel.close();
      send({ type: 'closed' });
      process.disconnect();
      break;
  }
});
