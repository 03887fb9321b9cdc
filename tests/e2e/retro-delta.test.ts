/**
 * Browser truth for live deltas (issue #12): three real 320 px side panels of one meeting run a
 * whole retro through their UI. After every command, each panel's cached view (the one it renders,
 * kept by applying deltas) deep-equals the view that viewer fetches fresh from the server, less
 * presence; and no panel fetched its whole view to get there. On SQLite and on PostgreSQL.
 *
 * The stage is checked too. It runs as Alice, a second page of hers: it hears her panel's commands
 * start and end (client/retro/live-retro.ts, `ownChannel`), so it gets her own part (her answers,
 * votes, unrevealed cards, `mine`) at each command's rev, as her panel does.
 */
import { join } from 'node:path';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, userById } from '../../devhost/seed.js';
import type { RetroView } from '../../shared/retro/api.js';
import { withoutPresence } from '../../shared/retro/delta.js';
import { launchBrowser, newPage, watchConsole, type ConsoleProblems } from './support/browser.js';
import { createPostgresDatabase } from './support/postgres-database.js';
import {
  cachedView,
  catchView,
  caughtView,
  fetchedView,
  frameTitled,
  shootPanel,
  watchPanels,
  type PanelWatch,
} from './support/retro-views.js';
import { startTestStack, type TestStack } from './support/stack.js';

const screenshots = join(import.meta.dirname, '../../test-results/screenshots');
const sync = demo.weeklySync;
const [alice, bob, carol] = sync.members.slice(0, 3).map((m) => userById(m.userId)!);
type Person = NonNullable<typeof alice>;
const people = [alice!, bob!, carol!];
const title = (p: Person) => `Side panel — ${p.displayName}`;
/** Whose view is checked: a side panel, or the stage; `title` is its iframe's. */
type Viewer = { name: string; title: string };
const panelOf = (p: Person): Viewer => ({ name: `${p.displayName}'s panel`, title: title(p) });
const stageViewer: Viewer = { name: 'the stage', title: 'Meeting stage' };

