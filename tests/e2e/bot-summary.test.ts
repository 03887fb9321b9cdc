/**
 * The summary card in the meeting chat (issue #16): the dev stack's fake Bot Connector introduces
 * the bot to the demo meeting, a retro ends, Candor posts the card with a real Bot Framework token,
 * and the stand-in's meeting chat pane renders it with the adaptivecards renderer. An anonymous
 * retro ended before the reveal posts no card text. Screenshots: test-results/screenshots/320/.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo, userById, type SeedUser } from '../../devhost/seed.js';
import { newPage, watchConsole, type ConsoleProblems } from './support/browser.js';
import { apiAs, shotPath, startRetroInPanel } from './support/narrow.js';
import { shootPanel } from './support/retro-views.js';
import { e2eSession } from './support/session.js';

const session = e2eSession();
const api = <T = unknown>(user: { id: string }, method: string, path: string, body?: unknown) =>
  apiAs(session.stack)<T>(user, method, path, body);

const sync = demo.weeklySync;
const [facilitator, diego, third] = sync.members.slice(0, 3).map((m) => userById(m.userId)!) as [
  SeedUser,
  SeedUser,
  SeedUser,
];
const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

describe('the retro summary in the meeting chat', () => {
  let page: Page;
  let problems: ConsoleProblems;
  const chat = (): Locator => page.getByRole('region', { name: 'Meeting chat' });
  const messages = (): Locator => chat().getByRole('article');

  async function endedRetro(title: string, reveal: boolean): Promise<string> {
    const { retro } = await api<{ retro: { id: string; groups: { id: string; title: string }[] } }>(
      facilitator,
      'POST',
      '/api/retros',
      {
        chatId: sync.chatId,
        title,
        templateId: 'start-stop-continue',
        options: { anonymous: true, skip: ['checkin', 'review', 'group', 'discuss'] },
      },
    );
    const command = (user: SeedUser, body: unknown) =>
      api<{ retro: { groups: { id: string; title: string }[] } }>(
        user,
        'POST',
        `/api/retros/${retro.id}/commands`,
        body,
      );
    await command(diego, { type: 'addCard', columnId: 'stop', text: 'Friday deploys' });
    await command(third, {
      type: 'addCard',
      columnId: 'start',
      text: 'Secret: the lead interrupts',
    });
    if (!reveal) {
      await command(facilitator, { type: 'end' });
      return retro.id;
    }
    await command(facilitator, { type: 'reveal' });
    const voting = await command(facilitator, { type: 'advance' });
    const friday = voting.retro.groups.find((g) => g.title === 'Friday deploys')!;
    await command(diego, { type: 'vote', groupId: friday.id, delta: 1 });
    await command(third, { type: 'vote', groupId: friday.id, delta: 1 });
    await command(facilitator, { type: 'advance' });
    await command(facilitator, {
      type: 'addAction',
      text: 'Move deploys to Tuesday',
      ownerId: diego.id,
      dueDate: due,
      groupId: friday.id,
    });
    await command(facilitator, { type: 'advance' });
    for (const [user, value] of [
      [facilitator, 4],
      [diego, 5],
      [third, 3],
    ] as const) {
      await command(user, { type: 'answerRoti', value });
    }
    await command(facilitator, { type: 'end' });
    return retro.id;
  }

  it('shows the post switch in the start form at 320 px', async () => {
    ({ page } = await newPage(session.browser, { width: 1400, height: 1000 }));
    problems = watchConsole(page);
    await page.goto(
      `${session.stack.appUrl}/devhost/?view=meeting&meeting=${encodeURIComponent(sync.chatId)}&participants=2`,
    );
    const title = `Side panel — ${facilitator.displayName}`;
    const panel = page.frameLocator(`iframe[title="${title}"]`);
    await startRetroInPanel(panel, {
      look: async (stage) => {
        if (stage !== 'setup') return;
        const post = panel.getByRole('switch', {
          name: 'Post a summary card in the meeting chat when the retro ends',
        });
        await expect(post.isChecked()).resolves.toBe(true);
        await shootPanel(page, title, shotPath('bot-start-form'));
      },
    });
    await panel
      .getByRole('heading', { name: 'Check-in', exact: true })
      .waitFor({ timeout: 30_000 });
    // The facilitator's menu has the switch too, until the end.
    await panel.getByRole('button', { name: 'More retro actions' }).click();
    const item = panel.getByRole('menuitemcheckbox', { name: 'Post the summary in the chat' });
    await expect(item.getAttribute('aria-checked')).resolves.toBe('true');
    await shootPanel(page, title, shotPath('bot-facilitator-menu'));
    await page.keyboard.press('Escape');
    const current = await api<{ retro: { id: string } }>(
      facilitator,
      'GET',
      `/api/retros/current?chatId=${encodeURIComponent(sync.chatId)}`,
    );
    await api(facilitator, 'POST', `/api/retros/${current.retro.id}/commands`, { type: 'end' });
    await messages().first().waitFor({ timeout: 20_000 });
    expect(await messages().count()).toBe(1);
  });

  it('a retro ends and the card appears with the top topic, the owner @mentioned and the due date', async () => {
    await endedRetro('Sprint 42 retro', true);
    await expect.poll(() => messages().count(), { timeout: 20_000 }).toBe(2);
    const card = messages().last();
    await card.getByText('Retro summary: Sprint 42 retro').waitFor();
    await card.getByText('1. Friday deploys (2 votes)').waitFor();
    // Rendered as Teams renders a matched mention: the name, highlighted.
    const mention = card.locator('.mention', { hasText: diego.displayName });
    await mention.waitFor();
    await card.getByText(`${diego.displayName}: Move deploys to Tuesday`).waitFor();
    await card.getByText(`Due ${due}`).waitFor();
    await card.getByText('Return on time invested: 4.0 of 5 on average (3 answers)').waitFor();
    // The adaptivecards renderer gives Action.OpenUrl the link role, as Teams does.
    await card.getByRole('link', { name: 'Open the summary' }).waitFor();
    // Revealed, yet only topics' titles travel: the other card's words stay in Candor.
    expect(await card.textContent()).not.toContain('Secret: the lead interrupts');

    // Exactly one activity per ended retro reached the connector, each with a card.
    const posted = session.stack.bot.activities(sync.chatId);
    expect(posted).toHaveLength(2);
  });

  it('an anonymous retro ended before the reveal posts no card text', async () => {
    await endedRetro('Quiet retro', false);
    await expect.poll(() => messages().count(), { timeout: 20_000 }).toBe(3);
    const card = messages().last();
    await card.getByText('Retro summary: Quiet retro').waitFor();
    await card.getByText('The cards were never revealed, so the topics stay private.').waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).not.toContain('Friday deploys');
    expect(text).not.toContain('Secret');
    const raw = JSON.stringify(session.stack.bot.activities(sync.chatId).at(-1));
    expect(raw).not.toContain('Friday deploys');
    expect(raw).not.toContain('Secret');
  });

  it('fits 320 px', async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    await chat().scrollIntoViewIfNeeded();
    const box = await chat().boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(320);
    await chat().screenshot({ path: shotPath('bot-summary-chat') });
    expect(problems.errors).toEqual([]);
  });
});
