/**
 * Grouping in real Chromium through the Teams stand-in, in 320 px side panels: loose cards sit under
 * their column and every card shows it, a card moves into a group by mouse drag onto the "New group"
 * target at the top, by keyboard alone (dnd-kit's sensors, not a shortcut) and by its compact
 * "Move to…" menu, everyone's panel follows live, a group is named inline, and a 500-character card
 * never makes the panel scroll sideways; then the ended retro's summary shows in the meeting chat tab.
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
/** 500 characters with a 60-character word, the hostile card. */
const longCard =
  `Onboarding ${'w'.repeat(60)} ${'the wiki is out of date again and again '.repeat(12)}`.slice(
    0,
    500,
  );
const longCardLabel = `${longCard.slice(0, 40)}…`;
const groupName = 'Deploy fears';
/** A 40-character group name. */
const longGroupName = 'Onboarding documentation and wiki hygiene';
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
/** A card's list item in a panel, found by its text. */
const cardItem = (p: FrameLocator, text: string) =>
  p.getByRole('listitem').filter({ has: p.getByText(text, { exact: true }) });
/** A card's compact "Move to…" menu button. */
const moveMenu = (p: FrameLocator, label: string) =>
  p.getByRole('button', { name: `Move to… (${label})`, exact: true });

/**
 * What scrolls sideways in a panel: the page's overflow, and every visible element whose box
 * ends past the panel's right edge (so a clipped overflow can't hide one).
 */
async function sideways(p: FrameLocator) {
  return p.locator('html').evaluate((html) => {
    const width = html.clientWidth;
    const outside = [...document.body.querySelectorAll('*')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.right > width + 0.5;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 80));
    return { width, scrollWidth: html.scrollWidth, outside };
  });
}

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
 * Drags a card by its handle with the mouse onto the middle of a drop zone, as a person would: when
 * the zone is scrolled out of the panel, hold the card at the panel's edge until the panel has
 * scrolled it into view. The board drops a pointer-dragged card on the zone under the pointer.
 */
