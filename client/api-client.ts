import type { z } from 'zod';
import { invalidResponseError, networkError, parseApiError } from './api-error.js';
import { loadApiContract, type ApiContract } from './contract.js';
import { requestLanguage } from './request-language.js';
import type { TokenProvider } from './token-provider.js';

/** A response schema, or a pick from the lazily loaded contract (`(c) => c.meContextSchema`). */
export type SchemaSource<S extends z.ZodType> = S | ((contract: ApiContract) => S);

export type ApiClient = {
  get<S extends z.ZodType>(
    path: string,
    schema: SchemaSource<S>,
    signal?: AbortSignal,
  ): Promise<z.infer<S>>;
  /** A write; sends a fresh Idempotency-Key unless the caller passes one to reuse across retries. */
  send<S extends z.ZodType>(
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    body: unknown,
    schema: SchemaSource<S>,
    options?: { idempotencyKey?: string; signal?: AbortSignal; prefer?: string },
  ): Promise<z.infer<S>>;
};

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export function createApiClient(deps: {
  tokens: TokenProvider;
  fetch?: Fetch;
  /** Origin prefix; empty means the page's own origin. */
  baseUrl?: string;
  newKey?: () => string;
  loadContract?: () => Promise<ApiContract>;
  /** The Teams locale, sent as `Accept-Language` so the server answers in the user's language. */
  language?: () => string;
}): ApiClient {
  const doFetch: Fetch = deps.fetch ?? ((input, init) => fetch(input, init));
  const baseUrl = deps.baseUrl ?? '';
  const newKey = deps.newKey ?? (() => crypto.randomUUID());
  const loadContract = deps.loadContract ?? loadApiContract;
  const language = deps.language ?? requestLanguage;

  async function request<S extends z.ZodType>(
    method: string,
    path: string,
    source: SchemaSource<S>,
    init: { body?: unknown; idempotencyKey?: string; signal?: AbortSignal; prefer?: string },
  ): Promise<z.infer<S>> {
    // Starts loading the schemas now, so they are ready when the answer is.
    const contract = loadContract();
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.idempotencyKey) headers['idempotency-key'] = init.idempotencyKey;
    // RFC 7240, e.g. `return=minimal` for an answer that holds only the change.
    if (init.prefer) headers.prefer = init.prefer;
    const locale = language();
    if (locale) headers['accept-language'] = locale;
    const body = init.body === undefined ? undefined : JSON.stringify(init.body);

    const attempt = async (): Promise<Response> => {
      const token = await deps.tokens.getToken();
      try {
        return await doFetch(`${baseUrl}${path}`, {
          method,
          headers: { ...headers, authorization: `Bearer ${token}` },
          body,
          signal: init.signal,
        });
      } catch (error) {
        if (init.signal?.aborted) throw error;
        throw networkError();
      }
    };

    let response = await attempt();
    if (response.status === 401) {
      // The token may have been revoked or expired early: one retry with a fresh one.
      deps.tokens.invalidate();
      response = await attempt();
    }
    const text = await response.text();
    const { apiErrorSchema } = await contract;
    if (!response.ok) throw parseApiError(response.status, text, apiErrorSchema);
    const schema = typeof source === 'function' ? source(await contract) : source;
    const parsed = schema.safeParse(text ? safeJson(text) : undefined);
    if (!parsed.success) throw invalidResponseError(path);
    return parsed.data;
  }

  return {
    get: (path, schema, signal) => request('GET', path, schema, { signal }),
    send: (method, path, body, schema, options) =>
      request(method, path, schema, {
        body,
        idempotencyKey: options?.idempotencyKey ?? newKey(),
        signal: options?.signal,
        prefer: options?.prefer,
      }),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
