import type { IncomingMessage } from 'node:http';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { handleGraph, type ActivityNotification, type GraphState } from './graph-routes.js';
import { graphError, requestIds, type RequestIds } from './graph-shapes.js';
import { completeTask, handleTodo, listsOf, type TodoStore } from './graph-todo.js';
import type { TodoTaskRecord } from './graph-todo-tasks.js';
import {
  listenHttps,
  readBody,
  retryAfterHeader,
  takeFailure,
  type FailPlan,
  type Tls,
} from './https-server.js';
import { seed as defaultSeed, type Seed } from './seed.js';

export type { ActivityNotification } from './graph-routes.js';

export type GraphCall = {
  method: string;
  /** Decoded path, e.g. `/v1.0/chats/19:meeting_…@thread.v2/members`. */
  path: string;
  /** The raw query string without `?`. */
  query: string;
  body?: unknown;
  /** The caller's tenant when its token was valid. */
  tenantId?: string;
  at: number;
};

export type FakeGraphOptions = {
  port?: number;
  host?: string;
  tls: Tls;
  /** The dev identity provider whose keys sign the tokens Graph accepts. */
  idpUrl: string;
  seed?: Seed;
  /** Members per page when the caller gives no $top. Default 100. */
  pageSize?: number;
};

export type FakeGraph = {
  /** The Graph root, e.g. `https://127.0.0.1:port`; clients call `${url}/v1.0/...`. */
  url: string;
  /** The fake's own copy of the organisation; edit memberships here to change what Graph answers. */
  data: Seed;
  calls: GraphCall[];
  notifications: ActivityNotification[];
  /** Microsoft To Do (`/me/todo`), per user object id. */
  todo: {
    /** Every task in the user's lists. */
    tasks(userId: string): TodoTaskRecord[];
    /** Marks a task completed, as the person would in To Do; false when there is no such task. */
    complete(userId: string, taskId: string): boolean;
  };
  /** The next `count` requests answer `status` (429 TooManyRequests, 503 ServiceUnavailable, ...). */
  failNext(count: number, status: number, retryAfterSeconds?: number): void;
  /** While down, every request answers 503. */
  setDown(down: boolean): void;
  setPageSize(n: number): void;
  close(): Promise<void>;
};

const publicGraphAudiences = [
  'https://graph.microsoft.com',
  'https://graph.microsoft.com/',
  '00000003-0000-0000-c000-000000000000',
];

const failureCodes: Record<number, string> = {
  400: 'BadRequest',
  401: 'InvalidAuthenticationToken',
  403: 'Forbidden',
  404: 'NotFound',
  429: 'TooManyRequests',
  500: 'InternalServerError',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout',
};

