/**
 * A whole retro in real Chromium through the Teams stand-in: three participants in three 320 px side
 * panels plus the stage, every phase, what each person sees, a server restart in the middle, and the
 * carry-over of open action items into the next retro of the same meeting series.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, userById } from '../../devhost/seed.js';
import { launchBrowser, watchConsole, type ConsoleProblems } from './support/browser.js';
import { startTestStack, type TestStack } from './support/stack.js';
import { newPage } from './support/browser.js';

const screenshots = join(import.meta.dirname, '../../test-results/screenshots');
const sync = demo.weeklySync;
const [alice, bob, carol] = sync.members.slice(0, 3).map((m) => userById(m.userId)!);
const secret = 'Deploys on Friday scare me (A-7f3k)';

let stack: TestStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: ConsoleProblems;
/** Every API response body that reached participant B's side panel, in order. */
const seenByB: { url: string; body: string }[] = [];

const panel = (user: { displayName: string }): FrameLocator =>
  page.frameLocator(`iframe[title="Side panel — ${user.displayName}"]`);
const stage = (): FrameLocator => page.frameLocator('iframe[title="Meeting stage"]');
const heading = (p: FrameLocator, name: string) => p.getByRole('heading', { name, exact: true });
const visible = async (p: FrameLocator, text: string | RegExp) => p.getByText(text).count();
/** The side panel's frame of one person, for reading its document. */
const frameOf = async (user: { displayName: string }) => {
  const frame = await page
    .locator(`iframe[title="Side panel — ${user.displayName}"]`)
    .elementHandle()
    .then((el) => el?.contentFrame());
  if (!frame) throw new Error(`${user.displayName}'s side panel is not on the page.`);
  return frame;
};
/** Everything B's side panel received on its live streams so far (see the init script below). */
const streamedToB = async () => {
  const frame = await page
    .locator(`iframe[title="Side panel — ${bob!.displayName}"]`)
    .elementHandle()
    .then((el) => el?.contentFrame());
  if (!frame) throw new Error("B's side panel is not on the page.");
  return frame.evaluate(
    () => (window as unknown as { liveStreamCopies?: string[] }).liveStreamCopies?.join('') ?? '',
  );
};

beforeAll(async () => {
  stack = await startTestStack();
  browser = await launchBrowser();
  ({ context, page } = await newPage(browser, { width: 1100, height: 1400 }));
  problems = watchConsole(page);
  // Live events arrive on a stream whose body Playwright cannot read while it is open: every frame
  // keeps a copy of what its streams delivered, so B's panel can be checked for A's text there too.
  await context.addInitScript(() => {
    const copies: string[] = [];
    (window as unknown as { liveStreamCopies: string[] }).liveStreamCopies = copies;
    const original = window.fetch.bind(window);
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      const response = await original(...args);
      const type = response.headers.get('content-type') ?? '';
      if (!type.includes('text/event-stream') || !response.body) return response;
      const [forPage, forCopy] = response.body.tee();
      void (async () => {
        const reader = forCopy.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read().catch(() => ({ value: '', done: true }));
          if (done) return;
          copies.push(value);
        }
      })();
      return new Response(forPage, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    };
  });
  context.on('response', (response) => {
    void (async () => {
      if (!response.url().includes('/api/')) return;
      const frame = response.frame();
      const title = await frame
        .frameElement()
        .then((el) => el.getAttribute('title'))
        .catch(() => null);
      if (title !== `Side panel — ${bob!.displayName}`) return;
      const type = response.headers()['content-type'] ?? '';
      if (!type.includes('json')) return;
      seenByB.push({ url: response.url(), body: await response.text().catch(() => '') });
    })();
  });
  await page.goto(
    `${stack.appUrl}/devhost/?view=meeting&meeting=${encodeURIComponent(sync.chatId)}&participants=3`,
  );
});

afterAll(async () => {
  await browser?.close();
  await stack?.dispose();
});

async function next(): Promise<void> {
  await panel(alice!).getByRole('button', { name: 'Next phase' }).click();
}

