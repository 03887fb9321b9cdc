import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerSecurityHeaders } from './security-headers.js';

/**
 * Microsoft's documented frame-ancestors for Teams apps in Teams, Outlook and the Microsoft 365 app
 * (https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/tab-requirements),
 * written out here so a change to the list in the code has to be a deliberate change to this too.
 */
const documented = [
  'https://*.cloud.microsoft',
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
];

async function cspOf(graphBaseUrl?: URL): Promise<string> {
  const app = Fastify();
  registerSecurityHeaders(app, new URL('https://candor.example.com'), graphBaseUrl);
  app.get('/page', async () => 'ok');
  const res = await app.inject({ method: 'GET', url: '/page' });
  await app.close();
  return String(res.headers['content-security-policy']);
}

describe('Content-Security-Policy frame-ancestors', () => {
  it("is the app's own origin plus exactly Microsoft's documented hosts", async () => {
    const directive = (await cspOf())
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('frame-ancestors '));
    expect(directive?.split(/\s+/).slice(1)).toEqual(["'self'", ...documented]);
  });

  it('no longer lets *.office365.com or *.outlook.com frame Candor', async () => {
    const csp = await cspOf();
    expect(csp).not.toContain('*.office365.com');
    expect(csp).not.toContain('*.outlook.com');
  });
});

describe('Content-Security-Policy connect-src', () => {
  const connectSrc = (csp: string) =>
    csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('connect-src '))
      ?.split(/\s+/)
      .slice(1);

  it('lets the client call Graph (Microsoft To Do) at the public Graph root by default', async () => {
    expect(connectSrc(await cspOf())).toContain('https://graph.microsoft.com');
  });

  it('follows GRAPH_BASE_URL, origin only', async () => {
    const sources = connectSrc(await cspOf(new URL('https://127.0.0.1:9443/v1.0')));
    expect(sources).toContain('https://127.0.0.1:9443');
    expect(sources).not.toContain('https://graph.microsoft.com');
  });
});
