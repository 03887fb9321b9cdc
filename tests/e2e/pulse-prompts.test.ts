/**
 * Pulses feed the next retro (issue #16), end to end through the Teams stand-in at 320 px: Adele,
 * an owner of Platform, sends a released pulse's lowest statements from its results; the next retro
 * of the weekly sync (linked to Platform) shows them in Review with the guide to talking about them.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demo, userById, type SeedUser } from '../../devhost/seed.js';
import { newPage, watchConsole } from './support/browser.js';
import { e2eSession } from './support/session.js';

const shots = join(import.meta.dirname, '../../test-results/screenshots/prompts');
const platform = demo.platform;
const sync = demo.weeklySync;
const adele: SeedUser = userById(sync.organizerId)!;

const session = e2eSession({ demoData: 'linking' });

describe('a pulse feeds the next retro', () => {
  it('an owner sends the lowest statements, and the next retro shows them in Review', async () => {
    mkdirSync(shots, { recursive: true });
    const { page } = await newPage(session.browser, { width: 320, height: 900 });
    const problems = watchConsole(page);
    await page.goto(
      `${session.stack.appUrl}/devhost/?view=channel&team=${platform.id}&user=${adele.id}`,
    );
    const tab = page.frameLocator(`iframe[title="Channel tab — ${adele.displayName}"]`);
    await tab.getByRole('heading', { name: 'Pulses', exact: true }).waitFor({ timeout: 30_000 });
    await tab.getByRole('button', { name: 'View results' }).first().click();
    await tab.getByRole('heading', { name: 'Team score' }).waitFor({ timeout: 15_000 });
    const send = tab.getByRole('region', { name: 'Talk about it in the next retro' });
    await send.getByRole('button', { name: 'Send to the next retro' }).click();
    await send.getByText(/^Sent to \d+ meeting series?\./).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(shots, 'send-320.png'), fullPage: true });

    const meeting = await newPage(session.browser, { width: 1000, height: 1000 });
    await meeting.page.goto(
      `${session.stack.appUrl}/devhost/?view=meeting&meeting=${encodeURIComponent(sync.chatId)}&participants=1`,
    );
    const panel = meeting.page.frameLocator(`iframe[title="Side panel — ${adele.displayName}"]`);
    await panel.getByText('Live', { exact: true }).waitFor({ timeout: 30_000 });
    await panel.getByRole('button', { name: 'Set up a retro' }).click();
    await panel.getByRole('button', { name: 'Start retro' }).click();
    await panel
      .getByRole('heading', { name: 'Check-in', exact: true })
      .waitFor({ timeout: 20_000 });
    await panel.getByRole('button', { name: 'Next phase' }).click();
    await panel.getByRole('heading', { name: 'Review', exact: true }).waitFor({ timeout: 20_000 });

    const prompt = panel.getByRole('region', { name: /^From the last pulse: / });
    await prompt.waitFor({ timeout: 15_000 });
    const statements = prompt.getByRole('listitem').filter({ hasText: /of 100/ });
    expect(await statements.count()).toBeGreaterThanOrEqual(1);
    expect(await statements.count()).toBeLessThanOrEqual(2);
    await prompt.getByText(/^Set the stage: these are the team’s numbers/).waitFor();
    await prompt.getByText(/The Fearless Organization/).waitFor();
    // Nothing wider than the 320 px panel.
    const overflow = await prompt.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await prompt.screenshot({ path: join(shots, 'review-320.png') });
    await meeting.page.getByLabel('Theme').selectOption('dark');
    await meeting.page.waitForTimeout(300);
    await prompt.screenshot({ path: join(shots, 'review-320-dark.png') });
    expect(problems.errors).toEqual([]);
    await meeting.page.close();
    await page.close();
  });
});
