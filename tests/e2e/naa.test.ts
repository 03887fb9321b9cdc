/**
 * Nested app auth end to end: the built app, served by the real server against the dev IdP and fake
 * Graph, in system Chromium through the Teams stand-in with `?naa=`, which advertises NAA the way new Teams
 * does. The real teams-js polyfills the bridge and the real msal-session.browser talks to the stand-in through it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo, userById } from '../../devhost/seed.js';
import { newPage, watchConsole } from './support/browser.js';
import { e2eSession } from './support/session.js';
import {
  naaRepliesTo,
  protocolLog,
  requestsFrom,
  watchScripts,
  watchWarnings,
  type ScriptLoads,
} from './support/standin-log.js';

const platform = demo.platform;
const owner = userById(platform.members.find((m) => m.role === 'owner')!.userId)!;
const sync = demo.weeklySync;
const organizer = userById(sync.organizerId)!;

const session = e2eSession();

async function openStandIn(query: string, viewport?: { width: number; height: number }) {
  const { page } = await newPage(session.browser, viewport);
  const problems = watchConsole(page);
  const logged = watchWarnings(page);
  const scripts = watchScripts(page);
  await page.goto(`${session.stack.appUrl}/devhost/${query}`);
  return { page, problems, logged, scripts };
}

async function expectSignedIn(page: Page, frameTitle: string, name: string) {
  const frame = page.frameLocator(`iframe[title="${frameTitle}"]`);
  await expect
    .poll(() => frame.getByText('Signed in as').textContent(), { timeout: 30_000 })
    .toContain(name);
  return frame;
}

/** The msal-session.browser chunk: the only script with msal's SKU and the NAA handshake in it. */
function msalChunks(scripts: ScriptLoads): string[] {
  return [...scripts.bodies]
    .filter(([, body]) => body.includes('msal.js.browser') && body.includes('GetInitContext'))
    .map(([url]) => url);
}

/** msal-session.browser is not part of the page's initial scripts (no script tag, no modulepreload). */
async function expectNotPreloaded(pagePath: string, chunkUrl: string) {
  const html = await (await fetch(`${session.stack.appUrl}${pagePath}`)).text();
  const file = new URL(chunkUrl).pathname.split('/').pop()!;
  expect(html).not.toContain(file);
}

describe('nested app auth through the Teams stand-in', () => {
  it('the channel tab signs in through the NAA bridge, not getAuthToken, and loads msal lazily', async () => {
    const { page, problems, logged, scripts } = await openStandIn(
      `?view=channel&team=${platform.id}&user=${owner.id}&naa=1`,
    );
    const title = `Channel tab — ${owner.displayName}`;
    const tab = await expectSignedIn(page, title, owner.displayName);
    const list = tab.getByRole('list', { name: 'Team members' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(platform.members.length);
    expect(
      session.stack.graph.calls.some(
        (c) => c.path === `/v1.0/teams/${platform.id}/members` && c.tenantId === owner.tenantId,
      ),
    ).toBe(true);

    const log = await protocolLog(page);
    const requests = requestsFrom(log, title);
    expect(requests).toContain('nestedAppAuth.execute GetInitContext');
    expect(requests).toContain('nestedAppAuth.execute GetToken');
    expect(requests).not.toContain('authentication.getAuthToken');
    expect(naaRepliesTo(log, title)).toContainEqual(
      expect.stringMatching(new RegExp(`^GetToken → token for ${owner.upn.replace('.', '\\.')}`)),
    );

    await expect.poll(() => msalChunks(scripts).length).toBe(1);
    await expectNotPreloaded('/tabs/content.html', msalChunks(scripts)[0]!);
    expect(logged.warnings.filter((w) => w.includes('nested app auth'))).toEqual([]);
    expect(problems.errors).toEqual([]);
    await page.close();
  });

  it('a 320 px side panel signs in through the NAA bridge and lists the participants', async () => {
    const { page, problems, logged, scripts } = await openStandIn(
      `?view=meeting&meeting=${encodeURIComponent(sync.chatId)}&participants=1&naa=1`,
      { width: 1280, height: 900 },
    );
    const title = `Side panel — ${organizer.displayName}`;
    const panel = await expectSignedIn(page, title, organizer.displayName);
    const list = panel.getByRole('list', { name: 'Meeting participants' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(sync.members.length);
    const frame = page.frames().find((f) => f.url().includes('side-panel.html'))!;
    expect(await frame.evaluate(() => document.documentElement.clientWidth)).toBe(320);

    const requests = requestsFrom(await protocolLog(page), title);
    expect(requests).toContain('nestedAppAuth.execute GetInitContext');
    expect(requests).toContain('nestedAppAuth.execute GetToken');
    expect(requests).not.toContain('authentication.getAuthToken');
    await expect.poll(() => msalChunks(scripts).length).toBe(1);
    await expectNotPreloaded('/meeting-extension/side-panel.html', msalChunks(scripts)[0]!);
    expect(logged.warnings.filter((w) => w.includes('nested app auth'))).toEqual([]);
    expect(problems.errors).toEqual([]);
    await page.close();
  });

  it('asks through Teams (GetTokenPopup) when the silent token needs consent', async () => {
    const { page, problems } = await openStandIn(
      `?view=channel&team=${platform.id}&user=${owner.id}&naa=consent`,
    );
    const title = `Channel tab — ${owner.displayName}`;
    await expectSignedIn(page, title, owner.displayName);
    const log = await protocolLog(page);
    const requests = requestsFrom(log, title);
    expect(requests).toContain('nestedAppAuth.execute GetTokenPopup');
    expect(requests).not.toContain('authentication.getAuthToken');
    expect(naaRepliesTo(log, title)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^GetToken → USER_INTERACTION_REQUIRED/),
        expect.stringMatching(/^GetTokenPopup → token for /),
      ]),
    );
    expect(problems.errors).toEqual([]);
    await page.close();
  });

  it('falls back to Teams SSO (getAuthToken) when the host answers NAA with a persistent error', async () => {
    const { page, problems, logged } = await openStandIn(
      `?view=channel&team=${platform.id}&user=${owner.id}&naa=error`,
    );
    const title = `Channel tab — ${owner.displayName}`;
    const tab = await expectSignedIn(page, title, owner.displayName);
    const list = tab.getByRole('list', { name: 'Team members' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(platform.members.length);

    const log = await protocolLog(page);
    const requests = requestsFrom(log, title);
    const naaToken = requests.indexOf('nestedAppAuth.execute GetToken');
    expect(naaToken).toBeGreaterThan(-1);
    expect(requests.indexOf('authentication.getAuthToken')).toBeGreaterThan(naaToken);
    expect(naaRepliesTo(log, title)).toContainEqual(
      expect.stringMatching(/^GetToken → PERSISTENT_ERROR invalid_request: AADSTS50011/),
    );
    const warnings = logged.warnings.filter((w) => w.includes('nested app auth'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('AADSTS50011');
    expect(problems.errors).toEqual([]);
    await page.close();
  });
});
