/**
 * Accessibility of a whole retro (issue #15) through the Teams stand-in: axe (WCAG 2.1 AA) on every
 * phase for the facilitator and a member in light, dark and high contrast, and on the stage; the
 * page's one polite live region says the phase, new cards, the timer and one's own vote.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demo, userById } from '../../devhost/seed.js';
import { retroPhases, phaseLabels } from '../../shared/retro/phases.js';
import { axeProblems, hoverOnlyReveals, keyTo, tabTo } from './support/a11y.js';
import { newPage } from './support/browser.js';
import { frameTitled, watchPanels, type PanelWatch } from './support/retro-views.js';
import { e2eSession } from './support/session.js';

const shots = join(import.meta.dirname, '../../test-results/screenshots/a11y');
const sync = demo.weeklySync;
const [adele, bob] = sync.members.slice(0, 2).map((m) => userById(m.userId)!);
type Person = { displayName: string };
const title = (p: Person) => `Side panel — ${p.displayName}`;
const themes = ['default', 'dark', 'contrast'] as const;

const session = e2eSession();
let page: Page;
let watch: PanelWatch;

const panel = (p: Person): FrameLocator => page.frameLocator(`iframe[title="${title(p)}"]`);
const heading = (p: Person, name: string) =>
  panel(p).getByRole('heading', { name, exact: true }).waitFor({ timeout: 20_000 });
const announced = (p: Person) => panel(p).locator('#candor-announcer');

async function api(p: Person, method: string, path: string, body?: unknown): Promise<unknown> {
  await expect.poll(() => watch.tokens.has(title(p)), { timeout: 30_000 }).toBe(true);
  const frame = await frameTitled(page, title(p));
  const result = await frame.evaluate(
    async ({ method, path, body, auth, key }) => {
      const res = await fetch(path, {
        method,
        headers: {
          authorization: auth,
          'content-type': 'application/json',
          'idempotency-key': key,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as unknown };
    },
    { method, path, body, auth: watch.tokens.get(title(p))!, key: randomUUID() },
  );
  if (result.status >= 300) throw new Error(`${method} ${path}: ${JSON.stringify(result.body)}`);
  return result.body;
}
const command = (p: Person, retroId: string, body: unknown) =>
  api(p, 'POST', `/api/retros/${encodeURIComponent(retroId)}/commands`, body);

/** axe on both panels (and the stage when open) in each theme, switched through the stand-in. */
async function axeEverywhere(where: string, withStage = false): Promise<string[]> {
  const found: string[] = [];
  for (const theme of themes) {
    await page.getByLabel('Theme').selectOption(theme);
    await page.waitForTimeout(300);
    for (const [p, who] of [
      [adele!, 'facilitator'],
      [bob!, 'member'],
    ] as const)
      found.push(...(await axeProblems(page, title(p), `${where} ${who} ${theme}`)));
    if (withStage)
      found.push(...(await axeProblems(page, 'Meeting stage', `${where} stage ${theme}`)));
  }
  await page.getByLabel('Theme').selectOption('default');
  return found;
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  ({ page } = await newPage(session.browser, { width: 1400, height: 1000 }));
  watch = watchPanels(page);
  await page.goto(
    `${session.stack.appUrl}/devhost/?view=meeting&meeting=${encodeURIComponent(sync.chatId)}&participants=2`,
  );
  for (const p of [adele!, bob!])
    await panel(p).getByText('Live', { exact: true }).waitFor({ timeout: 30_000 });
}, 60_000);

