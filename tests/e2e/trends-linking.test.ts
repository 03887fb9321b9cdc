/**
 * Linking meetings to a team's trends (issue 5), end to end at the side panel's 320 px: the demo's
 * weekly sync (linked to Platform by Adele) is listed as counted; stopping it lowers "Retros held",
 * and adding it back from the meetings where Adele ran retros restores the count. Keyboard only.
 */
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo, userById, type SeedUser } from '../../devhost/seed.js';
import { newPage, watchConsole } from './support/browser.js';
import { e2eSession } from './support/session.js';

const screenshots = join(import.meta.dirname, '../../test-results/screenshots');
const platform = demo.platform;
const adele: SeedUser = userById(demo.weeklySync.organizerId)!;
// Demo retro titles start with the meeting's subject; a meeting shows its latest retro's title.
const weeklySync = new RegExp(`Latest retro: ${demo.weeklySync.subject} retro`);

const session = e2eSession({ demoData: 'linking' });

async function openTrends(
  user: SeedUser,
  width: number,
): Promise<{ page: Page; tab: FrameLocator }> {
  const { page } = await newPage(session.browser, { width, height: 900 });
  await page.goto(
    `${session.stack.appUrl}/devhost/?view=channel&team=${platform.id}&user=${user.id}`,
  );
  const tab = page.frameLocator(`iframe[title="Channel tab — ${user.displayName}"]`);
  await tab.getByRole('button', { name: 'Trends', exact: true }).click({ timeout: 30_000 });
  await tab.getByRole('heading', { name: 'Trends', exact: true }).waitFor();
  return { page, tab };
}

/** The "Retros held" figure in the retro health section. */
async function retrosHeld(tab: FrameLocator): Promise<number> {
  const value = tab.locator('xpath=//dt[normalize-space()="Retros held"]/following-sibling::dd[1]');
  return Number(await value.innerText());
}

/** Waits until "Retros held" shows `expected`, as the trends refetch after a change. */
async function retrosHeldBecomes(tab: FrameLocator, expected: number): Promise<void> {
  await expect.poll(() => retrosHeld(tab), { timeout: 15_000 }).toBe(expected);
}

/** Tabs forward from the current focus until `target` has it: proves it is reachable by keyboard. */
async function tabTo(page: Page, target: ReturnType<FrameLocator['locator']>): Promise<void> {
  for (let i = 0; i < 80; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

describe('linking meetings to trends through the Teams stand-in', () => {
  it('stops counting the weekly sync and counts it again, by keyboard at 320 px', async () => {
    const { page, tab } = await openTrends(adele, 320);
    const problems = watchConsole(page);
    // Every retro of the demo year, so the weekly sync's part is never outside the range.
    await tab.getByRole('tab', { name: 'All' }).click();
    const section = tab.getByRole('region', { name: 'Meetings in these trends' });
    await section.waitFor({ timeout: 30_000 });
    await section.getByText(/channel meetings always count/).waitFor();

    const linked = section.getByRole('list', { name: 'Linked meetings' }).getByRole('listitem');
    const sync = linked.filter({ hasText: weeklySync });
    await sync.waitFor();
    await expect.poll(() => linked.count()).toBe(1);
    // Teams tells the app no meeting name: the meeting is named by its retros and latest day.
    const name = await sync.getByText(/^Meeting with \d+ retros, last on /).innerText();
    const syncRetros = Number(/(\d+) retros/.exec(name)?.[1]);
    expect(name).toMatch(/, last on [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    await sync.getByText('Linked by you on', { exact: false }).waitFor();
    await tab.getByRole('heading', { name: 'Retro health', exact: true }).waitFor();
    const before = await retrosHeld(tab);
    expect(syncRetros).toBeGreaterThan(0);
    expect(before).toBeGreaterThanOrEqual(syncRetros);

    // Nothing is wider than the side panel.
    const widths = await tab
      .locator('html')
      .evaluate((html) => ({ scroll: html.scrollWidth, client: html.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);

    // Stop counting: keyboard to the button, confirm in the dialog.
    await tab.getByRole('tab', { name: 'All' }).focus();
    await tabTo(page, sync.getByRole('button', { name: 'Stop counting' }));
    await page.keyboard.press('Enter');
    const dialog = tab.getByRole('dialog', { name: 'Stop counting this meeting?' });
    await dialog.waitFor();
    await page.screenshot({
      path: join(screenshots, 'trends-linking-confirm-320.png'),
      animations: 'disabled',
    });
    await tabTo(page, dialog.getByRole('button', { name: 'Yes, stop counting' }));
    await page.keyboard.press('Enter');
    await section.getByText(/no longer counts in retro health/).waitFor();
    await section.getByText('No other meeting counts yet.').waitFor();
    // Over all time, the weekly sync's retros are exactly what it added.
    await retrosHeldBecomes(tab, before - syncRetros);

    // Add it back from the meetings where Adele ran retros.
    await tabTo(page, section.getByRole('button', { name: 'Add a meeting' }));
    await page.keyboard.press('Enter');
    const candidates = section
      .getByRole('list', { name: 'Meetings where you ran retros' })
      .getByRole('listitem');
    const candidate = candidates.filter({ hasText: weeklySync });
    await candidate.waitFor();
    await candidate.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshots, 'trends-linking-candidates-320.png') });
    await tabTo(page, candidate.getByRole('button', { name: 'Count in trends' }));
    await page.keyboard.press('Enter');
    await section.getByText(/now counts in retro health/).waitFor();
    await linked.filter({ hasText: weeklySync }).waitFor();
    await retrosHeldBecomes(tab, before);
    await expect.poll(() => candidates.filter({ hasText: weeklySync }).count()).toBe(0);

    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshots, 'trends-linking-320.png') });
    expect(problems.errors.filter((e) => !e.includes('<rect>'))).toEqual([]);
    await page.close();
  });
});
