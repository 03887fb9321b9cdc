/**
 * Cards before the meeting (#16) in real Chromium through the Teams stand-in: the facilitator opens
 * the next retro from the meeting chat tab (the meeting starts in an hour and a bit, so "1 hour
 * before" is due within seconds), two members add anonymous cards there (one tab at 320 px), then
 * the meeting's side panels pick the retro up at Gather with the cards counted and each member's
 * own card shown, live; and the reminder reaches the Graph fake's chat activity feed, once.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo, userById, type SeedUser } from '../../devhost/seed.js';
import { newPage, watchConsole, type ConsoleProblems } from './support/browser.js';
import { expectNothingSideways, frameOf } from './support/narrow.js';
import { shootPanel } from './support/retro-views.js';
import { e2eSession } from './support/session.js';

const session = e2eSession();
const sync = demo.weeklySync;
const [alice, bob, carol] = sync.members.slice(0, 3).map((m) => userById(m.userId)!) as [
  SeedUser,
  SeedUser,
  SeedUser,
];
const shots = join(import.meta.dirname, '../../test-results/screenshots');
const title = 'Sprint 12 retro';
const bobsCard = 'Standups run long on Mondays';
const carolsCard = 'Pairing helped the new joiners';
const carolsSecond = 'Release notes are always late';
/** Seconds until the meeting: the 1-hour reminder falls due this long after the tab opens. */
const startsIn = 3600 + 40;

type ChatTab = { page: Page; tab: FrameLocator; problems: ConsoleProblems; title: string };

/** A person's meeting chat tab, added through the stand-in's real configuration flow. */
async function chatTab(user: SeedUser, narrow = false): Promise<ChatTab> {
  const { page } = await newPage(session.browser, { width: narrow ? 400 : 1100, height: 1000 });
  const problems = watchConsole(page);
  await page.goto(
    `${session.stack.appUrl}/devhost/?view=meeting-config&meeting=${encodeURIComponent(sync.chatId)}&user=${user.id}&startsIn=${startsIn}`,
  );
  const save = page.getByRole('button', { name: 'Save' });
  await expect.poll(() => save.isEnabled(), { timeout: 20_000 }).toBe(true);
  await save.click();
  const frameTitle = `Meeting tab — ${user.displayName}`;
  const tab = page.frameLocator(`iframe[title="${frameTitle}"]`);
  await tab
    .getByRole('heading', { name: /Cards before the meeting|open for cards/ })
    .first()
    .waitFor({ timeout: 30_000 });
  if (narrow) {
    // The tab at a phone's (and the side panel's) width.
    await page.locator(`iframe[title="${frameTitle}"]`).evaluate((el: HTMLElement) => {
      el.style.boxSizing = 'content-box';
      el.style.width = '320px';
      el.style.maxWidth = 'none';
    });
  }
  return { page, tab, problems, title: frameTitle };
}

const hiddenText = (n: number) =>
  `${n} ${n === 1 ? 'card' : 'cards'} from others (hidden until the reveal)`;

async function addCard(tab: FrameLocator, column: string, text: string): Promise<void> {
  await tab.getByRole('textbox', { name: `New card for ${column}` }).fill(text);
  await tab
    .getByRole('region', { name: column, exact: true })
    .getByRole('button', { name: 'Add card' })
    .click();
  await tab.getByText(text, { exact: true }).waitFor();
}

