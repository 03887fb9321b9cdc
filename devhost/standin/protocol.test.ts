import { describe, expect, it } from 'vitest';
import { buildEvent, buildResponse, notSupported, parseAppRequest } from './protocol.js';
import { summarizeArgs, summarizeReply, summarizeRequest } from './log-format.js';
import { naaReplyArgs, naaResponse } from './naa-protocol.js';
import { initializeArgs, runtimeConfig } from './runtime-config.js';

describe('teams-js wire format', () => {
  it('reads a serialised teams-js request and echoes its uuid in the response', () => {
    const request = parseAppRequest({
      id: 7,
      uuidAsString: '6f1c2f8e-0000-4000-8000-000000000001',
      func: 'getContext',
      timestamp: 1,
      monotonicTimestamp: 2,
      args: [],
      apiVersionTag: 'v2_app.getContext',
    });
    expect(request).toEqual({
      id: 7,
      uuid: '6f1c2f8e-0000-4000-8000-000000000001',
      func: 'getContext',
      args: [],
    });
    expect(buildResponse(request!, ['x'])).toEqual({
      id: 7,
      uuidAsString: '6f1c2f8e-0000-4000-8000-000000000001',
      args: ['x'],
    });
  });

  it('keeps the data of a nestedAppAuth.execute request, which teams-js sends outside args', () => {
    const data = JSON.stringify({ messageType: 'NestedAppAuthRequest', method: 'GetInitContext' });
    const request = parseAppRequest({
      id: 3,
      uuidAsString: 'u3',
      func: 'nestedAppAuth.execute',
      args: [],
      data,
      apiVersionTag: 'v2_nestedAppAuth.execute',
    });
    expect(request).toEqual({ id: 3, uuid: 'u3', func: 'nestedAppAuth.execute', args: [], data });
  });

  it('ignores messages that are not requests', () => {
    expect(parseAppRequest(null)).toBeNull();
    expect(parseAppRequest('hello')).toBeNull();
    expect(parseAppRequest({ func: 'themeChange', args: ['dark'] })).toBeNull();
    expect(parseAppRequest({ id: 1, args: [] })).toBeNull();
  });

  it('builds host events without an id, so teams-js routes them to handlers', () => {
    expect(buildEvent('themeChange', ['dark'])).toEqual({ func: 'themeChange', args: ['dark'] });
  });

  it('answers unknown calls with an SdkError teams-js throws', () => {
    const [error] = notSupported('people.selectPeople');
    expect(error).toMatchObject({ errorCode: 100 });
  });

  it('answers initialize with frame context, client type, runtime config JSON and SDK version', () => {
    const [frameContext, clientType, config, version] = initializeArgs('sidePanel');
    expect(frameContext).toBe('sidePanel');
    expect(clientType).toBe('web');
    expect(JSON.parse(config as string)).toMatchObject({
      apiVersion: 4,
      isNAAChannelRecommended: false,
      supports: { pages: { config: {} }, meeting: {}, authentication: {} },
    });
    expect(version).toMatch(/^2\.\d+\.\d+$/);
    expect(runtimeConfig.supports).not.toHaveProperty('nestedAppAuth');
  });
});

describe('protocol log formatting', () => {
  it('never prints a token', () => {
    const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1LWFkZWxlIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
    const text = summarizeArgs([true, token, { accessToken: 'opaque', nested: [token] }]);
    expect(text).not.toContain(token);
    expect(text).not.toContain('opaque');
    expect(text).toContain('[token]');
  });

  it('logs nested app auth by method and parameters, never the tokens in the reply', () => {
    const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1LWFkZWxlIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
    const request = {
      id: 1,
      uuid: 'u',
      func: 'nestedAppAuth.execute',
      args: [],
      data: JSON.stringify({
        messageType: 'NestedAppAuthRequest',
        method: 'GetToken',
        requestId: 'r1',
        tokenParams: { clientId: 'c1', scope: 'api://h/c1/access_as_user', correlationId: 'x' },
      }),
    };
    expect(summarizeRequest(request)).toBe('GetToken clientId=c1 scope=api://h/c1/access_as_user');
    const reply = naaReplyArgs(
      naaResponse('r1', {
        success: true,
        token: {
          access_token: token,
          id_token: token,
          expires_in: 3599,
          scope: 'api://h/c1/access_as_user',
          properties: null,
        },
        account: {
          homeAccountId: 'u.t',
          environment: 'idp',
          tenantId: 't',
          username: 'adele@contoso.example',
          localAccountId: 'u',
        },
      }),
    );
    const text = summarizeReply(request, reply);
    expect(text).toMatch(/^GetToken → token for adele@contoso\.example/);
    expect(text).not.toContain(token);
    const refused = naaReplyArgs(
      naaResponse('r1', {
        success: false,
        error: { status: 'PERSISTENT_ERROR', code: 'invalid_request', description: 'AADSTS50011' },
      }),
    );
    expect(summarizeReply(request, refused)).toBe(
      'GetToken → PERSISTENT_ERROR invalid_request: AADSTS50011',
    );
  });

  it('shortens the runtime config and long arguments', () => {
    expect(summarizeArgs(initializeArgs('content'))).toContain('<runtime config>');
    expect(summarizeArgs(initializeArgs('content', { nestedAppAuth: true }))).toContain(
      '<runtime config>',
    );
    expect(summarizeArgs(['x'.repeat(500)], 50)).toHaveLength(50);
  });
});
