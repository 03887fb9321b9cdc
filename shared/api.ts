import { z } from 'zod';

/** Stable machine-readable error codes returned by every API error. */
export const errorCodes = [
  'bad_request',
  'unauthenticated',
  'token_expired',
  'forbidden',
  'tenant_not_allowed',
  'not_found',
  'conflict',
  'graph_unavailable',
  'auth_unavailable',
  'rate_limited',
  'idempotency_key_reused',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** Body of every non-2xx API response. `message` is a sentence the user can act on. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** Where the caller is: a team (channel tab) or a chat (meeting). Exactly one is given. */
export const scopeQuerySchema = z.union([
  z.object({ teamId: z.string().min(1).max(200), chatId: z.undefined().optional() }),
  z.object({ chatId: z.string().min(1).max(400), teamId: z.undefined().optional() }),
]);
export type ScopeQuery = z.infer<typeof scopeQuerySchema>;

export const roleSchema = z.enum(['owner', 'member', 'guest']);
export type Role = z.infer<typeof roleSchema>;

export const memberSchema = z.object({
  /** Entra object id of the user. */
  userId: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  role: roleSchema,
});
export type Member = z.infer<typeof memberSchema>;

export const meContextSchema = z.object({
  user: z.object({
    userId: z.string(),
    tenantId: z.string(),
    displayName: z.string(),
  }),
  scope: z.object({
    kind: z.enum(['team', 'chat']),
    id: z.string(),
  }),
  role: roleSchema,
  members: z.array(memberSchema),
  /** True when Graph could not be reached and the member list is from an older cache. */
  stale: z.boolean(),
  /** ISO time the member list was read from Graph. */
  fetchedAt: z.string(),
});
export type MeContext = z.infer<typeof meContextSchema>;

export const healthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  storage: z.enum(['sqlite', 'postgres']),
});
export type Health = z.infer<typeof healthSchema>;

/** Public, non-secret settings the front end needs at run time (the build is the same for every deployment). */
export const clientConfigSchema = z.object({
  /** The Entra app registration's client id, for nested app auth. */
  clientId: z.string(),
  /** The scope the client requests for Candor's API: `api://<host>/<client-id>/access_as_user`. */
  apiScope: z.string(),
  /** The authority msal-browser uses, for example `https://login.microsoftonline.com/common`. */
  authority: z.string(),
  /** The Graph root (`GRAPH_BASE_URL`'s origin): the client calls Microsoft To Do there with a delegated token. */
  graphRoot: z.string(),
});
export type ClientConfig = z.infer<typeof clientConfigSchema>;
