import type { Config } from '../config.js';
import { useTelemetry } from './telemetry.js';
import type { TelemetryExporters } from './sdk.js';

export type TelemetryHandle = {
  /** Which exporters are on, for the start-up log line; empty when telemetry is off. */
  exporters: string[];
  shutdown(): Promise<void>;
};

const off: TelemetryHandle = { exporters: [], shutdown: async () => {} };

/**
 * Opt-in: with neither APPLICATIONINSIGHTS_CONNECTION_STRING nor OTEL_EXPORTER_OTLP_ENDPOINT set,
 * no OpenTelemetry module is even loaded. Otherwise the SDK exports to each configured backend.
 */
export async function startTelemetry(settings: Config['telemetry']): Promise<TelemetryHandle> {
  const connectionString = settings?.azureMonitorConnectionString;
  const otlpEndpoint = settings?.otlpEndpoint;
  if (!connectionString && !otlpEndpoint) return off;

  const exporters: TelemetryExporters = { spans: [], metrics: [] };
  const names: string[] = [];
  if (connectionString) {
    const azure = await import('@azure/monitor-opentelemetry-exporter');
    exporters.spans.push(new azure.AzureMonitorTraceExporter({ connectionString }));
    exporters.metrics.push(new azure.AzureMonitorMetricExporter({ connectionString }));
    names.push('Azure Monitor');
  }
  if (otlpEndpoint) {
    const [traces, metrics] = await Promise.all([
      import('@opentelemetry/exporter-trace-otlp-http'),
      import('@opentelemetry/exporter-metrics-otlp-http'),
    ]);
    // The OTLP/HTTP convention: the base endpoint plus one path per signal.
    const base = otlpEndpoint.href.replace(/\/+$/, '');
    exporters.spans.push(new traces.OTLPTraceExporter({ url: `${base}/v1/traces` }));
    exporters.metrics.push(new metrics.OTLPMetricExporter({ url: `${base}/v1/metrics` }));
    names.push(`OTLP (${otlpEndpoint.origin})`);
  }
  const { startTelemetrySdk } = await import('./sdk.js');
  const sdk = startTelemetrySdk(exporters);
  useTelemetry(sdk.recorder);
  return {
    exporters: names,
    async shutdown() {
      useTelemetry(null);
      await sdk.shutdown();
    },
  };
}
