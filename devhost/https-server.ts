import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export type Tls = { certPem: string; keyPem: string };

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export type RunningServer = { url: string; close(): Promise<void> };

/**
 * Listens with https on host:port (port 0 picks a free one). A handler that throws answers 500
 * with the message, so a bug in a fake shows up in the test that hit it instead of hanging.
 */
export async function listenHttps(opts: {
  tls: Tls;
  host?: string;
  port?: number;
  handler: Handler;
}): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const server = createServer({ cert: opts.tls.certPem, key: opts.tls.keyPem }, (req, res) => {
    opts.handler(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        sendJson(res, 500, { error: 'server_error', error_description: String(error) });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `https://${urlHost}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        // Keep-alive sockets from clients (undici, msal) would hold close() open otherwise.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

export async function readBody(req: IncomingMessage, limit = 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > limit) throw new Error(`request body over ${limit} bytes`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Counts down a "fail the next N requests" instruction shared by both fakes. */
export type FailPlan = { count: number; status: number; retryAfterSeconds?: number };

export function takeFailure(plan: FailPlan): FailPlan | null {
  if (plan.count <= 0) return null;
  plan.count -= 1;
  return { ...plan };
}

export function retryAfterHeader(plan: FailPlan): Record<string, string> {
  return plan.retryAfterSeconds === undefined
    ? {}
    : { 'Retry-After': String(plan.retryAfterSeconds) };
}

export const newId = (): string => randomUUID();