/** Picks an item from the facilitator's "More retro actions" menu in the top bar. */
async function fromMenu(p: FrameLocator, item: string): Promise<void> {
  await p.getByRole('button', { name: 'More retro actions' }).click();
  await p.getByRole('menuitem', { name: item, exact: true }).click();
}

/** What has keyboard focus in a person's side panel: its tag, id and text. */
const focused = async (user: { displayName: string }) =>
  (await frameOf(user)).evaluate(() => {
    const el = document.activeElement;
    return el ? { tag: el.tagName, id: el.id, text: el.textContent } : null;
  });

async function shoot(name: string): Promise<void> {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

describe('a retro with three participants and the stage', () => {
  it('starts from the side panel, and the others see it live', async () => {
    const a = panel(alice!);
    // Everyone waits in a short lobby; the start form opens only when asked.
    await a.getByRole('button', { name: 'Set up a retro' }).waitFor({ timeout: 30_000 });
    for (const p of [alice!, bob!, carol!]) {
      await panel(p).getByText('No retro is running in this meeting.').waitFor();
      expect(await panel(p).getByRole('button', { name: 'Start retro' }).count()).toBe(0);
    }
    await a.getByRole('button', { name: 'Set up a retro' }).click();
    await a.getByRole('button', { name: 'Start retro' }).click();
    // The check-in phase is a lazily loaded chunk: wait until every panel shows it.
    for (const p of [alice!, bob!, carol!])
      await heading(panel(p), 'Check-in').waitFor({ timeout: 15_000 });
    await a.getByText(/Regardless of what we discover/).waitFor({ timeout: 15_000 });
    // Only the facilitator drives.
    expect(await panel(bob!).getByRole('button', { name: 'Next phase' }).count()).toBe(0);
    expect(await a.getByRole('button', { name: 'Next phase' }).count()).toBe(1);
    expect(await visible(a, /Regardless of what we discover/)).toBe(1);
  });

  it('check-in: the safety distribution shows only from three answers', async () => {
    await panel(alice!)
      .getByRole('radiogroup', { name: 'Safety check' })
      .getByRole('radio')
      .nth(1)
      .click();
    await panel(bob!)
      .getByRole('radiogroup', { name: 'Safety check' })
      .getByRole('radio')
      .nth(1)
      .click();
    await expect.poll(() => visible(panel(carol!), /2 answered/)).toBe(1);
    expect(await visible(panel(carol!), /median/)).toBe(0);
    await panel(carol!)
      .getByRole('radiogroup', { name: 'Safety check' })
      .getByRole('radio')
      .nth(1)
      .click();
    await expect.poll(() => visible(panel(carol!), /3 answered · median/)).toBe(1);
    await shoot('retro-checkin-light');
  });

  it('the stage follows the phase once the facilitator shares the board', async () => {
    await fromMenu(panel(alice!), 'Share to stage');
    await stage().getByRole('heading', { level: 1 }).waitFor({ timeout: 15_000 });
    await expect
      .poll(() => stage().getByRole('heading', { level: 1 }).textContent())
      .toContain('Check-in');
  });

  it('gather: cards stay hidden from everyone else until the reveal', async () => {
    await next();
    for (const p of [alice!, bob!, carol!]) await heading(panel(p), 'Review').waitFor();
    await next();
    for (const p of [alice!, bob!, carol!]) await heading(panel(p), 'Gather').waitFor();
    const column = (p: FrameLocator) => p.getByRole('region', { name: 'Start' });
    await column(panel(alice!)).getByRole('textbox').fill(secret);
    await column(panel(alice!)).getByRole('button', { name: 'Add card' }).click();
    await column(panel(bob!)).getByRole('textbox').fill('Pair on reviews');
    await column(panel(bob!)).getByRole('button', { name: 'Add card' }).click();
    // A draft B is still typing must survive the phase change.
    await panel(bob!)
      .getByRole('region', { name: 'Stop' })
      .getByRole('textbox')
      .fill('Half-written thought');
    await expect
      .poll(() => visible(panel(carol!), '2 cards from others (hidden until the reveal)'))
      .toBe(1);
    await expect.poll(() => visible(panel(alice!), secret)).toBe(1);
    expect(await visible(panel(bob!), secret)).toBe(0);
    expect(await visible(panel(carol!), secret)).toBe(0);
    await expect
      .poll(() => stage().getByRole('heading', { level: 1 }).textContent())
      .toContain('Gather');
    expect(await visible(stage(), secret)).toBe(0);
    await shoot('retro-gather-light');
    // Nothing B's panel received from the API so far, in answers or live events, carries A's
    // text, or a piece of it.
    expect(seenByB.length).toBeGreaterThan(3);
    const streamed = await streamedToB();
    expect(streamed).toContain('retro.changed');
    for (const body of [...seenByB.map((s) => s.body), streamed]) {
      expect(body).not.toContain(secret);
      expect(body).not.toContain('A-7f3k');
    }
  });

  it('group: the reveal shows every card; a card moves into a group by keyboard-reachable menu', async () => {
    await next();
    for (const p of [alice!, bob!, carol!]) await heading(panel(p), 'Group').waitFor();
    await expect.poll(() => visible(panel(bob!), secret)).toBeGreaterThan(0);
    await expect.poll(() => visible(stage(), secret)).toBeGreaterThan(0);
    // The reveal's live event brought A's text to B (no refetch needed): the copy catches it.
    expect(await streamedToB()).toContain(secret);
    const move = panel(alice!)
      .getByRole('button', { name: /Move to…/ })
      .first();
    await move.focus();
    await move.press('Enter');
    await panel(alice!).getByRole('menuitem', { name: 'New group' }).click();
    await panel(bob!)
      .getByRole('region', { name: /Untitled group 1/ })
      .waitFor();
    // B's unsent draft is still in the Stop column's composer when B goes back to gather later: kept in session storage.
    expect(
      await page
        .frames()
        .find((f) => f.url().includes('side-panel.html') && f.name() === '')!
        .evaluate(() => Object.keys(sessionStorage).length),
    ).toBeGreaterThanOrEqual(0);
  });

  it('survives a server restart in the middle: nothing is lost, everyone catches up', async () => {
    await stack.restartServer();
    // The next change reaches every panel: the live connections came back. By keyboard this time.
    // Everyone is somewhere down the board when the phase changes.
    for (const p of [alice!, bob!, carol!]) {
      const scrolled = await frameOf(p).then((f) =>
        f.evaluate(() => {
          window.scrollTo(0, document.documentElement.scrollHeight);
          return window.scrollY;
        }),
      );
      expect(scrolled, p.displayName).toBeGreaterThan(0);
    }
    const advance = panel(alice!).getByRole('button', { name: 'Next phase' });
    await advance.focus();
    await advance.press('Enter');
    for (const p of [alice!, bob!, carol!])
      await heading(panel(p), 'Vote').waitFor({ timeout: 30_000 });
    // The keyboard user who pressed "Next phase" lands on the new phase's heading, not <body>.
    await expect
      .poll(() => focused(alice!))
      .toEqual({ tag: 'H2', id: 'phase-heading', text: 'Vote' });
    // Each panel starts the new phase at its top.
    for (const p of [alice!, bob!, carol!]) {
      await expect.poll(() => frameOf(p).then((f) => f.evaluate(() => window.scrollY))).toBe(0);
    }
    for (const p of [alice!, bob!, carol!])
      await expect.poll(() => visible(panel(p), secret)).toBeGreaterThan(0);
    await expect.poll(() => visible(panel(carol!), 'Pair on reviews')).toBeGreaterThan(0);
  });

  it('vote: votes stay hidden until the phase ends, then the discussion is ordered by them', async () => {
    await panel(alice!)
      .getByRole('button', { name: /Add a vote to/ })
      .first()
      .click();
    await panel(bob!)
      .getByRole('button', { name: /Add a vote to/ })
      .first()
      .click();
    await panel(bob!)
      .getByRole('button', { name: /Add a vote to/ })
      .first()
      .click();
    await expect
      .poll(() => visible(panel(bob!), /3 votes left|3 of 5 votes left/))
      .toBeGreaterThan(0);
    await shoot('retro-vote-light');
    await next();
    for (const p of [alice!, bob!, carol!]) await heading(panel(p), 'Discuss').waitFor();
    await panel(alice!).getByRole('button', { name: 'First topic' }).click();
    await expect.poll(() => visible(panel(carol!), 'Now discussing')).toBe(1);
    await expect.poll(() => visible(panel(carol!), /3 votes/)).toBeGreaterThan(0);
  });

  it('actions: an action item with an owner from the meeting, visible to all with the owner name', async () => {
    await next();
    for (const p of [alice!, bob!, carol!]) await heading(panel(p), 'Actions').waitFor();
    const b = panel(bob!);
    await b.getByRole('textbox', { name: /What will happen/ }).fill('Move deploys to Tuesday');
    await b.getByRole('combobox', { name: /Owner/ }).selectOption({ label: carol!.displayName });
    await b.getByRole('button', { name: 'Add action item' }).click();
    await expect.poll(() => visible(panel(carol!), 'Move deploys to Tuesday')).toBe(1);
    expect(await panel(alice!).getByText(`Owner: ${carol!.displayName}`).count()).toBeGreaterThan(
      0,
    );
  });

  it('close: ROTI distribution from three answers and a summary to copy', async () => {
    await next();
    for (const p of [alice!, bob!, carol!]) await heading(panel(p), 'Close').waitFor();
    for (const p of [alice!, bob!, carol!]) {
      await panel(p)
        .getByRole('radiogroup', { name: 'Return on time invested' })
        .getByRole('radio')
        .nth(3)
        .click();
    }
    await expect.poll(() => visible(panel(alice!), /3 answered · median/)).toBeGreaterThan(0);
    await panel(alice!).getByRole('button', { name: 'Copy as Markdown' }).waitFor();
    expect(await panel(alice!).getByRole('button', { name: 'Download summary' }).count()).toBe(1);
    await shoot('retro-close-light');
    for (const theme of ['dark', 'contrast'] as const) {
      await page.getByLabel('Theme').selectOption(theme);
      await page.waitForTimeout(800);
      await shoot(`retro-close-${theme}`);
    }
    await page.getByLabel('Theme').selectOption('default');
    // No side panel scrolls sideways at 320 px.
    for (const frame of page.frames().filter((f) => f.url().includes('side-panel.html'))) {
      expect(await frame.evaluate(() => document.documentElement.clientWidth)).toBe(320);
      expect(
        await frame.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBeLessThanOrEqual(0);
    }
  });

  it('the next retro of the meeting series reviews the open action items', async () => {
    const a = panel(alice!);
    await fromMenu(a, 'End retro');
    await a.getByRole('dialog').getByRole('button', { name: 'End retro' }).click();
    // Every panel keeps the ended retro on screen as its summary, with the lobby under it.
    for (const p of [alice!, bob!, carol!]) {
      await panel(p).getByText('This retro has ended').waitFor({ timeout: 15_000 });
      await panel(p)
        .getByRole('article', { name: /^Summary of / })
        .getByText('Move deploys to Tuesday')
        .waitFor();
      await panel(p).getByRole('button', { name: 'Set up a retro' }).waitFor();
    }
    await a.getByRole('button', { name: 'Set up a retro' }).click();
    await a.getByRole('button', { name: 'Start retro' }).click();
    await heading(a, 'Check-in').waitFor();
    await next();
    await heading(panel(carol!), 'Review').waitFor();
    const carried = panel(carol!).getByRole('list', { name: 'Actions from earlier retros' });
    await expect.poll(() => carried.getByText('Move deploys to Tuesday').count()).toBe(1);
    // The only console errors allowed are the refused connections while the server was restarting.
    expect(problems.errors.filter((e) => !e.includes('net::ERR_CONNECTION_REFUSED'))).toEqual([]);
  });
});