async function mouseDrag(p: FrameLocator, text: string, zone: string): Promise<void> {
  const grip = handle(p, text);
  await grip.scrollIntoViewIfNeeded();
  const from = await center(grip);
  const frame = (await p.owner().boundingBox())!;
  const target = p.getByRole('region', { name: zone, exact: true });
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // The MouseSensor only starts past 4 px (its activation constraint), so move a little first.
  let pointer = { x: from.x, y: from.y + 8 };
  await page.mouse.move(pointer.x, pointer.y, { steps: 4 });
  // Hold the card at the panel's edge while the zone is out of view, then follow the zone until
  // the panel stops scrolling with the card over it.
  for (let tries = 0, settled = 0; settled < 2; tries++) {
    if (tries > 60) throw new Error(`The card never came to rest over "${zone}"`);
    const to = await center(target);
    const edge =
      to.y < frame.y + 40
        ? frame.y + 10
        : to.y > frame.y + frame.height - 40
          ? frame.y + frame.height - 10
          : null;
    settled = edge === null && Math.abs(to.y - pointer.y) < 2 ? settled + 1 : 0;
    pointer = edge === null ? to : { x: from.x, y: edge };
    await page.mouse.move(pointer.x, pointer.y, { steps: 4 });
    await page.waitForTimeout(100);
  }
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
    await a.getByRole('button', { name: 'Set up a retro' }).waitFor({ timeout: 30_000 });
    await a.getByRole('button', { name: 'Set up a retro' }).click();
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
    const start = panel(carol!).getByRole('region', { name: 'Start' });
    await start.getByRole('textbox').fill(longCard);
    await start.getByRole('button', { name: 'Add card' }).click();
    await panel(carol!).getByText(longCard, { exact: true }).waitFor();
    await next('Group');
    for (const p of [alice!, bob!, carol!])
      for (const text of Object.values(cards)) await handle(panel(p), text).waitFor();
  });

  it('loose cards sit under their column, each card shows its column, and "New group" waits at the top', async () => {
    const b = panel(bob!);
    const loose = b.getByRole('region', { name: 'Ungrouped cards', exact: true });
    await loose.getByRole('heading', { name: 'Stop (3)', exact: true }).waitFor();
    await loose.getByRole('heading', { name: 'Start (1)', exact: true }).waitFor();
    for (const text of Object.values(cards))
      await loose.getByRole('list', { name: 'Ungrouped cards in Stop' }).getByText(text).waitFor();
    await loose
      .getByRole('list', { name: 'Ungrouped cards in Start' })
      .getByText(longCard, { exact: true })
      .waitFor();
    // The column marker on the card itself, which the card keeps once it is in a group.
    expect(await cardItem(b, cards.friday).getByText('Stop', { exact: true }).count()).toBe(1);
    expect(await cardItem(b, longCard).getByText('Start', { exact: true }).count()).toBe(1);
    // A long card shows its first lines until asked.
    const long = cardItem(b, longCard);
    const cut = (await long.boundingBox())!.height;
    await long.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(async () => (await long.boundingBox())!.height).toBeGreaterThan(cut + 40);
    await long.getByRole('button', { name: 'Show less' }).click();
    // An anonymous retro never names an author, not even after the reveal.
    expect(await b.getByText(`— ${alice!.displayName}`).count()).toBe(0);

    const target = await b.getByRole('region', { name: 'New group', exact: true }).boundingBox();
    const pile = await loose.boundingBox();
    expect(target!.height).toBeGreaterThanOrEqual(44);
    expect(target!.y).toBeLessThan(pile!.y);
    expect(await sideways(b)).toEqual({ width: 320, scrollWidth: 320, outside: [] });
  });

  it('mouse: dragging a card onto "New group", then another into that group, shows live on the other panels', async () => {
    const b = panel(bob!);
    await mouseDrag(b, cards.friday, 'New group');
    for (const p of [alice!, bob!, carol!])
      await inGroup(panel(p), 'Untitled group 1', cards.friday).waitFor();
    // Groups come before the loose cards, and a grouped card still shows its column.
    const group = await b
      .getByRole('region', { name: 'Untitled group 1', exact: true })
      .boundingBox();
    const pile = await b
      .getByRole('region', { name: 'Ungrouped cards', exact: true })
      .boundingBox();
    expect(group!.y).toBeLessThan(pile!.y);
    expect(await cardItem(b, cards.friday).getByText('Stop', { exact: true }).count()).toBe(1);
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
    // Groups sit above the loose cards; each arrow press jumps to the next zone up.
    let presses = 0;
    while (!(await announcement(c))?.includes('is over group "Untitled group 1"') && presses < 10) {
      const before = await announcement(c);
      await page.keyboard.press('ArrowUp');
      presses++;
      // The panel scrolls smoothly to the next zone; wait for dnd-kit to say where the card is.
      await expect.poll(() => announcement(c), { timeout: 3000 }).not.toBe(before);
    }
    expect(await announcement(c)).toContain('is over group "Untitled group 1"');
    expect(presses).toBeLessThanOrEqual(2);
    await page.keyboard.press('Space');
    for (const p of [alice!, bob!, carol!])
      await inGroup(panel(p), 'Untitled group 1', cards.review).waitFor();
    expect(await c.getByRole('list', { name: 'Ungrouped cards in Stop' }).count()).toBe(0);
  });

  it('a group is named inline and the name shows on another panel', async () => {
    const field = panel(carol!).getByRole('textbox', { name: 'Name of Untitled group 1' });
    await field.fill(groupName);
    await field.press('Enter');
    for (const p of [alice!, bob!]) {
      for (const text of Object.values(cards)) await inGroup(panel(p), groupName, text).waitFor();
    }
    // The field gives way to the group's wrapped title; keyboard focus stays on the group.
    const rename = panel(carol!).getByRole('button', { name: `Rename ${groupName}` });
    await expect
      .poll(() => rename.evaluate((el) => el === el.ownerDocument.activeElement))
      .toBe(true);
    await rename.press('Enter');
    const again = panel(carol!).getByRole('textbox', { name: `Name of ${groupName}` });
    expect(await again.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await again.press('Escape');
    await expect.poll(() => again.count()).toBe(0);
  });

  it('the compact "Move to…" menu makes a group, moves into a group and ungroups; nothing scrolls sideways', async () => {
    const c = panel(carol!);
    const button = await moveMenu(c, longCardLabel).boundingBox();
    expect(button!.width).toBeLessThanOrEqual(48);
    await moveMenu(c, longCardLabel).click();
    await c.getByRole('menuitem', { name: 'New group' }).click();
    for (const p of [alice!, carol!])
      await inGroup(panel(p), 'Untitled group 2', longCard).waitFor();
    // The newest group comes first.
    const newest = await c
      .getByRole('region', { name: 'Untitled group 2', exact: true })
      .boundingBox();
    const older = await c.getByRole('region', { name: groupName, exact: true }).boundingBox();
    expect(newest!.y).toBeLessThan(older!.y);
    const field = c.getByRole('textbox', { name: 'Name of Untitled group 2' });
    await field.fill(longGroupName);
    await field.press('Enter');
    await inGroup(c, longGroupName, longCard).waitFor();
    expect(await sideways(c)).toEqual({ width: 320, scrollWidth: 320, outside: [] });

    await moveMenu(c, longCardLabel).click();
    await c.getByRole('menuitem', { name: groupName }).click();
    await inGroup(c, groupName, longCard).waitFor();
    // Its last card gone, the group goes too.
    await expect.poll(() => c.getByRole('region', { name: longGroupName }).count()).toBe(0);

    await moveMenu(c, longCardLabel).click();
    await c.getByRole('menuitem', { name: 'Ungroup' }).click();
    for (const p of [alice!, carol!])
      await panel(p)
        .getByRole('list', { name: 'Ungrouped cards in Start' })
        .getByText(longCard, { exact: true })
        .waitFor();
    expect(await inGroup(c, groupName, longCard).count()).toBe(0);
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
    await a.getByRole('button', { name: 'More retro actions' }).click();
    await a.getByRole('menuitem', { name: 'End retro' }).click();
    await a.getByRole('dialog').getByRole('button', { name: 'End retro' }).click();
    await a.getByText('This retro has ended').waitFor({ timeout: 15_000 });
    await a.getByRole('button', { name: 'Set up a retro' }).waitFor({ timeout: 15_000 });
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
