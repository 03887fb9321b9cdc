/**
 * Grouping in real Chromium through the Teams stand-in: a card moves into a group by mouse drag and by
 * keyboard alone (dnd-kit's sensors, not a shortcut), everyone's panel follows live, a group is
 * named inline; then the ended retro's summary shows in the meeting chat tab.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, userById } from '../../devhost/seed.js';
import { launchBrowser, newPage, watchConsole, type ConsoleProblems } from './support/browser.js';
import { startTestStack, type TestStack } from './support/stack.js';

const sync = demo.weeklySync;
const [alice, bob, carol] = sync.members.slice(0, 3).map((m) => userById(m.userId)!);
const cards = {
  friday: 'Deploys break on Fridays',
  rollback: 'Rollback takes an hour',
  review: 'Reviews wait for days',
};
const groupName = 'Deploy fears';
const action = 'Move deploys to Tuesday';

let stack: TestStack;
let browser: Browser;
let page: Page;
let problems: ConsoleProblems;

type Person = { displayName: string };
const panel = (user: Person): FrameLocator =>
  page.frameLocator(`iframe[title="Side panel — ${user.displayName}"]`);
const heading = (p: FrameLocator, name: string) => p.getByRole('heading', { name, exact: true });
const handle = (p: FrameLocator, text: string) =>
  p.getByRole('button', { name: `Drag card: ${text}`, exact: true });
/** The cards listed inside a group's drop zone, as one person sees them. */
const inGroup = (p: FrameLocator, group: string, text: string) =>
  p
    .getByRole('region', { name: group, exact: true })
    .getByRole('list', { name: `Cards in ${group}` })
    .getByText(text, { exact: true });
/** What dnd-kit last told screen readers about the drag in this panel. */
const announcement = (p: FrameLocator) => p.locator('[id^="DndLiveRegion"]').textContent();

beforeAll(async () => {
  stack = await startTestStack();
  browser = await launchBrowser();
  ({ page } = await newPage(browser, { width: 1100, height: 1000 }));
  problems = watchConsole(page);
  await page.goto(
    `${stack.appUrl}/devhost/?view=meeting&meeting=${encodeURIComponent(sync.chatId)}&participants=3`,
  );
});

afterAll(async () => {
  await browser?.close();
  await stack?.dispose();
});

async function next(phase: string): Promise<void> {
  await panel(alice!).getByRole('button', { name: 'Next phase' }).click();
  for (const p of [alice!, bob!, carol!]) await heading(panel(p), phase).waitFor();
}

