import { describe, expect, it } from 'vitest';
import type { ClientConfig } from '../shared/api.js';
import { createGraphTokens, GraphTokenError } from './graph-token.js';
import type { MsalModule, NestedApp } from './token-provider.js';

class FakeInteractionRequired extends Error {}
const config: ClientConfig = {
  clientId: 'client-1',
  apiScope: 'api://candor.example/client-1/access_as_user',
  authority: 'https://login.example/common',
  graphRoot: 'https://graph.example',
};

type Outcome = () => Promise<{ accessToken: string; account?: unknown }>;

function nested(silent: Outcome, popup: Outcome) {
  const calls: { kind: string; request: unknown }[] = [];
  const pca = {
    getActiveAccount: () => null,
    getAllAccounts: () => [],
    acquireTokenSilent: (request: unknown) => {
      calls.push({ kind: 'silent', request });
      return silent();
    },
    acquireTokenPopup: (request: unknown) => {
      calls.push({ kind: 'popup', request });
      return popup();
    },
  };
  const msal = { InteractionRequiredAuthError: FakeInteractionRequired } as unknown as MsalModule;
  const app = { msal, pca, config } as unknown as NestedApp;
  return { calls, nestedApp: async () => app };
}

const needsConsent = () => Promise.reject(new FakeInteractionRequired('consent_required'));
const coded = (errorCode: string, message = errorCode) =>
  Promise.reject(Object.assign(new Error(message), { errorCode }));
const token = () => Promise.resolve({ accessToken: 'graph-token' });

async function problemOf(promise: Promise<unknown>) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GraphTokenError);
  return (error as GraphTokenError).problem;
}

describe('createGraphTokens', () => {
  it("asks silently for the Graph root's permission, with the app's authority", async () => {
    const fake = nested(token, token);
    const graphToken = createGraphTokens({ nestedAppAuthRecommended: () => true, ...fake });
    await expect(graphToken('Tasks.ReadWrite', { prompt: true })).resolves.toEqual({
      token: 'graph-token',
      graphRoot: 'https://graph.example',
    });
    expect(fake.calls).toEqual([
      {
        kind: 'silent',
        request: { scopes: ['https://graph.example/Tasks.ReadWrite'], authority: config.authority },
      },
    ]);
  });

  it("asks through Teams' prompt only on a click (prompt: true)", async () => {
    const fake = nested(needsConsent, token);
    const graphToken = createGraphTokens({ nestedAppAuthRecommended: () => true, ...fake });
    expect(await problemOf(graphToken('Tasks.ReadWrite', { prompt: false }))).toBe('needs-prompt');
    expect(fake.calls.map((c) => c.kind)).toEqual(['silent']);
    await expect(graphToken('Tasks.ReadWrite', { prompt: true })).resolves.toMatchObject({
      token: 'graph-token',
    });
    expect(fake.calls.map((c) => c.kind)).toEqual(['silent', 'silent', 'popup']);
  });

  it('tells refused consent from a closed prompt and from other failures', async () => {
    const run = (popup: Outcome) =>
      createGraphTokens({ nestedAppAuthRecommended: () => true, ...nested(needsConsent, popup) })(
        'Tasks.ReadWrite',
        { prompt: true },
      );
    expect(await problemOf(run(() => coded('access_denied')))).toBe('consent-refused');
    expect(
      await problemOf(run(() => coded('server_error', 'AADSTS65004: User declined to consent'))),
    ).toBe('consent-refused');
    expect(await problemOf(run(() => coded('user_canceled')))).toBe('cancelled');
    expect(await problemOf(run(() => coded('server_error')))).toBe('failed');
  });

  it('says there is no nested app auth, without asking msal, where Teams does not offer it', async () => {
    const fake = nested(token, token);
    const graphToken = createGraphTokens({ nestedAppAuthRecommended: () => false, ...fake });
    expect(await problemOf(graphToken('Tasks.ReadWrite', { prompt: true }))).toBe('no-naa');
    expect(fake.calls).toEqual([]);
    const broken = createGraphTokens({
      nestedAppAuthRecommended: () => true,
      nestedApp: () => Promise.reject(new Error('Teams did not open its nested app auth bridge')),
    });
    expect(await problemOf(broken('Tasks.ReadWrite', { prompt: true }))).toBe('no-naa');
  });
});
