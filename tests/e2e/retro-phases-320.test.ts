/**
 * The retro phases' content at 320 px with hostile content (a 500-character card with a
 * 60-character word, 40-character topics, an 80-character one-word topic, 30 cards), and the
 * stage on one 1080p or 720p screen: Enter adds a card, named retros show authors and anonymous
 * ones never do, the Topic select fits the panel, notes reach the summary, nothing scrolls sideways.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, userById } from '../../devhost/seed.js';
import { launchBrowser, newPage, watchConsole, type ConsoleProblems } from './support/browser.js';
import { frameTitled, shootPanel, watchPanels, type PanelWatch } from './support/retro-views.js';
import { startTestStack, type TestStack } from './support/stack.js';

const shots = join(import.meta.dirname, '../../test-results/screenshots/phases-320');
const sync = demo.weeklySync;
const crit = demo.designCrit;
const [adele, bob] = sync.members.slice(0, 2).map((m) => userById(m.userId)!);

const word60 = 'Antidisestablishmentarianism'.repeat(3).slice(0, 60);
const card500 =
  `${word60} ${'and the release train left without the hotfix again. '.repeat(9)}`.slice(0, 500);
const topicWord80 = 'Observabilityplatformmigrationretrospectivefollowups'.repeat(2).slice(0, 80);
/** Ten topic titles: nine of exactly 40 characters and one 80-character word. */
const topics = Array.from({ length: 9 }, (_, i) =>
  `Topic ${i + 1}: release trains and on-call rotas`.slice(0, 40).padEnd(40, '.'),
).concat(topicWord80);
const typical = [
  'Deploys on Friday keep breaking the weekend for the on-call person',
  'Code reviews wait two days before anyone looks at them',
  'Pairing sessions helped the new joiners a lot this sprint',
  'The flaky integration suite cost us most of Wednesday',
  'Standups run long when we solve problems in them',
];
const note = 'Agreed: rotate the on-call every week, starting Monday';

let stack: TestStack;
let browser: Browser;
let page: Page;
let watch: PanelWatch;
let problems: ConsoleProblems;

type Person = { displayName: string };
const title = (p: Person) => `Side panel — ${p.displayName}`;
const panel = (p: Person): FrameLocator => page.frameLocator(`iframe[title="${title(p)}"]`);
const stage = (): FrameLocator => page.frameLocator('iframe[title="Meeting stage"]');
const heading = (p: FrameLocator, name: string) => p.getByRole('heading', { name, exact: true });

/** The panel's token, once it has made a request; the page's own requests carry it. */
async function tokenOf(p: Person): Promise<string> {
  await expect.poll(() => watch.tokens.has(title(p)), { timeout: 30_000 }).toBe(true);
  return watch.tokens.get(title(p))!;
}

/** A request from inside `p`'s panel with its own token, as the panel itself would send it. */
async function api(p: Person, method: string, path: string, body?: unknown): Promise<unknown> {
  const frame = await frameTitled(page, title(p));
  const auth = await tokenOf(p);
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
    { method, path, body, auth, key: randomUUID() },
  );
  if (result.status >= 300) {
    throw new Error(`${method} ${path} answered ${result.status}: ${JSON.stringify(result.body)}`);
  }
  return result.body;
}

const command = (p: Person, retroId: string, body: unknown) =>
  api(p, 'POST', `/api/retros/${encodeURIComponent(retroId)}/commands`, body);

/** Starts a retro the way the side panel's form does, as `p` (who then facilitates). */
async function startRetro(p: Person, chatId: string, anonymous: boolean): Promise<string> {
  const created = (await api(p, 'POST', '/api/retros', {
    chatId,
    templateId: 'start-stop-continue',
    options: { anonymous, voteBudget: 5, perGroupCap: 3, skip: ['checkin', 'review'] },
  })) as { retro: { id: string } };
  return created.retro.id;
}