async function center(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('The element has no box: is it rendered and visible?');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Drags a card by its handle with the mouse so that the card's centre lands on the drop zone's
 * centre: dnd-kit picks the zone the moved card overlaps most, not the one under the pointer.
 */
async function mouseDrag(p: FrameLocator, text: string, zone: string): Promise<void> {
  const grip = handle(p, text);
  await grip.scrollIntoViewIfNeeded();
  const from = await center(grip);
  const card = await center(grip.locator('xpath=ancestor::li[1]'));
  const to = await center(p.getByRole('region', { name: zone, exact: true }));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // The MouseSensor only starts past 4 px (its activation constraint), so move a little first.
  await page.mouse.move(from.x, from.y + 8, { steps: 4 });
  await page.mouse.move(to.x + from.x - card.x, to.y + from.y - card.y, { steps: 12 });
  await expect.poll(() => announcement(p)).toContain(`is over ${zoneName(zone)}`);
  await page.mouse.up();
}

const zoneName = (zone: string) =>
  zone === 'New group'
    ? 'a new group'
    : zone === 'Ungrouped cards'
      ? 'ungrouped cards'
      : `group "${zone}"`;

describe('grouping cards by mouse and keyboard, then the summary in the meeting chat tab', () => {
  it('gathers three cards and reveals them', async () => {
    const a = panel(alice!);
    await a.getByRole('button', { name: 'Start retro' }).waitFor({ timeout: 30_000 });
    await a.getByRole('button', { name: 'Start retro' }).click();
    for (const p of [alice!, bob!, carol!])
      await heading(panel(p), 'Check-in').waitFor({ timeout: 15_000 });
    await next('Review');
    await next('Gather');
    const add = async (user: Person, text: string) => {
      const column = panel(user).getByRole('region', { name: 'Stop' });
      await column.getByRole('textbox').fill(text);
      await column.getByRole('button', { name: 'Add card' }).click();
      await panel(user).getByText(text, { exact: true }).waitFor();
    };
    await add(alice!, cards.friday);
    await add(alice!, cards.rollback);
    await add(bob!, cards.review);
    await next('Group');
    for (const p of [alice!, bob!, carol!])
      for (const text of Object.values(cards)) await handle(panel(p), text).waitFor();
  });

  it('mouse: dragging a card onto "New group", then another into that group, shows live on the other panels', async () => {
    const b = panel(bob!);
    await mouseDrag(b, cards.friday, 'New group');
    for (const p of [alice!, bob!, carol!])
      await inGroup(panel(p), 'Untitled group 1', cards.friday).waitFor();
    await mouseDrag(b, cards.rollback, 'Untitled group 1');
    for (const p of [alice!, bob!, carol!])
      await inGroup(panel(p), 'Untitled group 1', cards.rollback).waitFor();
    expect(await announcement(b)).toContain('Dropped card "Rollback takes an hour" into group');
  });

  it('keyboard: Space picks the card up, arrow keys reach the group, Space drops it', async () => {
    const c = panel(carol!);
    const grip = handle(c, cards.review);
    await grip.focus();
    await page.keyboard.press('Space');
    // dnd-kit replaces "Picked up …" at once with where the card is now.
    await expect.poll(() => announcement(c)).toContain(`card "${cards.review}" is over`);
    // The keyboard sensor moves the card 25 px per arrow press; stop once it is over the group.
    for (let i = 0; i < 40; i++) {
      if ((await announcement(c))?.includes('is over group "Untitled group 1"')) break;
      await page.keyboard.press('ArrowDown');
    }
    expect(await announcement(c)).toContain('is over group "Untitled group 1"');
    await page.keyboard.press('Space');
    for (const p of [alice!, bob!, carol!])
      await inGroup(panel(p), 'Untitled group 1', cards.review).waitFor();
    expect(await c.getByRole('list', { name: 'Ungrouped cards list' }).count()).toBe(0);
  });

  it('a group is named inline and the name shows on another panel', async () => {
    const field = panel(carol!).getByRole('textbox', { name: 'Name of Untitled group 1' });
    await field.fill(groupName);
    await field.press('Enter');
    for (const p of [alice!, bob!]) {
      for (const text of Object.values(cards)) await inGroup(panel(p), groupName, text).waitFor();
    }
  });

  it('votes, an action item with an owner, and the retro ends', async () => {
    await next('Vote');
    await panel(bob!)
      .getByRole('button', { name: `Add a vote to ${groupName}` })
      .click();
    await panel(bob!)
      .getByRole('button', { name: `Add a vote to ${groupName}` })
      .click();
    await panel(carol!)
      .getByRole('button', { name: `Add a vote to ${groupName}` })
      .click();
    await expect
      .poll(() => panel(bob!).getByLabel(`Your votes on ${groupName}: 2`).count())
      .toBe(1);
    await next('Discuss');
    await next('Actions');
    const b = panel(bob!);
    await b.getByRole('textbox', { name: /What will happen/ }).fill(action);
    await b.getByRole('combobox', { name: /Owner/ }).selectOption({ label: carol!.displayName });
    await b.getByRole('button', { name: 'Add action item' }).click();
    await panel(alice!).getByText(action).waitFor();
    await next('Close');
    const a = panel(alice!);
    await a.getByRole('button', { name: 'End retro' }).first().click();
    await a.getByRole('dialog').getByRole('button', { name: 'End retro' }).click();
    await a.getByRole('button', { name: 'Start retro' }).waitFor({ timeout: 15_000 });
  });

  it('the meeting chat tab shows the summary with the top topic and the owner, to copy or download', async () => {
    const { page: chat } = await newPage(browser, { width: 1100, height: 1000 });
    const chatProblems = watchConsole(chat);
    await chat.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: stack.appUrl,
    });
    await chat.goto(
      `${stack.appUrl}/devhost/?view=meeting-config&meeting=${encodeURIComponent(sync.chatId)}&user=${carol!.id}`,
    );
    // The real save flow: the configuration page points the meeting tab at its page, which in the
    // meeting chat (frame context `content`) shows the retros' summaries.
    const save = chat.getByRole('button', { name: 'Save' });
    await expect.poll(() => save.isEnabled(), { timeout: 20_000 }).toBe(true);
    await save.click();
    await expect.poll(() => chat.getByText('Tab saved').count(), { timeout: 20_000 }).toBe(1);
    const tab = chat.frameLocator(`iframe[title="Meeting tab — ${carol!.displayName}"]`);
    const latest = tab.getByRole('region', { name: 'Latest retro' });
    await latest.getByText('Top topics').waitFor({ timeout: 20_000 });
    const topics = latest.getByRole('list').first();
    expect(await topics.getByRole('listitem').first().textContent()).toBe(`${groupName} (3 votes)`);
    expect(await latest.getByText(`${action}: ${carol!.displayName}`).count()).toBe(1);

    await latest.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => latest.getByRole('status').textContent()).toContain('copied');
    expect(await chat.evaluate(() => navigator.clipboard.readText())).toContain(groupName);

    const [download] = await Promise.all([
      chat.waitForEvent('download'),
      latest.getByRole('button', { name: 'Download summary' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^candor-retro-.*\.md$/);
    const markdown = await readFile(await download.path(), 'utf8');
    expect(markdown).toContain(groupName);
    expect(markdown).toContain(carol!.displayName);
    expect(chatProblems.errors).toEqual([]);
    expect(problems.errors).toEqual([]);
  });
});
