/**
 * Accessibility of the channel tab and the configuration page (issue #15), through the Teams
 * stand-in in real Chromium on the demo year: axe (WCAG 2.1 A/AA) on every view in light, dark
 * and high contrast; phones at 360×640 with touch (no sideways scroll, 44 px targets, the note on
 * where retros run); Arabic (right to left) at 320 px; a pulse answered with the keyboard alone.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demo, seed, userById, type SeedUser } from '../../devhost/seed.js';
import { axeProblems, newPhonePage, sideways, smallTargets, tabTo } from './support/a11y.js';
import { newPage } from './support/browser.js';
import { frameTitled } from './support/retro-views.js';
import { e2eSession } from './support/session.js';

const screenshots = join(import.meta.dirname, '../../test-results/screenshots/a11y');
const platform = demo.platform;
const people = (role: 'owner' | 'member'): SeedUser[] =>
  platform.members.filter((m) => m.role === role).map((m) => userById(m.userId)!);
const owner = people('owner')[0]!;
const [member, keyboardMember, phoneMember] = people('member');
const themes = ['default', 'dark', 'contrast'] as const;
const openTitle = 'Accessibility check-in';

const session = e2eSession({ demoData: 'a11y' });

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  // One open pulse for the answer flow (the demo year's pulses are all closed).
  const day = 86_400_000;
  const res = await fetch(`${session.stack.appUrl}/api/teams/${platform.id}/pulses`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await session.stack.idp.issueUserToken(owner.id)}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      title: openTitle,
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + day).toISOString(),
    }),
  });
  expect(res.status).toBe(201);
}, 60_000);

const tabTitle = (user: SeedUser) => `Channel tab — ${user.displayName}`;

function standIn(user: SeedUser, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({
    view: 'channel',
    team: platform.id,
    user: user.id,
    ...extra,
  });
  return `${session.stack.appUrl}/devhost/?${query.toString()}`;
}

async function openTab(page: Page, user: SeedUser, extra: Record<string, string> = {}) {
  await page.goto(standIn(user, extra));
  const tab = page.frameLocator(`iframe[title="${tabTitle(user)}"]`);
  await tab.getByRole('heading', { name: 'Pulses', exact: true }).waitFor({ timeout: 30_000 });
  return tab;
}

const pulseCard = (tab: FrameLocator, title: string) => tab.getByRole('article', { name: title });

/** The first past pulse with results, opened. */
async function openResults(tab: FrameLocator): Promise<void> {
  await tab.getByRole('button', { name: 'View results' }).first().click();
  await tab.getByRole('heading', { name: 'Team score' }).waitFor({ timeout: 15_000 });
}

async function openTrends(tab: FrameLocator): Promise<void> {
  await tab.getByRole('button', { name: 'Trends', exact: true }).click({ timeout: 30_000 });
  await tab.getByRole('heading', { name: 'Trends', exact: true }).waitFor({ timeout: 30_000 });
  // The charts draw after the figures arrive.
  await tab.getByRole('table').first().waitFor({ timeout: 30_000, state: 'attached' });
}

async function openAnswer(tab: FrameLocator): Promise<void> {
  await pulseCard(tab, openTitle).getByRole('button', { name: 'Answer now' }).click();
  await tab.getByRole('radiogroup').first().waitFor({ timeout: 15_000 });
}