async function advance(retroId: string, phase: string, people: Person[]): Promise<void> {
  await command(adele!, retroId, { type: 'advance' });
  for (const p of people) await heading(panel(p), phase).waitFor({ timeout: 20_000 });
}

/** Opens the meeting with these people's panels, and waits until each one's live stream is up. */
async function openMeeting(chatId: string, people: Person[]): Promise<void> {
  await page.goto(
    `${stack.appUrl}/devhost/?view=meeting&meeting=${encodeURIComponent(chatId)}&participants=${people.length}`,
  );
  // A retro started before a panel follows the chat's room would reach it only on a refetch.
  for (const p of people)
    await panel(p).getByText('Live', { exact: true }).waitFor({ timeout: 30_000 });
}

/** What spills past the right edge of a 320 px panel: the page's overflow, and each element out. */
async function sideways(frame: Frame) {
  return frame.evaluate(() => {
    const root = document.documentElement;
    const outside = [...document.body.querySelectorAll('*')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.right > root.clientWidth + 0.5;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 80))
      .slice(0, 5);
    return { width: root.clientWidth, scroll: root.scrollWidth, outside };
  });
}

async function expectNoSideways(p: Person): Promise<void> {
  const frame = await frameTitled(page, title(p));
  const found = await sideways(frame);
  expect(found.width, `${p.displayName}'s panel width`).toBe(320);
  expect(found.outside, `${p.displayName}: elements past 320 px`).toEqual([]);
  expect(found.scroll, `${p.displayName}: sideways scroll`).toBeLessThanOrEqual(found.width);
}

async function shoot(name: string): Promise<void> {
  for (const p of [adele!, bob!]) {
    const who = p === adele ? 'facilitator' : 'member';
    await shootPanel(page, title(p), join(shots, `${name}-${who}-light.png`));
  }
  await page.getByLabel('Theme').selectOption('dark');
  await page.waitForTimeout(500);
  for (const p of [adele!, bob!]) {
    const who = p === adele ? 'facilitator' : 'member';
    await shootPanel(page, title(p), join(shots, `${name}-${who}-dark.png`));
  }
  await page.getByLabel('Theme').selectOption('default');
  await page.waitForTimeout(300);
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  stack = await startTestStack();
  browser = await launchBrowser();
  ({ page } = await newPage(browser, { width: 1400, height: 1000 }));
  problems = watchConsole(page);
  watch = watchPanels(page);
});

afterAll(async () => {
  await browser?.close();
  await stack?.dispose();
});

describe('an anonymous retro', () => {
  const [ravi, member] = crit.members.slice(0, 2).map((m) => userById(m.userId)!);

  it('never shows an author, on the panels or the stage, after the reveal', async () => {
    await openMeeting(crit.chatId, [ravi!, member!]);
    const id = (await api(ravi!, 'POST', '/api/retros', {
      chatId: crit.chatId,
      templateId: 'start-stop-continue',
      options: { anonymous: true, voteBudget: 5, perGroupCap: 3, skip: ['checkin', 'review'] },
    })) as { retro: { id: string } };
    for (const p of [ravi!, member!])
      await heading(panel(p), 'Gather').waitFor({ timeout: 30_000 });
    const box = panel(ravi!).getByRole('region', { name: 'Start' }).getByRole('textbox');
    await box.fill('Nobody should know I wrote this');
    await box.press('Enter');
    await expect
      .poll(() => panel(ravi!).getByText('Nobody should know I wrote this').count())
      .toBe(1);
    await page.getByRole('button', { name: 'Open stage' }).click();
    await command(ravi!, id.retro.id, { type: 'advance' });
    for (const p of [ravi!, member!]) await heading(panel(p), 'Group').waitFor();
    await expect
      .poll(() => stage().getByText('Nobody should know I wrote this').count(), { timeout: 20_000 })
      .toBe(1);
    await expect
      .poll(() => panel(member!).getByText('Nobody should know I wrote this').count())
      .toBeGreaterThan(0);
    for (const where of [stage(), panel(member!), panel(ravi!)]) {
      expect(await where.getByText(`— ${ravi!.displayName}`).count()).toBe(0);
      expect(await where.getByText(/^— /).count()).toBe(0);
    }
    await page.getByRole('button', { name: 'Close stage' }).click();
  });
});