describe('a whole retro, accessible', () => {
  it('axe finds nothing serious in any phase, and the live region says what happens', async () => {
    const problems: string[] = [];
    problems.push(...(await axeEverywhere('lobby')));
    const created = (await api(adele!, 'POST', '/api/retros', {
      chatId: sync.chatId,
      templateId: 'start-stop-continue',
      options: { anonymous: false, voteBudget: 5, perGroupCap: 3, skip: [] },
    })) as { retro: { id: string } };
    const id = created.retro.id;
    const total = retroPhases.length;
    for (const [i, phase] of retroPhases.entries()) {
      const name = phaseLabels[phase];
      for (const p of [adele!, bob!]) await heading(p, name);
      if (i > 0)
        await expect
          .poll(() => announced(bob!).textContent(), { timeout: 10_000 })
          .toBe(`Phase ${i + 1} of ${total}: ${name}`);
      if (phase === 'gather') {
        // Two cards from Bob reach Adele's panel as one sentence with a count.
        await command(bob!, id, { type: 'addCard', columnId: 'start', text: 'Pair on reviews' });
        await command(bob!, id, { type: 'addCard', columnId: 'stop', text: 'Friday deploys' });
        await expect
          .poll(() => announced(adele!).textContent(), { timeout: 10_000 })
          .toBe('2 new cards');
      }
      if (phase === 'group') {
        // No control appears only under the mouse (cards, handles, menus are always shown).
        for (const p of [adele!, bob!]) expect(await hoverOnlyReveals(panel(p))).toEqual([]);
        await page.getByRole('button', { name: 'Open stage' }).click();
        await page
          .frameLocator('iframe[title="Meeting stage"]')
          .getByText('Friday deploys')
          .first()
          .waitFor({ timeout: 20_000 });
      }
      if (phase === 'vote') {
        // Bob votes in his panel, from the keyboard: focus the button, press Enter.
        const add = panel(bob!)
          .getByRole('button', { name: /^Add a vote to / })
          .first();
        await add.focus();
        await page.keyboard.press('Enter');
        await expect
          .poll(() => announced(bob!).textContent(), { timeout: 10_000 })
          .toMatch(/^Your vote counted\. \d+ votes? left\.$/);
      }
      if (phase === 'discuss') {
        // 61 s crosses the minute at once; a 10 s restart then runs out.
        await command(adele!, id, { type: 'startTimer', seconds: 61 });
        await expect
          .poll(() => announced(bob!).textContent(), { timeout: 10_000 })
          .toBe('1 minute left');
        await command(adele!, id, { type: 'startTimer', seconds: 10 });
        await expect
          .poll(() => announced(bob!).textContent(), { timeout: 20_000 })
          .toBe("Time's up");
      }
      problems.push(...(await axeEverywhere(name, phase === 'group')));
      if (phase === 'discuss') await page.getByRole('button', { name: 'Close stage' }).click();
      if (i < total - 1) await command(adele!, id, { type: 'advance' });
    }
    await page.screenshot({ path: join(shots, 'retro-close.png') });
    await command(adele!, id, { type: 'end' });
    await panel(bob!).getByRole('heading', { level: 2 }).first().waitFor();
    await page.waitForTimeout(1000);
    problems.push(...(await axeEverywhere('summary')));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('a facilitator runs a whole retro with the keyboard alone, start to summary', async () => {
    const frame = await frameTitled(page, title(adele!));
    const a = panel(adele!);
    const press = async (target: Parameters<typeof tabTo>[2], key = 'Enter') => {
      await tabTo(page, frame, target);
      await page.keyboard.press(key);
    };
    const next = async (name: string) => {
      await press('Next phase');
      await heading(adele!, name);
    };
    // The first test's retro has ended: its summary and the lobby show.
    await press('Set up a retro');
    await press('Start retro');
    await heading(adele!, 'Check-in');
    await press({ selector: 'input[type="radio"]' }, 'Space');
    await next('Review');
    await next('Gather');
    await tabTo(page, frame, { selector: 'textarea' });
    await page.keyboard.type('Keyboard only, all the way');
    await page.keyboard.press('Enter');
    await a.getByText('Keyboard only, all the way').first().waitFor();
    await next('Group');
    await next('Vote');
    await press({ selector: 'button[aria-label^="Add a vote to"]' });
    await expect
      .poll(() => announced(adele!).textContent())
      .toMatch(/^Your vote counted\. \d+ votes? left\.$/);
    await next('Discuss');
    await next('Actions');
    await tabTo(page, frame, { selector: 'textarea, input[type="text"]' });
    await page.keyboard.type('Try a keyboard-only retro monthly');
    await press('Add action item');
    await a.getByText('Try a keyboard-only retro monthly').first().waitFor();
    await next('Close');
    await press({ selector: 'input[type="radio"]' }, 'Space');
    await press({ selector: 'button[aria-label="More retro actions"]' });
    await keyTo(page, frame, 'ArrowDown', 'End retro');
    await page.keyboard.press('Enter');
    await a.getByRole('dialog').waitFor();
    await press('End retro');
    await a.getByText('This retro has ended').first().waitFor({ timeout: 15_000 });
    await a.getByText('Try a keyboard-only retro monthly').first().waitFor();
    await page.screenshot({ path: join(shots, 'retro-keyboard-summary.png') });
  });

  it('the meeting chat tab summary has no serious axe violation in any theme', async () => {
    const { context, page: chat } = await newPage(session.browser, { width: 1100, height: 1000 });
    await chat.goto(
      `${session.stack.appUrl}/devhost/?view=meeting-config&meeting=${encodeURIComponent(sync.chatId)}&user=${bob!.id}`,
    );
    const save = chat.getByRole('button', { name: 'Save' });
    await expect.poll(() => save.isEnabled(), { timeout: 20_000 }).toBe(true);
    await save.click();
    const tabTitle = `Meeting tab — ${bob!.displayName}`;
    const latest = chat
      .frameLocator(`iframe[title="${tabTitle}"]`)
      .getByRole('region', { name: 'Latest retro' });
    await latest.getByText('Top topics').waitFor({ timeout: 20_000 });
    const problems: string[] = [];
    for (const theme of themes) {
      await chat.getByLabel('Theme').selectOption(theme);
      await chat.waitForTimeout(300);
      problems.push(...(await axeProblems(chat, tabTitle, `chat tab summary ${theme}`)));
    }
    await chat.screenshot({ path: join(shots, 'chat-tab-summary-contrast.png') });
    await context.close();
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
