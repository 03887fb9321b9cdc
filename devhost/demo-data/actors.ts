import type { AuthUser, TokenVerifier } from '../../server/auth/types.js';
import type { Idp } from '../idp.js';

/** The demo's people, signed in: a user token from the dev IdP and the user the server proves from it. */
export type Actors = {
  get(userId: string): AuthUser;
  token(userId: string): string;
};

/** Signs every person in once, through the server's own token verifier, never a hand-built user. */
export async function signInActors(
  idp: Pick<Idp, 'issueUserToken'>,
  verifier: TokenVerifier,
  userIds: Iterable<string>,
): Promise<Actors> {
  const signedIn = new Map<string, { user: AuthUser; token: string }>();
  for (const userId of new Set(userIds)) {
    const token = await idp.issueUserToken(userId);
    signedIn.set(userId, { user: await verifier.verify(token), token });
  }
  const find = (userId: string) => {
    const entry = signedIn.get(userId);
    if (!entry) throw new Error(`Demo data: ${userId} was not signed in; add them to the actors.`);
    return entry;
  };
  return { get: (userId) => find(userId).user, token: (userId) => find(userId).token };
}
