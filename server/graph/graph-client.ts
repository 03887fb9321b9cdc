import {
  Client,
  GraphError,
  MiddlewareFactory,
  PageIterator,
  RetryHandlerOptions,
  type Context,
  type Middleware,
  type PageCollection,
} from '@microsoft/microsoft-graph-client';
import { graphOperationOf, telemetry } from '../telemetry/telemetry.js';
import type { AppTokenSource } from './app-token.js';

export type GraphClients = {
  /** A Graph client that calls as Candor in the given tenant. */
  forTenant(tenantId: string): Client;
};

/**
 * One graph-client per tenant, with the default middleware: it retries 429/503/504 honouring
 * Retry-After, and attaches the token only for the configured Graph host.
 */
export function createGraphClients(opts: {
  graphBaseUrl: URL;
  tokens: AppTokenSource;
}): GraphClients {
  const clients = new Map<string, Client>();
  return {
    forTenant(tenantId) {
      let client = clients.get(tenantId);
      if (!client) {
        const chain = MiddlewareFactory.getDefaultMiddlewareChain({
          getAccessToken: () => opts.tokens.token(tenantId),
        });
        // Just before the HTTP handler, so every exchange is counted, each retry and 429 included.
        chain.splice(chain.length - 1, 0, countedExchanges());
        client = Client.initWithMiddleware({
          middleware: chain,
          baseUrl: `${opts.graphBaseUrl.origin}/`,
          defaultVersion: 'v1.0',
          // graph-client compares hostnames without the port.
          customHosts: new Set([opts.graphBaseUrl.hostname]),
        });
        clients.set(tenantId, client);
      }
      return client;
    },
  };
}

/** Records each Graph exchange by operation kind and status (never its URL or headers). */
function countedExchanges(): Middleware {
  let next: Middleware | undefined;
  return {
    setNext: (middleware) => (next = middleware),
    async execute(context: Context) {
      const url = typeof context.request === 'string' ? context.request : context.request.url;
      const started = Date.now();
      try {
        await next?.execute(context);
      } finally {
        const status = context.response?.status ?? null;
        telemetry.graphCall(graphOperationOf(url), status, Date.now() - started);
      }
    },
  };
}

/** Seconds a user's request may spend waiting out 429/503s; past it, fail fast and serve the cache. */
const retryBudgetSeconds = 4;

/**
 * The default RetryHandler (3 retries, Retry-After honoured), with a 1 s base delay and a shared
 * time budget for the whole read: Graph may ask for long waits, and a user is waiting on this.
 */
export function retryWithinBudget(): RetryHandlerOptions {
  const started = Date.now();
  return new RetryHandlerOptions(1, 3, (_delay, attempt, _request, _options, response) => {
    const retryAfter = response.headers.get('Retry-After');
    // Without Retry-After the handler waits about 1 s, then 3 s (its exponential back-off).
    const wait = retryAfter === null ? 1 + attempt * 2 : Number(retryAfter);
    const spent = (Date.now() - started) / 1000;
    return Number.isFinite(wait) && spent + wait <= retryBudgetSeconds;
  });
}

/** Reads a collection, following every (absolute) `@odata.nextLink`. */
export async function readAllPages<T>(client: Client, path: string): Promise<T[]> {
  const retry = retryWithinBudget();
  const first = (await client.api(path).middlewareOptions([retry]).get()) as PageCollection;
  const items: T[] = [];
  const pages = new PageIterator(
    client,
    first,
    (item) => {
      items.push(item as T);
      return true;
    },
    { middlewareOptions: [retry] },
  );
  await pages.iterate();
  return items;
}

/** The HTTP status Graph answered with, or null when Graph was not reached (network, token). */
export function graphStatus(error: unknown): number | null {
  if (error instanceof GraphError && error.statusCode > 0) return error.statusCode;
  return null;
}
