import type { OrgUser } from './org.js';
import type { AppRegistration } from './naa-host.js';
import type { NaaAccount, NaaError, NaaResult } from './naa-protocol.js';

/** The pieces of a nested app auth answer: a failure, and the account msal caches tokens under. */

export function failure(status: NaaError['status'], code: string, description: string): NaaResult {
  return { success: false, error: { status, code, description } };
}

export function accountContext(user: OrgUser, registration: AppRegistration) {
  return {
    homeAccountId: `${user.id}.${user.tenantId}`,
    environment: new URL(registration.authorityHost).host,
    tenantId: user.tenantId,
  };
}

export function account(user: OrgUser, registration: AppRegistration): NaaAccount {
  return {
    ...accountContext(user, registration),
    username: user.upn,
    localAccountId: user.id,
    name: user.displayName,
    loginHint: user.upn,
  };
}