describe('cards before the meeting, from the meeting chat tab to the side panel', () => {
  const tabs: ChatTab[] = [];

  it('the facilitator opens the next retro at Gather from the chat tab, with a reminder', async () => {
    const a = await chatTab(alice);
    tabs.push(a);
    await a.tab.getByRole('button', { name: 'Open the next retro now' }).click();
    await a.tab.getByText(/The meeting starts/).waitFor({ timeout: 15_000 });
    const remind = a.tab.getByRole('combobox', { name: 'Remind this chat' });
    expect(await remind.inputValue()).toBe('1h');
    // A day before has passed already: offered, but not choosable.
    expect(
      await remind.locator('option[value="1d"]').evaluate((o: HTMLOptionElement) => o.disabled),
    ).toBe(true);
    await a.tab.getByRole('textbox', { name: /^Title/ }).fill(title);
    await a.tab.getByRole('button', { name: 'Open for cards' }).click();
    await a.tab.getByRole('heading', { name: `${title}: open for cards` }).waitFor();
    await a.tab.getByText(/A reminder goes to this chat's activity feed/).waitFor();
    expect(await a.tab.getByText('Check-in or Review').count()).toBeGreaterThan(0);
  });

  it('two members add anonymous cards there, hidden from each other and from the facilitator', async () => {
    const b = await chatTab(bob, true);
    const c = await chatTab(carol);
    tabs.push(b, c);
    const [a] = tabs as [ChatTab];
    await b.tab.getByRole('heading', { name: `${title}: open for cards` }).waitFor();
    await addCard(b.tab, 'Start', bobsCard);
    await addCard(c.tab, 'Continue', carolsCard);
    expect(await b.tab.getByText('Your card', { exact: true }).count()).toBe(1);
    // Counted live in the others' tabs, never read.
    await c.tab.getByText(hiddenText(1)).first().waitFor();
    await a.tab.getByText(hiddenText(1)).nth(1).waitFor();
    for (const tab of [a.tab, c.tab]) expect(await tab.getByText(bobsCard).count()).toBe(0);
    expect(await b.tab.getByText(carolsCard).count()).toBe(0);

    await expectNothingSideways(await frameOf(b.tab), 'chat tab, Gather, 320 px');
    mkdirSync(shots, { recursive: true });
    await shootPanel(b.page, b.title, join(shots, 'early-chat-tab-320.png'));
    await shootPanel(a.page, a.title, join(shots, 'early-chat-tab-wide.png'));
  });

  it('the reminder reaches the meeting chat activity feed once, with no card text or names', async () => {
    const sent = () =>
      session.stack.graph.notifications.filter(
        (n) => n.scope.kind === 'chat' && n.scope.id === sync.chatId,
      );
    await expect.poll(() => sent().length, { timeout: 90_000, interval: 1000 }).toBe(1);
    const [notification] = sent();
    expect(notification).toMatchObject({
      activityType: 'retroCardsOpen',
      recipient: { '@odata.type': 'microsoft.graph.chatMembersNotificationRecipient' },
      templateParameters: [{ name: 'retroTitle', value: title }],
    });
    const body = JSON.stringify(notification);
    for (const words of [bobsCard, carolsCard, carolsSecond, alice.displayName, bob.displayName]) {
      expect(body).not.toContain(words);
    }
    const [a] = tabs as [ChatTab];
    await a.page.reload();
    await a.page.getByRole('button', { name: 'Save' }).click();
    await a.tab
      .getByText("The reminder went to this chat's activity feed.")
      .waitFor({ timeout: 20_000 });
  });
  it('the side panel picks the retro up at Gather with the cards in, and follows the chat tab live', async () => {
    const { page } = await newPage(session.browser, { width: 1100, height: 1000 });
    const problems = watchConsole(page);
    await page.goto(
      `${session.stack.appUrl}/devhost/?view=meeting&meeting=${encodeURIComponent(sync.chatId)}&participants=3`,
    );
    const panel = (u: SeedUser) =>
      page.frameLocator(`iframe[title="Side panel — ${u.displayName}"]`);
    for (const u of [alice, bob, carol]) {
      await panel(u)
        .getByRole('heading', { name: 'Gather', exact: true })
        .waitFor({ timeout: 30_000 });
    }
    await panel(alice).getByText(hiddenText(1)).first().waitFor();
    await panel(bob).getByText(bobsCard, { exact: true }).waitFor();
    expect(await panel(bob).getByText(carolsCard).count()).toBe(0);

    // A card added in the chat tab now shows as a count in the side panel, without a reload.
    const c = tabs[2]!;
    await addCard(c.tab, 'Stop', carolsSecond);
    await panel(alice).getByText(hiddenText(1)).nth(2).waitFor({ timeout: 15_000 });
    await panel(bob).getByText(hiddenText(1)).nth(1).waitFor({ timeout: 15_000 });

    // The facilitator may still step back to Review in the meeting, and come back to the cards.
    await panel(alice).getByRole('button', { name: 'More retro actions' }).click();
    await panel(alice).getByRole('menuitem', { name: 'Back' }).click();
    for (const u of [alice, bob]) {
      await panel(u).getByRole('heading', { name: 'Review', exact: true }).waitFor();
    }
    await panel(alice).getByRole('button', { name: 'Next phase' }).click();
    await panel(bob).getByRole('heading', { name: 'Gather', exact: true }).waitFor();
    await panel(bob).getByText(bobsCard, { exact: true }).waitFor();
    expect(problems.errors).toEqual([]);
    for (const t of tabs) expect(t.problems.errors).toEqual([]);
  });
});
