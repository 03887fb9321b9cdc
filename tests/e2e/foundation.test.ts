/**
 * The walking skeleton end to end: the built app, served by the real server (production code path)
 * against the dev IdP and fake Graph, in system Chromium through the Teams stand-in page.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo, userById } from '../../devhost/seed.js';
import { newPage, watchConsole } from './support/browser.js';
import { e2eSession } from './support/session.js';

const screenshots = join(import.meta.dirname, '../../test-results/screenshots');
const platform = demo.platform;
const owner = userById(platform.members.find((m) => m.role === 'owner')!.userId)!;
const member = userById(platform.members.find((m) => m.role === 'member')!.userId)!;
const sync = demo.weeklySync;

const session = e2eSession();

async function openStandIn(query: string, viewport?: { width: number; height: number }) {
  const { page } = await newPage(session.browser, viewport);
  const problems = watchConsole(page);
  await page.goto(`${session.stack.appUrl}/devhost/${query}`);
  return { page, problems };
}

/** The computed background of the app's root inside a frame: it changes with the Fluent theme. */
async function appBackground(page: Page, title: string): Promise<string> {
  const frame =
    page.frame({ url: /tabs\/content\.html/ }) ?? page.frames().find((f) => f.name() === title);
  if (!frame) throw new Error(`no frame ${title}`);
  return frame.evaluate(() => {
    const el = document.querySelector('.fui-FluentProvider') ?? document.body;
    return getComputedStyle(el).backgroundColor;
  });
}

describe('foundation through the Teams stand-in', () => {
  it('the channel tab authenticates and shows members and roles from Graph', async () => {
    const { page, problems } = await openStandIn(
      `?view=channel&team=${platform.id}&user=${owner.id}`,
    );
    const tab = page.frameLocator(`iframe[title="Channel tab — ${owner.displayName}"]`);
    await expect
      .poll(() => tab.getByText(`Signed in as`).textContent(), { timeout: 20_000 })
      .toContain(owner.displayName);
    await expect.poll(() => tab.getByText('Owner of this team').count()).toBe(1);
    const list = tab.getByRole('list', { name: 'Team members' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(platform.members.length);
    const listText = (await list.textContent()) ?? '';
    for (const m of platform.members) expect(listText).toContain(userById(m.userId)!.displayName);
    // Owners are badged; the Graph call really happened with an app-only token for Contoso.
    const ownerCount = platform.members.filter((m) => m.role === 'owner').length;
    await expect.poll(() => list.getByText('Owner', { exact: true }).count()).toBe(ownerCount);
    expect(
      session.stack.graph.calls.some(
        (c) => c.path === `/v1.0/teams/${platform.id}/members` && c.tenantId === owner.tenantId,
      ),
    ).toBe(true);
    await page.screenshot({ path: join(screenshots, 'channel-tab-light.png') });
    expect(problems.errors).toEqual([]);
    await page.close();
  });

  it('a member sees their member role', async () => {
    const { page } = await openStandIn(`?view=channel&team=${platform.id}&user=${member.id}`);
    const tab = page.frameLocator(`iframe[title="Channel tab — ${member.displayName}"]`);
    await expect
      .poll(() => tab.getByText('Member of this team').count(), { timeout: 20_000 })
      .toBe(1);
    await page.close();
  });

  it('a theme switch re-themes the app live, without a reload', async () => {
    const { page, problems } = await openStandIn(
      `?view=channel&team=${platform.id}&user=${owner.id}`,
    );
    const title = `Channel tab — ${owner.displayName}`;
    const tab = page.frameLocator(`iframe[title="${title}"]`);
    await expect
      .poll(() => tab.getByText('Owner of this team').count(), { timeout: 20_000 })
      .toBe(1);
    const light = await appBackground(page, title);
    const frame = page.frame({ url: /tabs\/content\.html/ })!;
    await frame.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42));

    await page.getByLabel('Theme').selectOption('dark');
    await expect.poll(() => appBackground(page, title)).not.toBe(light);
    const dark = await appBackground(page, title);
    await page.screenshot({ path: join(screenshots, 'channel-tab-dark.png') });

    await page.getByLabel('Theme').selectOption('contrast');
    await expect.poll(() => appBackground(page, title)).not.toBe(dark);
    await page.screenshot({ path: join(screenshots, 'channel-tab-contrast.png') });
    // Same document: the theme followed themeChange instead of reloading.
    expect(await frame.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(
      42,
    );
    expect(problems.errors).toEqual([]);
    await page.close();
  });

  it('the configuration page save flow completes and loads the tab', async () => {
    const { page, problems } = await openStandIn(
      `?view=channel&team=${platform.id}&user=${owner.id}&configure=1`,
    );
    const config = page.frameLocator('iframe[title="Configuration page"]');
    await expect
      .poll(() => config.getByText('pulses', { exact: false }).count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    const save = page.getByRole('button', { name: 'Save' });
    await expect.poll(() => save.isEnabled(), { timeout: 20_000 }).toBe(true);
    await save.click();
    await expect.poll(() => page.getByText('Tab saved').count(), { timeout: 20_000 }).toBe(1);
    const tab = page.frameLocator(`iframe[title="Channel tab — ${owner.displayName}"]`);
    await expect
      .poll(() => tab.getByText('Owner of this team').count(), { timeout: 20_000 })
      .toBe(1);
    expect(problems.errors).toEqual([]);
    await page.close();
  });

  it('three side panels load at 320 px with members from Graph and no console errors', async () => {
    const { page, problems } = await openStandIn(
      `?view=meeting&meeting=${encodeURIComponent(sync.chatId)}&participants=3`,
      {
        width: 1280,
        height: 900,
      },
    );
    const participants = sync.members.slice(0, 3).map((m) => userById(m.userId)!);
    for (const p of participants) {
      const panel = page.frameLocator(`iframe[title="Side panel — ${p.displayName}"]`);
      await expect
        .poll(() => panel.getByText('Signed in as').textContent(), { timeout: 20_000 })
        .toContain(p.displayName);
      const list = panel.getByRole('list', { name: 'Meeting participants' });
      await expect.poll(() => list.getByRole('listitem').count()).toBe(sync.members.length);
      const frame = page
        .frames()
        .find((f) => f.url().includes('side-panel.html') && f !== page.mainFrame());
      expect(frame).toBeDefined();
    }
    // Each panel's viewport is 320 px wide, with no horizontal scroll.
    const panels = page.frames().filter((f) => f.url().includes('side-panel.html'));
    expect(panels).toHaveLength(3);
    for (const frame of panels) {
      expect(await frame.evaluate(() => document.documentElement.clientWidth)).toBe(320);
      const overflow = await frame.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await page.screenshot({
      path: join(screenshots, 'meeting-side-panels-light.png'),
      fullPage: true,
    });
    expect(problems.errors).toEqual([]);
    await page.close();
  });
});
