import { SpanKind, SpanStatusCode, type Attributes, type Tracer } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  MeterProvider,
  PeriodicExportingMetricReader,
  type PushMetricExporter,
} from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { statusClass, type Telemetry } from './telemetry.js';

export type TelemetryExporters = {
  spans: SpanExporter[];
  metrics: PushMetricExporter[];
  /** How often metrics are pushed; default 60 s. */
  metricIntervalMs?: number;
};

export type TelemetrySdk = {
  recorder: Telemetry;
  /** Exports what is buffered now (tests, shutdown). */
  flush(): Promise<void>;
  shutdown(): Promise<void>;
};

const knownMethods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
/** Seconds; request and Graph latencies sit between a millisecond and a few seconds. */
const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The OpenTelemetry SDK wired to the given exporters, and the recorder on top of it. Only this
 * module (loaded on demand) imports the SDK. Its providers are not registered globally, so no
 * library's own instrumentation can add spans or labels behind our back.
 */
export function startTelemetrySdk(exporters: TelemetryExporters): TelemetrySdk {
  const resource = resourceFromAttributes({ [ATTR_SERVICE_NAME]: 'candor' });
  const tracerProvider = new BasicTracerProvider({
    resource,
    spanProcessors: exporters.spans.map((exporter) => new BatchSpanProcessor(exporter)),
  });
  const meterProvider = new MeterProvider({
    resource,
    readers: exporters.metrics.map(
      (exporter) =>
        new PeriodicExportingMetricReader({
          exporter,
          exportIntervalMillis: exporters.metricIntervalMs ?? 60_000,
        }),
    ),
  });
  const tracer = tracerProvider.getTracer('candor');
  const meter = meterProvider.getMeter('candor');

  const requestDuration = meter.createHistogram('http.server.request.duration', {
    description: 'Duration of HTTP requests, by route template, method and status class.',
    unit: 's',
    advice: { explicitBucketBoundaries: latencyBuckets },
  });
  const liveConnections = meter.createUpDownCounter('candor.live.connections', {
    description: 'Open live-event (SSE) streams on this instance.',
    unit: '{connection}',
  });
  const fanOutLag = meter.createHistogram('candor.live.fanout.lag', {
    description: 'Time from publishing a live event to writing it to the streams of its room.',
    unit: 's',
    advice: { explicitBucketBoundaries: latencyBuckets },
  });
  const graphCalls = meter.createCounter('candor.graph.calls', {
    description:
      'HTTP exchanges with Microsoft Graph (retries included), by operation and status class.',
    unit: '{call}',
  });
  const graphThrottled = meter.createCounter('candor.graph.throttled', {
    description: 'Graph answers with 429 Too Many Requests, by operation.',
    unit: '{call}',
  });
  const graphDuration = meter.createHistogram('candor.graph.duration', {
    description: 'Duration of one HTTP exchange with Graph, by operation.',
    unit: 's',
    advice: { explicitBucketBoundaries: latencyBuckets },
  });
  const schedulerRuns = meter.createCounter('candor.scheduler.runs', {
    description: 'Pulse scheduler passes, by outcome (ok, or failed when any step failed).',
    unit: '{run}',
  });
  const schedulerFailures = meter.createCounter('candor.scheduler.failures', {
    description: 'Failed pulse scheduler steps, by step (open, close, notify, forget).',
    unit: '{failure}',
  });

  const recorder: Telemetry = {
    request(route, method, status, durationMs) {
      const attributes = {
        'http.request.method': knownMethods.has(method) ? method : '_OTHER',
        // Not found, or refused before routing: never the raw path, which may hold ids.
        'http.route': route ?? 'unmatched',
        'http.response.status_class': statusClass(status),
      };
      requestDuration.record(durationMs / 1000, attributes);
      span(tracer, `${attributes['http.request.method']} ${attributes['http.route']}`, durationMs, {
        kind: SpanKind.SERVER,
        attributes: { ...attributes, 'http.response.status_code': status },
        failed: status >= 500,
      });
    },
    liveConnections(delta) {
      liveConnections.add(delta);
    },
    fanOutLag(ms) {
      fanOutLag.record(Math.max(0, ms) / 1000);
    },
    graphCall(operation, status, durationMs) {
      const attributes = { 'graph.operation': operation };
      graphCalls.add(1, { ...attributes, 'http.response.status_class': statusClass(status) });
      if (status === 429) graphThrottled.add(1, attributes);
      graphDuration.record(durationMs / 1000, attributes);
      span(tracer, `graph ${operation}`, durationMs, {
        kind: SpanKind.CLIENT,
        attributes:
          status === null ? attributes : { ...attributes, 'http.response.status_code': status },
        failed: status === null || status >= 500,
      });
    },
    schedulerRun(failedSteps, durationMs) {
      schedulerRuns.add(1, { outcome: failedSteps.length > 0 ? 'failed' : 'ok' });
      for (const step of failedSteps) schedulerFailures.add(1, { step });
      span(tracer, 'pulse-scheduler tick', durationMs, {
        kind: SpanKind.INTERNAL,
        attributes: { 'candor.scheduler.failed_steps': failedSteps.length },
        failed: failedSteps.length > 0,
      });
    },
  };

  return {
    recorder,
    async flush() {
      await tracerProvider.forceFlush();
      await meterProvider.forceFlush();
    },
    async shutdown() {
      await Promise.allSettled([tracerProvider.shutdown(), meterProvider.shutdown()]);
    },
  };
}

/** A finished span ending now that lasted `durationMs`; it carries only the given attributes. */
function span(
  tracer: Tracer,
  name: string,
  durationMs: number,
  options: { kind: SpanKind; attributes: Attributes; failed: boolean },
): void {
  const end = Date.now();
  const started = tracer.startSpan(name, {
    kind: options.kind,
    attributes: options.attributes,
    startTime: end - Math.max(0, durationMs),
  });
  if (options.failed) started.setStatus({ code: SpanStatusCode.ERROR });
  started.end(end);
}
