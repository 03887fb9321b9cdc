/**
 * The real teams-js 2.58, in iframes on the app's origin, against the Teams stand-in page. The frames load
 * the stand-in's probe page, which calls the APIs Candor uses and prints the outcomes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdentityProvider, type Idp } from '../../devhost/idp.js';
import { demo, devApp, userById } from '../../devhost/seed.js';
import { createStandInPlugin } from '../../devhost/standin-plugin.js';
import { testTls } from '../../devhost/test-tls.js';
import { registerSecurityHeaders } from '../../server/security-headers.js';
import { launchBrowser, newPage, watchConsole, type ConsoleProblems } from './support/browser.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const platform = demo.platform;
const owner = userById(platform.members[0]!.userId)!;
const sync = demo.weeklySync;
const organizer = userById(sync.organizerId)!;

let idp: Idp;
let server: FastifyInstance;
let origin: string;
let outDir: string;
let browser: Browser;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'standin-build-'));
  await build({
    configFile: join(repoRoot, 'devhost/standin/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  idp = await startIdentityProvider({ tls: await testTls() });
  server = Fastify({ logger: false });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  origin = `http://127.0.0.1:${address.port}`;
  await server.close();
  // Same headers (CSP included) as the real server, so the page is tested under the real policy.
  server = Fastify({ logger: false });
  registerSecurityHeaders(server, new URL(origin));
  await server.register(
    createStandInPlugin({
      idpUrl: idp.url,
      clientId: devApp.clientId,
      publicUrl: new URL(origin),
      staticDir: outDir,
    }),
    { prefix: '/devhost' },
  );
  await server.listen({ port: address.port, host: '127.0.0.1' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await idp?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/**
 * teams-js fetches its valid-origins list from res.cdn.office.net when it loads; the app's CSP blocks that
 * (and there is no outside network here), so teams-js uses its built-in list. Any other console error fails.
 */
const unexpected = (problems: ConsoleProblems) =>
  problems.errors.filter((e) => !e.includes('res.cdn.office.net/teams-js/validDomains'));

const result = (frame: FrameLocator, key: string) => frame.locator(`dd[data-key="${key}"]`);

async function open(query: string): Promise<{ page: Page; problems: ConsoleProblems }> {
  const { page } = await newPage(browser);
  const problems = watchConsole(page);
  await page.goto(`${origin}/devhost/${query}&pages=probe`);
  return { page, problems };
}

describe('Teams stand-in speaks the teams-js protocol', () => {
  it('initialises a channel tab with context, token and live theme changes', async () => {
    const { page, problems } = await open(`?view=channel&team=${platform.id}&user=${owner.id}`);
    const tab = page.frameLocator(`iframe[title="Channel tab — ${owner.displayName}"]`);
    await expect.poll(() => result(tab, 'ready').textContent()).toBe('yes');
    const context = JSON.parse((await result(tab, 'context').textContent()) ?? '{}') as Record<
      string,
      string
    >;
    expect(context).toMatchObject({
      frameContext: 'content',
      userId: owner.id,
      tenantId: platform.tenantId,
      groupId: platform.id,
      channelId: platform.generalChannelId,
    });
    expect(await result(tab, 'token').textContent()).toBe(
      `ok oid=${owner.id} aud=${devApp.clientId}`,
    );
    expect(await result(tab, 'theme').textContent()).toBe('default');

    await page.getByLabel('Theme').selectOption('dark');
    await expect.poll(() => result(tab, 'theme').textContent()).toBe('dark');
    expect(unexpected(problems)).toEqual([]);
    await page.context().close();
  });

  it('runs the configuration save flow and loads the saved contentUrl', async () => {
    const { page, problems } = await open(
      `?view=channel&team=${platform.id}&user=${owner.id}&configure=1`,
    );
    const config = page.frameLocator('iframe[title="Configuration page"]');
    await expect
      .poll(() => result(config, 'context').textContent())
      .toContain('"frameContext":"settings"');
    const save = page.getByRole('button', { name: 'Save' });
    expect(await save.isDisabled()).toBe(true);

    await config.getByRole('button', { name: 'Make valid' }).click();
    await expect.poll(() => save.isEnabled()).toBe(true);
    await save.click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Tab saved');

    const tab = page.frameLocator(`iframe[title="Channel tab — ${owner.displayName}"]`);
    await expect
      .poll(() => result(tab, 'config').textContent())
      .toBe(`probe-tab ${origin}/devhost/probe.html?frame=content&saved=1`);
    expect(unexpected(problems)).toEqual([]);
    await page.context().close();
  });

  it('shares to the stage for presenters only', async () => {
    const { page, problems } = await open(
      `?view=meeting&meeting=${encodeURIComponent(sync.chatId)}&participants=3`,
    );
    const panels = page.locator('iframe[title^="Side panel — "]');
    await expect.poll(() => panels.count()).toBe(3);
    const presenter = page.frameLocator(`iframe[title="Side panel — ${organizer.displayName}"]`);
    const attendeeTitle = await panels.nth(1).getAttribute('title');
    const attendee = page.frameLocator(`iframe[title="${attendeeTitle}"]`);

    await expect.poll(() => result(presenter, 'ready').textContent()).toBe('yes');
    await expect.poll(() => result(attendee, 'ready').textContent()).toBe('yes');
    const context = JSON.parse(
      (await result(presenter, 'context').textContent()) ?? '{}',
    ) as Record<string, string>;
    expect(context).toMatchObject({
      frameContext: 'sidePanel',
      chatId: sync.chatId,
      meetingId: sync.id,
      userId: organizer.id,
    });
    expect(await result(presenter, 'capabilities').textContent()).toBe('true');
    expect(await result(attendee, 'capabilities').textContent()).toBe('false');
    expect(await result(presenter, 'sharing').textContent()).toBe('false');

    await attendee.getByRole('button', { name: 'Share to stage' }).click();
    await expect.poll(() => result(attendee, 'share').textContent()).toMatch(/^error 1000 /);
    expect(await page.locator('iframe[title="Meeting stage"]').count()).toBe(0);

    await presenter.getByRole('button', { name: 'Share to stage' }).click();
    await expect.poll(() => result(presenter, 'share').textContent()).toBe('ok true');
    const stage = page.frameLocator('iframe[title="Meeting stage"]');
    await expect
      .poll(() => result(stage, 'context').textContent())
      .toContain('"frameContext":"meetingStage"');
    expect(await page.locator('iframe[title="Meeting stage"]').getAttribute('src')).toContain(
      'shared=1',
    );
    expect(unexpected(problems)).toEqual([]);
    await page.context().close();
  });
});