describe('accessibility of the channel tab', () => {
  it('axe finds no serious or critical WCAG 2.1 AA violation in any view, in light, dark and high contrast', async () => {
    const problems: string[] = [];
    for (const theme of themes) {
      const { context, page } = await newPage(session.browser, { width: 1280, height: 900 });
      const extra = { theme };
      // Owner: the pulse list, a pulse's results, the trends.
      let tab = await openTab(page, owner, extra);
      problems.push(...(await axeProblems(page, tabTitle(owner), `${theme} owner list`)));
      await openResults(tab);
      problems.push(...(await axeProblems(page, tabTitle(owner), `${theme} owner results`)));
      tab = await openTab(page, owner, extra);
      await openTrends(tab);
      problems.push(...(await axeProblems(page, tabTitle(owner), `${theme} trends`)));
      await page.screenshot({ path: join(screenshots, `trends-${theme}.png`) });
      // Member: the list, the answer flow, shared results.
      tab = await openTab(page, member!, extra);
      problems.push(...(await axeProblems(page, tabTitle(member!), `${theme} member list`)));
      await openAnswer(tab);
      problems.push(...(await axeProblems(page, tabTitle(member!), `${theme} answer flow`)));
      await page.screenshot({ path: join(screenshots, `answer-${theme}.png`) });
      tab = await openTab(page, member!, extra);
      if ((await tab.getByRole('button', { name: 'View results' }).count()) > 0) {
        await openResults(tab);
        problems.push(...(await axeProblems(page, tabTitle(member!), `${theme} shared results`)));
      } else problems.push(`${theme}: the member sees no shared results to check`);
      // The configuration page.
      await page.goto(standIn(owner, { ...extra, configure: '1' }));
      const config = page.frameLocator('iframe[title="Configuration page"]');
      await expect
        .poll(() => config.getByText('pulses', { exact: false }).count(), { timeout: 20_000 })
        .toBeGreaterThan(0);
      problems.push(...(await axeProblems(page, 'Configuration page', `${theme} configuration`)));
      await context.close();
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('on a phone (360×640, touch) the answer flow, results and trends fit and every target is 44 px', async () => {
    const { context, page } = await newPhonePage(session.browser);
    const problems: string[] = [];
    const check = async (tab: FrameLocator, where: string) => {
      const { scrollWidth, outside } = await sideways(tab);
      if (scrollWidth > 360) problems.push(`${where}: scrollWidth ${scrollWidth} > 360`);
      problems.push(...outside.map((o) => `${where}: past the edge: ${o}`));
      problems.push(...(await smallTargets(tab)).map((t) => `${where}: small target ${t}`));
    };
    // A member on Android: the tab says where retros run, since phones have no side panel.
    let tab = await openTab(page, phoneMember!, { client: 'android' });
    await tab.getByText(/Retros run in the meeting side panel/).waitFor();
    await check(tab, 'member list');
    await openAnswer(tab);
    await check(tab, 'answer flow');
    await page.screenshot({ path: join(screenshots, 'phone-answer.png') });
    tab = await openTab(page, owner, { client: 'ios' });
    await openResults(tab);
    await check(tab, 'results');
    await page.screenshot({ path: join(screenshots, 'phone-results.png'), fullPage: true });
    tab = await openTab(page, owner, { client: 'ios' });
    await openTrends(tab);
    await check(tab, 'trends');
    await page.screenshot({ path: join(screenshots, 'phone-trends.png'), fullPage: true });
    // On the web the sentence would be noise.
    tab = await openTab(page, phoneMember!);
    expect(await tab.getByText(/Retros run in the meeting side panel/).count()).toBe(0);
    await context.close();
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('in Arabic (ar-sa) the tab and the side panel mirror, and fit 320 px', async () => {
    const { context, page } = await newPage(session.browser, { width: 320, height: 800 });
    const tab = await openTab(page, owner, { locale: 'ar-sa' });
    expect(await tab.locator('html').getAttribute('dir')).toBe('rtl');
    const tabFit = await sideways(tab);
    expect(tabFit.outside).toEqual([]);
    expect(tabFit.scrollWidth).toBeLessThanOrEqual(320);
    await page.screenshot({ path: join(screenshots, 'rtl-tab-320.png'), fullPage: true });
    await context.close();

    const meeting = seed.meetings[0]!;
    const wide = await newPage(session.browser, { width: 1280, height: 900 });
    const query = new URLSearchParams({
      view: 'meeting',
      meeting: meeting.chatId,
      participants: '1',
      locale: 'ar-sa',
    });
    await wide.page.goto(`${session.stack.appUrl}/devhost/?${query.toString()}`);
    const panel = wide.page.locator('iframe[title^="Side panel — "]').first();
    const title = (await panel.getAttribute('title', { timeout: 30_000 }))!;
    const frame = wide.page.frameLocator(`iframe[title="${title}"]`);
    await frame.getByText('Live', { exact: true }).waitFor({ timeout: 30_000 });
    expect(await frame.locator('html').getAttribute('dir')).toBe('rtl');
    const fit = await sideways(frame);
    expect(fit.outside).toEqual([]);
    expect(fit.scrollWidth).toBeLessThanOrEqual(320);
    await panel.screenshot({ path: join(screenshots, 'rtl-side-panel.png') });
    await wide.context.close();
  });

  it('a member answers a whole pulse with the keyboard alone', async () => {
    const { context, page } = await newPage(session.browser, { width: 1280, height: 900 });
    await openTab(page, keyboardMember!);
    const frame = await frameTitled(page, tabTitle(keyboardMember!));
    const tab = page.frameLocator(`iframe[title="${tabTitle(keyboardMember!)}"]`);
    await tabTo(page, frame, 'Answer now');
    await page.keyboard.press('Enter');
    for (let j = 0; j < 7; j++) {
      await tab.getByText(`${j + 1} of 7`, { exact: true }).waitFor();
      // Into the statement's radio group, choose with Space and the arrows, then on to Next.
      await tabTo(page, frame, { selector: 'input[type="radio"]' });
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      await tabTo(page, frame, 'Next');
      await page.keyboard.press('Enter');
    }
    await tabTo(page, frame, 'Submit answers');
    await page.keyboard.press('Enter');
    await tab.getByText('Your answer is in.').waitFor({ timeout: 15_000 });
    await context.close();
  });
});
