import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { startTelemetry } from './start.js';
import { graphOperationOf, statusClass } from './telemetry.js';

const baseEnv = {
  NODE_ENV: 'test',
  PUBLIC_URL: 'https://candor.example',
  ENTRA_CLIENT_ID: 'client',
  ENTRA_CLIENT_SECRET: 'secret',
  CANDOR_HMAC_KEY: 'aAZy9v9U8rCwuuIQGTgpjPrLBLuKne96vzHNHOsT6GrZ7Mj31tYNC+j506rbtez4',
};

describe('graphOperationOf', () => {
  it('names the operation and drops every id', () => {
    const g = 'https://graph.microsoft.com/v1.0';
    expect(graphOperationOf(`${g}/teams/abc/members`)).toBe('team.members');
    expect(graphOperationOf(`${g}/teams/abc/members?$skiptoken=xyz`)).toBe('team.members');
    expect(graphOperationOf(`${g}/chats/19%3Ameeting%40thread.v2/members`)).toBe('chat.members');
    expect(graphOperationOf(`${g}/teams/abc/channels/19%3Ax?$select=id`)).toBe('team.channel');
    expect(graphOperationOf(`${g}/teams/abc/sendActivityNotification`)).toBe(
      'team.sendActivityNotification',
    );
    expect(graphOperationOf(`${g}/users/someone@contoso.example`)).toBe('other');
    expect(graphOperationOf('not a url at all %%')).toBe('other');
  });
});

describe('statusClass', () => {
  it('keeps only the class', () => {
    expect([200, 204, 429, 503, null, 0].map(statusClass)).toEqual([
      '2xx',
      '2xx',
      '4xx',
      '5xx',
      'none',
      'none',
    ]);
  });
});

describe('telemetry configuration', () => {
  it('is off, with no exporter, when neither variable is set', async () => {
    const config = loadConfig(baseEnv);
    expect(config.telemetry).toEqual({
      azureMonitorConnectionString: undefined,
      otlpEndpoint: undefined,
    });
    const handle = await startTelemetry(config.telemetry);
    expect(handle.exporters).toEqual([]);
    await handle.shutdown();
  });

  it('validates both variables and names the exporters they turn on', async () => {
    expect(() =>
      loadConfig({ ...baseEnv, APPLICATIONINSIGHTS_CONNECTION_STRING: 'not-a-connection-string' }),
    ).toThrow(/APPLICATIONINSIGHTS_CONNECTION_STRING: must be an Application Insights/);
    expect(() => loadConfig({ ...baseEnv, OTEL_EXPORTER_OTLP_ENDPOINT: 'ftp://x' })).toThrow(
      /OTEL_EXPORTER_OTLP_ENDPOINT: must be the http\(s\) base URL/,
    );
    const config = loadConfig({
      ...baseEnv,
      APPLICATIONINSIGHTS_CONNECTION_STRING:
        'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://127.0.0.1:9/',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9/',
    });
    const handle = await startTelemetry(config.telemetry);
    try {
      expect(handle.exporters).toEqual(['Azure Monitor', 'OTLP (http://127.0.0.1:9)']);
    } finally {
      await handle.shutdown();
    }
  });
});
