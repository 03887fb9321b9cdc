import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { sendJson } from './https-server.js';
import type { SeedMembership, SeedRole, SeedUser } from './seed.js';

/** Graph's error body: `{ error: { code, message, innerError: { date, request-id, client-request-id } } }`. */
export function graphError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  ids: RequestIds,
  headers: Record<string, string> = {},
): void {
  sendJson(
    res,
    status,
    {
      error: {
        code,
        message,
        innerError: {
          date: new Date().toISOString().replace(/\.\d+Z$/, ''),
          'request-id': ids.requestId,
          'client-request-id': ids.clientRequestId,
        },
      },
    },
    { ...ids.headers, ...headers },
  );
}

export type RequestIds = {
  requestId: string;
  clientRequestId: string;
  /** The response headers Graph sends with every answer. */
  headers: Record<string, string>;
};

/** Graph echoes the caller's client-request-id (or makes one) and adds its own request-id. */
export function requestIds(clientRequestId: string | undefined): RequestIds {
  const requestId = randomUUID();
  const client = clientRequestId ?? randomUUID();
  return {
    requestId,
    clientRequestId: client,
    headers: {
      'request-id': requestId,
      'client-request-id': client,
      'x-ms-ags-diagnostic': JSON.stringify({
        ServerInfo: { DataCenter: 'Dev Host', Slice: 'E', Ring: '0', ScaleUnit: '000' },
      }),
    },
  };
}

const rolesFor: Record<SeedRole, string[]> = { owner: ['owner'], member: [], guest: ['guest'] };

/** An `aadUserConversationMember` as GET /teams/{id}/members and /chats/{id}/members return it. */
export function conversationMember(
  membership: SeedMembership,
  user: SeedUser,
  scopeId: string,
  tenantId: string,
): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.aadUserConversationMember',
    // Graph's membership ids are opaque base64 strings that embed the scope and the user.
    id: Buffer.from(`1#${scopeId}#${user.id}`).toString('base64'),
    roles: rolesFor[membership.role],
    displayName: user.displayName,
    visibleHistoryStartDateTime: '0001-01-01T00:00:00Z',
    userId: user.id,
    email: user.mail,
    tenantId,
  };
}

/** Opaque paging cursor: the offset and page size, encoded so clients cannot lean on its shape. */
export function encodeSkipToken(offset: number, top: number): string {
  return Buffer.from(JSON.stringify({ o: offset, t: top, n: randomUUID().slice(0, 8) })).toString(
    'base64url',
  );
}

export function decodeSkipToken(token: string): { offset: number; top: number } | null {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {
      o?: unknown;
      t?: unknown;
    };
    if (typeof parsed.o !== 'number' || typeof parsed.t !== 'number') return null;
    return { offset: parsed.o, top: parsed.t };
  } catch {
    return null;
  }
}