describe('a named retro with hostile content at 320 px', () => {
  let retroId = '';

  it('gather: Enter adds the card, Shift+Enter makes a new line, and a hint says so', async () => {
    await openMeeting(sync.chatId, [adele!, bob!]);
    retroId = await startRetro(adele!, sync.chatId, false);
    for (const p of [adele!, bob!]) await heading(panel(p), 'Gather').waitFor({ timeout: 30_000 });
    const column = panel(adele!).getByRole('region', { name: 'Start' });
    const box = column.getByRole('textbox');
    expect(await column.getByText('Enter adds').textContent()).toBe(
      'Enter adds · Shift+Enter for a new line',
    );
    await box.fill('Friday deploys');
    await box.press('Shift+Enter');
    await box.pressSequentially('break weekends');
    // Shift+Enter wrote a new line and sent nothing.
    expect(await box.inputValue()).toBe('Friday deploys\nbreak weekends');
    expect(await column.getByRole('list', { name: 'Cards in Start' }).count()).toBe(0);
    await box.press('Enter');
    await expect.poll(() => box.inputValue()).toBe('');
    await expect
      .poll(() =>
        column.getByRole('list', { name: 'Cards in Start' }).getByRole('listitem').count(),
      )
      .toBe(1);
    // Ctrl+Enter still adds.
    await box.fill(typical[0]!);
    await box.press('Control+Enter');
    await expect
      .poll(() =>
        column.getByRole('list', { name: 'Cards in Start' }).getByRole('listitem').count(),
      )
      .toBe(2);
    // B writes the 500-character card with a 60-character word by hand, and adds it with Enter.
    const bobBox = panel(bob!).getByRole('region', { name: 'Stop' }).getByRole('textbox');
    await bobBox.fill(card500);
    await bobBox.press('Enter');
    await expect.poll(() => panel(bob!).getByText(word60).count()).toBe(1);
    // 27 more, through the API, to make 30.
    const columns = ['start', 'stop', 'continue'];
    for (let i = 0; i < 27; i++) {
      await command(i % 2 ? bob! : adele!, retroId, {
        type: 'addCard',
        columnId: columns[i % 3],
        text: `${typical[i % typical.length]} (#${i + 1})`,
      });
    }
    // B's view holds B's own cards and counts everyone else's: 30 in all.
    const bobView = (await api(bob!, 'GET', `/api/retros/${retroId}`)) as {
      cards: unknown[];
      hiddenCounts: Record<string, number>;
    };
    const hidden = Object.values(bobView.hiddenCounts).reduce((sum, n) => sum + n, 0);
    expect([bobView.cards.length, hidden]).toEqual([14, 16]);
    for (const p of [adele!, bob!]) await expectNoSideways(p);
    await shoot('gather');
  });

  it('group: the reveal names authors on the stage; ten topics are made', async () => {
    await page.getByRole('button', { name: 'Open stage' }).click();
    await command(adele!, retroId, { type: 'advance' });
    for (const p of [adele!, bob!]) await heading(panel(p), 'Group').waitFor();
    const view = (await api(adele!, 'GET', `/api/retros/${retroId}`)) as {
      cards: { id: string }[];
    };
    expect(view.cards).toHaveLength(30);
    for (let g = 0; g < 10; g++) {
      await command(adele!, retroId, {
        type: 'createGroup',
        cardIds: view.cards.slice(g * 3, g * 3 + 3).map((c) => c.id),
        title: topics[g],
      });
    }
    await expect
      .poll(() => stage().getByText(`— ${bob!.displayName}`).count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(await stage().getByText(`— ${adele!.displayName}`).count()).toBeGreaterThan(0);
  });

  it('vote: long topic titles wrap, cards show their authors, no sideways scroll', async () => {
    await advance(retroId, 'Vote', [adele!, bob!]);
    const a = panel(adele!);
    await a.getByRole('heading', { name: topicWord80 }).waitFor();
    await expect.poll(() => a.getByText(`— ${bob!.displayName}`).count()).toBeGreaterThan(0);
    // The 80-character one-word title is whole, and no wider than the panel.
    const titleBox = await a.getByRole('heading', { name: topicWord80 }).boundingBox();
    expect(titleBox!.width).toBeLessThan(320);
    for (const [p, n] of [
      [adele!, 3],
      [bob!, 2],
    ] as const) {
      for (let i = 0; i < n; i++)
        await panel(p)
          .getByRole('button', { name: `Add a vote to ${topics[i]}` })
          .click();
    }
    await expect.poll(() => panel(bob!).getByText('3 of 5 votes left').count()).toBe(1);
    // The facilitator sees how many have voted, and nobody sees who.
    await expect.poll(() => a.getByText('2 of 2 have voted').count()).toBe(1);
    expect(
      await panel(bob!)
        .getByText(/have voted/)
        .count(),
    ).toBe(0);
    for (const p of [adele!, bob!]) await expectNoSideways(p);
    await shoot('vote');
  });

  it('discuss: notes are kept; the stage puts the topic before its votes and fits 1080p and 720p', async () => {
    await advance(retroId, 'Discuss', [adele!, bob!]);
    await command(adele!, retroId, { type: 'focusTopic', groupId: await groupOf(topics[0]!) });
    const b = panel(bob!);
    const noteBox = b.getByRole('textbox', { name: `Note on ${topics[0]}` });
    await noteBox.waitFor();
    // One note box, on the topic under discussion, not one per topic.
    expect(await b.getByRole('textbox', { name: /^Note on / }).count()).toBe(1);
    await noteBox.fill(note);
    await noteBox.press('Enter');
    await expect.poll(() => panel(adele!).getByText(note).count()).toBeGreaterThan(0);
    for (const p of [adele!, bob!]) await expectNoSideways(p);
    await shoot('discuss');

    const stageFrame = page.locator('iframe[title="Meeting stage"]');
    for (const [width, height] of [
      [1920, 1080],
      [1280, 720],
    ] as const) {
      await stageFrame.evaluate(
        (el, size) => {
          el.style.maxWidth = 'none';
          el.style.width = `${size.width}px`;
          el.style.height = `${size.height}px`;
          el.style.aspectRatio = 'auto';
          el.style.border = '0';
        },
        { width, height },
      );
      await page.waitForTimeout(300);
      const frame = await frameTitled(page, 'Meeting stage');
      const measured = await frame.evaluate(() => {
        const root = document.documentElement;
        const region = document.querySelector('section[aria-label="Board"]')!;
        const topic = document.querySelector('ul[aria-label="Topics"] h2')!;
        const votes = topic.nextElementSibling!;
        return {
          viewport: [root.clientWidth, root.clientHeight],
          page: [root.scrollWidth, root.scrollHeight],
          region: { content: region.scrollHeight, shown: region.clientHeight },
          topicSize: parseFloat(getComputedStyle(topic).fontSize),
          votesSize: parseFloat(getComputedStyle(votes).fontSize),
          votesText: votes.textContent,
          // The title comes first: above its votes.
          topicFirst: topic.getBoundingClientRect().bottom <= votes.getBoundingClientRect().top,
        };
      });
      await stageFrame.screenshot({ path: join(shots, `stage-discuss-${width}x${height}.png`) });
      expect(measured.viewport, 'the stage frame has the screen size').toEqual([width, height]);
      // The page never scrolls, either way.
      expect(measured.page, `${width}×${height}`).toEqual([width, height]);
      // At 1080p the whole typical board (10 topics, 30 cards) is on the screen.
      if (width === 1920) {
        expect(measured.region.content, 'the board fits 1080p').toBeLessThanOrEqual(
          measured.region.shown,
        );
      }
      expect(measured.votesText).toMatch(/^\d+ votes?$/);
      expect(measured.topicSize).toBeGreaterThan(measured.votesSize);
      expect(measured.topicFirst).toBe(true);
    }
    // At 720p the board scrolls in its region: the topic under discussion is brought into view.
    await command(adele!, retroId, { type: 'focusTopic', groupId: await groupOf(topics[8]!) });
    const stageFrame720 = await frameTitled(page, 'Meeting stage');
    await expect
      .poll(() =>
        stageFrame720.evaluate(() => {
          const li = document.querySelector('ul[aria-label="Topics"] li[aria-current="true"]');
          const box = li?.getBoundingClientRect();
          return box ? box.top >= 0 && box.bottom <= window.innerHeight : false;
        }),
      )
      .toBe(true);
  });

  it('actions: the Topic select fits the panel; an empty action gets a Fluent message, not a bubble', async () => {
    await advance(retroId, 'Actions', [adele!, bob!]);
    const a = panel(adele!);
    const select = a.getByRole('combobox', { name: 'Topic' });
    await select.waitFor();
    const frame = await frameTitled(page, title(adele!));
    const fits = await frame.evaluate(() => {
      const el = [...document.querySelectorAll('select')].find((s) =>
        [...s.options].some((o) => o.textContent === 'No topic'),
      )!;
      const form = el.closest('form')!;
      const long = [...el.options].find((o) => o.title.length === 80)!;
      return {
        right: el.getBoundingClientRect().right,
        formRight: form.getBoundingClientRect().right,
        longText: long.textContent,
        longTitle: long.title,
        noValidate: form.noValidate,
      };
    });
    expect(fits.right).toBeLessThanOrEqual(fits.formRight);
    expect(fits.longTitle).toBe(topicWord80);
    expect(fits.longText).toMatch(/…$/);
    expect(fits.longText!.length).toBeLessThanOrEqual(40);
    expect(fits.noValidate).toBe(true);
    await a.getByRole('button', { name: 'Add action item' }).click();
    await a.getByText('Write what will happen.').waitFor();
    expect(await a.getByText('No action items yet.').count()).toBe(1);
    await a.getByRole('textbox', { name: /What will happen/ }).fill('Rotate the on-call weekly');
    await select.selectOption({ index: 1 });
    await a.getByRole('button', { name: 'Add action item' }).click();
    await expect.poll(() => panel(bob!).getByText('Rotate the on-call weekly').count()).toBe(1);
    expect(await a.getByText('Write what will happen.').count()).toBe(0);
    for (const p of [adele!, bob!]) await expectNoSideways(p);
    await shoot('actions');
  });

  it('close: the summary keeps the discussion notes, in the panel and in its Markdown', async () => {
    await advance(retroId, 'Close', [adele!, bob!]);
    const summary = panel(bob!).getByRole('article', { name: /Summary of/ });
    await summary.getByText(note).waitFor({ timeout: 20_000 });
    expect(await summary.getByRole('list', { name: `Notes on ${topics[0]}` }).count()).toBe(1);
    const markdown = (await api(bob!, 'GET', `/api/retros/${retroId}/summary`)) as {
      markdown: string;
    };
    expect(markdown.markdown).toContain(`- Note: ${note}`);
    for (const p of [adele!, bob!]) await expectNoSideways(p);
    await shoot('close');
    expect(problems.errors).toEqual([]);
  });

  async function groupOf(topic: string): Promise<string> {
    const view = (await api(adele!, 'GET', `/api/retros/${retroId}`)) as {
      groups: { id: string; title: string }[];
    };
    return view.groups.find((g) => g.title === topic)!.id;
  }
});
