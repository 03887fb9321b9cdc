/** The caller, as proven by a validated Entra token. Never built from client-sent ids. */
export type AuthUser = {
  /** Entra object id (`oid`). */
  userId: string;
  /** Tenant id (`tid`), lower case. */
  tenantId: string;
  displayName: string;
  /** `preferred_username`, when the token has one. */
  upn: string | null;
};

/** Validates a bearer token; rejects with a 401 HttpError whose code says why. */
export type TokenVerifier = {
  verify(token: string): Promise<AuthUser>;
};
