import autocannon from 'autocannon';
import type { FromLoad, LoadResult, LoadSpec, ToLoad } from './protocol.js';

/**
 * The load generator: autocannon in its own process, so the server's CPU use can be measured
 * apart from the work of sending requests and parsing replies.
 */

const answers = JSON.stringify({ answers: [5, 6, 3, 5, null, 6, 7], comment: null });

/** Request n's method, path, headers and body: every one a distinct, valid change. */
function requestFor(spec: LoadSpec, n: number): autocannon.Request {
  const token = spec.tokens[n % spec.tokens.length]!;
  const headers: Record<string, string> = {
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
  };
  const { workload } = spec;
  if (workload.kind === 'pulseAnswer') {
    const pulseId = workload.pulseIds[Math.floor(n / spec.tokens.length)];
    // Past the pool the path names no pulse: the 404s are counted, never hidden.
    return {
      method: 'POST',
      path: `/api/pulses/${pulseId ?? '00000000-0000-4000-8000-000000000000'}/responses`,
      headers,
      body: answers,
    };
  }
  const columnId = workload.columnIds[n % workload.columnIds.length]!;
  return {
    method: 'POST',
    path: `/api/retros/${workload.retroId}/commands`,
    headers: {
      ...headers,
      'idempotency-key': `${spec.runId}-${n}`,
      prefer: 'return=minimal',
    },
    body: JSON.stringify({ type: 'addCard', columnId, text: `Card ${n}: a thing that went well` }),
  };
}

async function run(spec: LoadSpec): Promise<LoadResult> {
  let n = 0;
  let firstErrorBody: string | null = null;
  const perSecond: number[] = [];
  const startedAt = performance.now();
  let instance: autocannon.Instance | undefined;
  const done = new Promise<autocannon.Result>((resolveRun, reject) => {
    instance = autocannon(
      {
        url: spec.base,
        connections: spec.connections,
        duration: spec.durationSeconds,
        requests: [
          {
            // Called once per request sent (and once per connection when it is set up).
            setupRequest: (request) => ({ ...request, ...requestFor(spec, n++) }),
            onResponse: (status, body) => {
              if ((status < 200 || status >= 300) && firstErrorBody === null) {
                firstErrorBody = `${status} ${body.slice(0, 300)}`;
              }
            },
          },
        ],
      },
      (error: unknown, result) => (error ? reject(toError(error)) : resolveRun(result)),
    );
  });
  instance?.on('response', (_client, statusCode) => {
    if (statusCode < 200 || statusCode >= 300) return;
    const second = Math.floor((performance.now() - startedAt) / 1000);
    perSecond[second] = (perSecond[second] ?? 0) + 1;
  });
  const result = await done;
  const elapsedMs = performance.now() - startedAt;
  const statuses: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) {
    statuses[code] = stat.count ?? 0;
  }
  const responses = Object.values(statuses).reduce((a, b) => a + b, 0);
  return {
    responses,
    ok: responses - result.non2xx,
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
    p50: result.latency.p50,
    p99: result.latency.p99,
    // Whole seconds only: the last partial second would read as a slowdown.
    perSecond: Array.from({ length: Math.floor(elapsedMs / 1000) }, (_, i) => perSecond[i] ?? 0),
    startedAt: performance.timeOrigin + startedAt,
    elapsedMs,
    firstErrorBody,
  };
}

const toError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

function send(message: FromLoad): void {
  process.send?.(message);
}

process.on('message', (message: ToLoad) => {
  if (message.type === 'close') {
    process.disconnect();
    return;
  }
  run(message.spec).then(
    (result) => send({ type: 'done', result }),
    (error: unknown) =>
      send({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