describe.each(['sqlite', 'postgres'] as const)('on %s', (dialect) => {
  let stack: TestStack;
  let browser: Browser;
  let page: Page;
  let problems: ConsoleProblems;
  let watch: PanelWatch;
  let dropDatabase: (() => Promise<void>) | null = null;
  const frames = new Map<string, Frame>();
  /** The side panels, and the stage once the board is shared to it. */
  const viewers = people.map(panelOf);
  let retroId = '';

  const panel = (p: Person): FrameLocator => page.frameLocator(`iframe[title="${title(p)}"]`);
  const heading = (p: Person, name: string) => panel(p).getByRole('heading', { name, exact: true });
  const frame = (v: Viewer) => frames.get(v.title)!;

  beforeAll(async () => {
    let databaseUrl: string | undefined;
    if (dialect === 'postgres') {
      const database = await createPostgresDatabase('candor_e2e_delta');
      ({ url: databaseUrl, drop: dropDatabase } = database);
    }
    stack = await startTestStack(databaseUrl ? { databaseUrl } : {});
    browser = await launchBrowser();
    ({ page } = await newPage(browser, { width: 1100, height: 1000 }));
    problems = watchConsole(page);
    watch = watchPanels(page);
    await page.goto(
      `${stack.appUrl}/devhost/?view=meeting&meeting=${encodeURIComponent(sync.chatId)}&participants=3`,
    );
    for (const v of viewers) frames.set(v.title, await frameTitled(page, v.title));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.dispose();
    await dropDatabase?.();
  });

  const revOf = async (v: Viewer) => (await cachedView(frame(v), retroId))?.rev ?? -1;

  /** `view` is what `v`'s viewer gets from the server now, less presence. */
  async function expectSame(v: Viewer, view: RetroView, rev: number, what: string) {
    const token = watch.tokens.get(v.title);
    if (!token) throw new Error(`${v.name} sent no token yet`);
    const fetched = await fetchedView(frame(v), retroId, token);
    expect(fetched.rev, `no other command ran during ${what}`).toBe(rev);
    expect(view.rev).toBe(rev);
    expect(
      withoutPresence(view),
      `after ${what} (phase ${fetched.phase}), the delta-applied view of ${v.name}`,
    ).toEqual(withoutPresence(fetched));
  }

  /** What a panel back in the lobby reads after the end: the chat's current retro, who sets one up. */
  const lobbyReads = ['/api/retros/current', '/api/retros/setting-up'];
  /**
   * One command through the UI: the retro moves one rev. Every panel catches the first view it
   * holds at that rev (made by a delta: no whole view arrived before it), and that view equals
   * its viewer's fresh one. No panel refetched its view (`allowCurrent`: but for the lobby's
   * reads, which the end brings), but for the presence heartbeat.
   */
  async function step(what: string, act: () => Promise<unknown>, allowCurrent = false) {
    const rev = (await revOf(panelOf(alice!))) + 1;
    for (const v of viewers) await catchView(frame(v), retroId, rev);
    const from = Date.now();
    await act();
    for (const v of viewers) {
      await expect
        .poll(() => caughtView(frame(v)), {
          timeout: 10_000,
          interval: 50,
          message: `${v.name} reaches rev ${rev} after ${what}`,
        })
        .not.toBeNull();
    }
    for (const v of viewers) {
      const caught = (await caughtView(frame(v)))!;
      const { refetches, heartbeats } = await watch.refetchesSince(v.title, from);
      expect(
        allowCurrent ? refetches.filter((path) => !lobbyReads.includes(path)) : refetches,
        `${v.name} applied ${what} without refetching its view`,
      ).toEqual([]);
      // A heartbeat's answer may have landed first; at the end, so may the chat's current retro,
      // which `retro.ended` (same transaction, another room) refreshes in a race with the delta.
      const before = allowCurrent
        ? caught.fetchedBefore.filter((path) => path !== '/api/retros/current')
        : caught.fetchedBefore;
      expect(
        before.length,
        `${v.name} held ${what} before any whole view arrived (${caught.fetchedBefore.join(', ')})`,
      ).toBeLessThanOrEqual(heartbeats);
      await expectSame(v, caught.view, rev, what);
    }
  }

  const next = (phase: string) =>
    step(`advance to ${phase}`, async () => {
      await panel(alice!).getByRole('button', { name: 'Next phase' }).click();
      for (const p of people) await heading(p, phase).waitFor();
    });

  /** Bob's whole panel at 320 px. */
  const shoot = (phase: string) =>
    shootPanel(page, title(bob!), join(screenshots, `retro-delta-${dialect}-${phase}.png`));

  const safety = (p: Person) =>
    panel(p).getByRole('radiogroup', { name: 'Safety check' }).getByRole('radio').nth(1).click();
  /** An item of the facilitator's "More retro actions" menu in the top bar. */
  const fromMenu = async (p: Person, item: string) => {
    await panel(p).getByRole('button', { name: 'More retro actions' }).click();
    await panel(p).getByRole('menuitem', { name: item, exact: true }).click();
  };
  const ready = (p: Person) => panel(p).getByRole('button', { name: "I'm ready" }).click();
  const addCard = async (p: Person, column: string, text: string) => {
    const region = panel(p).getByRole('region', { name: column });
    await region.getByRole('textbox').fill(text);
    await region.getByRole('button', { name: 'Add card' }).click();
  };
  const ownCard = (p: Person, text: string) =>
    panel(p).getByRole('listitem').filter({ hasText: text });
  const moveTo = async (p: Person, card: string, target: string) => {
    await panel(p)
      .getByRole('button', { name: `Move to… (${card})` })
      .click();
    await panel(p).getByRole('menuitem', { name: target, exact: true }).click();
  };
  const vote = (p: Person, group: string, way: 'Add a vote to' | 'Remove a vote from') =>
    panel(p)
      .getByRole('button', { name: `${way} ${group}` })
      .click();

  it('check-in and review: safety answers, ready marks and phase changes', async () => {
    const a = panel(alice!);
    await a.getByRole('button', { name: 'Set up a retro' }).waitFor({ timeout: 30_000 });
    await a.getByRole('button', { name: 'Set up a retro' }).click();
    const started = page.waitForResponse(
      (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/retros',
    );
    await a.getByRole('button', { name: 'Start retro' }).click();
    retroId = ((await (await started).json()) as { retro: { id: string } }).retro.id;
    for (const p of people) await heading(p, 'Check-in').waitFor({ timeout: 15_000 });
    // The starting point: every panel holds its viewer's view, however it got it.
    const rev = await revOf(panelOf(alice!));
    for (const v of viewers) {
      await expect.poll(() => revOf(v)).toBe(rev);
      await expectSame(v, (await cachedView(frame(v), retroId))!, rev, 'the start');
      // The watch sees the panel's own view requests: it loaded the chat's current retro.
      expect(watch.viewFetches.get(v.title)?.length).toBeGreaterThan(0);
    }
    // The stage as Alice, who shares it (sharing is no command): see the note at the top.
    {
      await fromMenu(alice!, 'Share to stage');
      await page
        .frameLocator(`iframe[title="${stageViewer.title}"]`)
        .getByRole('heading', { level: 1 })
        .waitFor({ timeout: 15_000 });
      frames.set(stageViewer.title, await frameTitled(page, stageViewer.title));
      await expect.poll(() => revOf(stageViewer)).toBe(rev);
      await expectSame(
        stageViewer,
        (await cachedView(frame(stageViewer), retroId))!,
        rev,
        'the share',
      );
      viewers.push(stageViewer);
    }
    await step("Alice's safety answer", () => safety(alice!));
    await step("Bob's safety answer", () => safety(bob!));
    await step("Carol's safety answer", () => safety(carol!));
    await step('Bob is ready', () => ready(bob!));
    await step('Carol is ready', () => ready(carol!));
    await shoot('checkin');
    await next('Review');
    await step('back to check-in', () => fromMenu(alice!, 'Back'));
    await next('Review');
    await shoot('review');
    await next('Gather');
  });

  it('gather: hidden cards from two people, an edit, a delete, the reveal, a card after it', async () => {
    await step("Alice's card", () => addCard(alice!, 'Start', 'Deploys on Friday scare me'));
    await step("Bob's first card", () => addCard(bob!, 'Start', 'Pair on reviews'));
    await step("Bob's second card", () => addCard(bob!, 'Stop', 'Long stand-ups'));
    await step("Carol's card", () => addCard(carol!, 'Continue', 'Demo days'));
    await step("Carol's card to delete", () => addCard(carol!, 'Stop', 'Oops, wrong column'));
    await step('Carol deletes it', () =>
      ownCard(carol!, 'Oops, wrong column').getByRole('button', { name: 'Delete' }).click(),
    );
    await step('Bob edits his card', async () => {
      const card = ownCard(bob!, 'Long stand-ups');
      await card.getByRole('button', { name: 'Edit' }).click();
      await panel(bob!).getByRole('textbox', { name: 'Edit card' }).fill('Long stand-ups (30 min)');
      await panel(bob!).getByRole('button', { name: 'Save' }).click();
    });
    await step('Bob is ready', () => ready(bob!));
    await shoot('gather');
    await step('the reveal', () => fromMenu(alice!, 'Reveal cards'));
    await step("Carol's card after the reveal", () =>
      addCard(carol!, 'Stop', 'Meetings without agenda'),
    );
    await step('Alice edits hers after the reveal', async () => {
      await ownCard(alice!, 'Deploys on Friday scare me')
        .getByRole('button', { name: 'Edit' })
        .click();
      await panel(alice!)
        .getByRole('textbox', { name: 'Edit card' })
        .fill('Friday deploys scare me');
      await panel(alice!).getByRole('button', { name: 'Save' }).click();
    });
    await next('Group');
  });

  it('group: new groups, moves in and out, a name', async () => {
    await step('a new group from Alice', () =>
      moveTo(alice!, 'Friday deploys scare me', 'New group'),
    );
    await step('Bob moves a card in', () => moveTo(bob!, 'Pair on reviews', 'Untitled group 1'));
    await step('Carol starts another group', () => moveTo(carol!, 'Demo days', 'New group'));
    await step('Bob moves a card into it', () =>
      moveTo(bob!, 'Long stand-ups (30 min)', 'Untitled group 2'),
    );
    await step('Bob takes it out again', () => moveTo(bob!, 'Long stand-ups (30 min)', 'Ungroup'));
    await step('Carol names the first group', async () => {
      const field = panel(carol!).getByRole('textbox', { name: 'Name of Untitled group 1' });
      await field.fill('Deploys and reviews');
      await field.press('Enter');
    });
    await shoot('group');
    await next('Vote');
  });

  it('vote: votes hidden until the phase ends, then totals order the topics', async () => {
    const first = 'Deploys and reviews';
    const second = 'Untitled group 2';
    await step('Bob votes', () => vote(bob!, first, 'Add a vote to'));
    await step('Bob votes again', () => vote(bob!, first, 'Add a vote to'));
    await step('Carol votes', () => vote(carol!, second, 'Add a vote to'));
    await step('Bob takes a vote back', () => vote(bob!, first, 'Remove a vote from'));
    await step('Alice votes', () => vote(alice!, second, 'Add a vote to'));
    await shoot('vote');
    await next('Discuss');
    await step('back to vote (totals hide again)', () => fromMenu(alice!, 'Back'));
    await next('Discuss');
  });

  it('discuss: focus, a timer, notes, the next topic', async () => {
    await step('the first topic', () =>
      panel(alice!).getByRole('button', { name: 'First topic' }).click(),
    );
    await step('a 1 minute timer', () => fromMenu(alice!, '1 min'));
    const note = async (p: Person, text: string) => {
      const field = panel(p)
        .getByRole('textbox', { name: /^Note on / })
        .first();
      await field.fill(text);
      await panel(p).getByRole('button', { name: 'Add note' }).first().click();
    };
    await step("Bob's note", () => note(bob!, 'Try Tuesday deploys'));
    await step("Carol's note", () => note(carol!, 'Ask ops first'));
    await step('the timer stops', () => fromMenu(alice!, 'Stop timer'));
    await step('the next topic', () =>
      panel(alice!).getByRole('button', { name: 'Next topic' }).click(),
    );
    await shoot('discuss');
    await next('Actions');
  });

  it('actions: two action items and a status change', async () => {
    const add = async (p: Person, text: string, owner: Person) => {
      await panel(p)
        .getByRole('textbox', { name: /What will happen/ })
        .fill(text);
      await panel(p)
        .getByRole('combobox', { name: /Owner/ })
        .selectOption({ label: owner.displayName });
      await panel(p).getByRole('button', { name: 'Add action item' }).click();
    };
    await step("Bob's action item for Carol", () => add(bob!, 'Move deploys to Tuesday', carol!));
    await step("Alice's action item", () => add(alice!, 'Agenda for every meeting', bob!));
    await step('Alice marks hers done', () =>
      panel(alice!)
        .getByRole('listitem')
        .filter({ hasText: 'Agenda for every meeting' })
        .getByRole('combobox', { name: 'Status' })
        .selectOption({ label: 'Done' }),
    );
    await shoot('actions');
    await next('Close');
  });

  it('close: ROTI from three people, and the end', async () => {
    for (const p of people) {
      await step(`${p.displayName}'s ROTI`, () =>
        panel(p)
          .getByRole('radiogroup', { name: 'Return on time invested' })
          .getByRole('radio')
          .nth(3)
          .click(),
      );
    }
    await shoot('close');
    // The end also refreshes the meeting chat's current retro (retro.ended): that GET is allowed.
    await step(
      'the end',
      async () => {
        await fromMenu(alice!, 'End retro');
        await panel(alice!).getByRole('dialog').getByRole('button', { name: 'End retro' }).click();
      },
      true,
    );
    // Everyone keeps the ended retro on screen as its summary.
    for (const p of people) await panel(p).getByText('This retro has ended').waitFor();
    await shoot('ended');
    expect(problems.errors).toEqual([]);
  });
});