/** A fake Microsoft Graph v1.0 over https: the team/chat member and activity-feed endpoints Candor uses. */
export async function startFakeGraph(opts: FakeGraphOptions): Promise<FakeGraph> {
  const jwks = createRemoteJWKSet(new URL(`${opts.idpUrl}/common/discovery/v2.0/keys`));
  const failure: FailPlan = { count: 0, status: 503 };
  const calls: GraphCall[] = [];
  const todo: TodoStore = new Map();
  let down = false;
  const state: GraphState = {
    data: structuredClone(opts.seed ?? defaultSeed),
    url: '',
    pageSize: opts.pageSize ?? 100,
    notifications: [],
  };

  async function authenticate(req: IncomingMessage): Promise<JWTPayload | string> {
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (!match?.[1]) return 'Access token is empty.';
    try {
      const { payload } = await jwtVerify(match[1], jwks, {
        algorithms: ['RS256'],
        audience: [state.url, `${state.url}/`, ...publicGraphAudiences],
      });
      if (typeof payload.tid !== 'string')
        return 'Access token validation failure: no tenant (tid).';
      return payload;
    } catch (error) {
      if (error instanceof errors.JWTExpired)
        return 'Lifetime validation failed, the token is expired.';
      if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'aud') {
        return 'Access token validation failure. Invalid audience.';
      }
      return 'IDX14100: JWT is not well formed or its signature is invalid.';
    }
  }

  const server = await listenHttps({
    tls: opts.tls,
    host: opts.host,
    port: opts.port,
    handler: async (req, res) => {
      const url = new URL(req.url ?? '/', state.url);
      const method = req.method ?? 'GET';
      // Graph answers browsers' cross-origin calls (a tab calls To Do with the person's token).
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Expose-Headers', 'Retry-After, request-id, client-request-id');
      if (method === 'OPTIONS') {
        res.writeHead(204, {
          'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE',
          'Access-Control-Allow-Headers':
            req.headers['access-control-request-headers'] ?? 'authorization, content-type',
          'Access-Control-Max-Age': '3600',
        });
        res.end();
        return;
      }
      const text = method === 'GET' || method === 'HEAD' ? '' : await readBody(req);
      const call: GraphCall = {
        method,
        path: safeDecode(url.pathname),
        query: url.search.replace(/^\?/, ''),
        body: parseJson(text),
        at: Date.now(),
      };
      calls.push(call);
      const clientRequestId = req.headers['client-request-id'];
      const ids = requestIds(typeof clientRequestId === 'string' ? clientRequestId : undefined);

      if (down) return fail(res, ids, { count: 1, status: 503, retryAfterSeconds: 5 });
      const failed = takeFailure(failure);
      if (failed) return fail(res, ids, failed);

      const auth = await authenticate(req);
      if (typeof auth === 'string')
        return graphError(res, 401, 'InvalidAuthenticationToken', auth, ids);
      call.tenantId = String(auth.tid).toLowerCase();

      const segments = url.pathname.split('/').filter(Boolean).map(safeDecode);
      if (segments[0] !== 'v1.0') {
        return graphError(
          res,
          400,
          'BadRequest',
          `Invalid version: ${segments[0] ?? ''}. Call ${state.url}/v1.0/...`,
          ids,
        );
      }
      if (text && call.body === undefined) {
        return graphError(
          res,
          400,
          'BadRequest',
          'Unable to read JSON request payload. Send a JSON body.',
          ids,
        );
      }
      if (segments[1] === 'me') {
        if (segments[2] !== 'todo') {
          return graphError(
            res,
            400,
            'BadRequest',
            `Resource not found for the segment '${segments[2] ?? 'me'}'.`,
            ids,
          );
        }
        return handleTodo(todo, {
          method,
          segments: segments.slice(3),
          query: url.searchParams,
          body: call.body,
          claims: auth,
          url: state.url,
          ids,
          res,
        });
      }
      handleGraph(state, {
        method,
        segments: segments.slice(1),
        query: url.searchParams,
        body: call.body,
        tenantId: call.tenantId,
        ids,
        res,
      });
    },
  });
  state.url = server.url;

  return {
    url: server.url,
    data: state.data,
    calls,
    notifications: state.notifications,
    todo: {
      tasks: (userId) => listsOf(todo, userId).flatMap((l) => l.tasks),
      complete: (userId, taskId) => completeTask(todo, userId, taskId),
    },
    failNext(count, status, retryAfterSeconds) {
      Object.assign(failure, { count, status, retryAfterSeconds });
    },
    setDown(value) {
      down = value;
    },
    setPageSize(n) {
      state.pageSize = n;
    },
    close: server.close,
  };
}

function fail(res: Parameters<typeof graphError>[0], ids: RequestIds, plan: FailPlan): void {
  const code = failureCodes[plan.status] ?? 'UnknownError';
  const message =
    plan.status === 429
      ? 'Too many requests. Retry after the time in the Retry-After header.'
      : `The service is temporarily unavailable (${plan.status}). Retry later.`;
  graphError(res, plan.status, code, message, ids, retryAfterHeader(plan));
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
