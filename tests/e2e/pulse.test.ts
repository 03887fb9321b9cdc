/**
 * Pulses end to end (issue 4): through the Teams stand-in in real Chromium, against the real server,
 * dev IdP and fake Graph. An owner creates pulses, six members answer anonymously, the owner closes
 * them and reads the results; below the threshold the API holds no number but the invited count.
 */
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, userById, type SeedUser } from '../../devhost/seed.js';
import { agreementScale, edmondsonItems } from '../../shared/pulse/items.js';
import { launchBrowser, newPage, watchConsole } from './support/browser.js';
import { startTestStack, type TestStack } from './support/stack.js';

const screenshots = join(import.meta.dirname, '../../test-results/screenshots');
const platform = demo.platform;
const people = (role: 'owner' | 'member'): SeedUser[] =>
  platform.members.filter((m) => m.role === role).map((m) => userById(m.userId)!);
const owner = people('owner')[0]!;
const members = people('member');
const released = 'Released pulse';
const withheld = 'Withheld pulse';
const secretComment = 'Please stop interrupting in standups';

type Value = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** Member i's answer to item j; odd members skip the last item (6 of 7 still counts). */
function answerOf(i: number, j: number): Value | null {
  if (j === 6 && i % 2 === 1) return null;
  return (((i + 2 * j) % 7) + 1) as Value;
}

/** The team mean by hand: person score = mean of answered items, R items as 8 − x. */
function expectedTeamMean(count: number): number {
  const scores = Array.from({ length: count }, (_, i) => {
    const scored = edmondsonItems
      .map((item, j) => {
        const v = answerOf(i, j);
        return v === null ? null : item.reversed ? 8 - v : v;
      })
      .filter((v): v is number => v !== null);
    return scored.reduce((a, b) => a + b, 0) / scored.length;
  });
  return scores.reduce((a, b) => a + b, 0) / scores.length;
}

let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  expect(members.length).toBe(6);
  stack = await startTestStack();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.dispose();
});

async function openTab(
  user: SeedUser,
  width = 1280,
  theme: 'default' | 'dark' = 'default',
): Promise<{ page: Page; tab: FrameLocator }> {
  const { page } = await newPage(browser, { width, height: 900 });
  const themed = theme === 'dark' ? '&theme=dark' : '';
  await page.goto(
    `${stack.appUrl}/devhost/?view=channel&team=${platform.id}&user=${user.id}${themed}`,
  );
  const tab = page.frameLocator(`iframe[title="Channel tab — ${user.displayName}"]`);
  await tab.getByRole('heading', { name: 'Pulses', exact: true }).waitFor({ timeout: 30_000 });
  return { page, tab };
}

const card = (tab: FrameLocator, title: string) => tab.getByRole('article', { name: title });

/** The sentence the form shows for the 8-person demo team: what its size makes possible. */
const sizeSentence =
  'With 8 members, results show when 5 of them answer. Comments need 10 answers, so they would never show — the open question is off.';

async function createPulse(tab: FrameLocator, title: string, withQuestion = false): Promise<void> {
  await tab.getByRole('button', { name: 'New pulse' }).click();
  await tab.getByText(sizeSentence).waitFor();
  // Defaults chosen from the team size: k = 5 of 8, and no open question (comments need 10).
  expect(await tab.getByRole('spinbutton', { name: 'Anonymity threshold' }).inputValue()).toBe('5');
  expect(await tab.getByRole('textbox', { name: 'Open question' }).count()).toBe(0);
  if (withQuestion) {
    await tab.getByRole('button', { name: 'Add an open question anyway' }).click();
    await tab.getByText(/Comments need 10 answers, so they would never show: consider/).waitFor();
  }
  await tab.getByLabel('Title').fill(title);
  await tab.getByRole('button', { name: 'Create pulse' }).click();
  await card(tab, title).waitFor({ timeout: 15_000 });
}

const notYet = 'Results show once at least 5 people have answered. Not enough yet.';
const enough = 'Enough people have answered: results will show when it closes.';

/**
 * What scrolls sideways in the tab: the page's overflow, and every visible element whose box
 * ends past the tab's right edge (so a clipped overflow can't hide one).
 */
async function sideways(tab: FrameLocator) {
  return tab.locator('html').evaluate((html) => {
    const width = html.clientWidth;
    const outside = [...document.body.querySelectorAll('*')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.right > width + 0.5;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className)}`.slice(0, 80));
    return { fits: html.scrollWidth <= width && width <= 320, outside };
  });
}

/** The API as `user`, outside the browser, with a dev IdP token. */
async function apiAs(user: SeedUser, method: 'GET' | 'POST', path: string, body?: unknown) {
  const response = await fetch(`${stack.appUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await stack.idp.issueUserToken(user.id)}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

function radio(tab: FrameLocator, itemIndex: number, value: Value) {
  return tab
    .getByRole('radiogroup', { name: edmondsonItems[itemIndex]!.text, exact: true })
    .getByRole('radio', { name: `${agreementScale[value]} (${value})`, exact: true });
}

/** Answers on one screen; checks that Submit waits for five answers. */
async function answerAllAtOnce(tab: FrameLocator, i: number, comment?: string): Promise<void> {
  await tab.getByRole('switch', { name: 'Show all statements on one screen' }).check();
  const submit = tab.getByRole('button', { name: 'Submit answers' });
  for (let j = 0; j < 7; j++) {
    const value = answerOf(i, j);
    if (value === null) {
      await tab.getByRole('button', { name: 'Skip' }).nth(j).click();
      continue;
    }
    await radio(tab, j, value).check();
    if (j === 3) {
      expect(await submit.isDisabled()).toBe(true);
      await tab.getByText('Answer 1 more question to submit').waitFor();
    }
  }
  if (comment) await tab.getByRole('textbox').fill(comment);
  expect(await submit.isEnabled()).toBe(true);
  await submit.click();
}

/** Answers one statement at a time, as on a phone, with Skip. */
async function answerStepByStep(tab: FrameLocator, i: number): Promise<void> {
  for (let j = 0; j < 7; j++) {
    await tab.getByText(`${j + 1} of 7`, { exact: true }).waitFor();
    const value = answerOf(i, j);
    if (value === null) {
      await tab.getByRole('button', { name: 'Skip', exact: true }).click();
      continue;
    }
    await radio(tab, j, value).check();
    await tab.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await tab.getByRole('button', { name: 'Submit answers' }).click();
}

async function answer(user: SeedUser, i: number, titles: string[]): Promise<void> {
  const phone = i === 1;
  const { page, tab } = await openTab(user, phone ? 320 : 1280);
  for (const title of titles) {
    await card(tab, title).getByRole('button', { name: 'Answer now' }).click();
    if (phone) await answerStepByStep(tab, i);
    else await answerAllAtOnce(tab, i, i === 0 && title === released ? secretComment : undefined);
    await tab.getByText('Your answer is in.').waitFor({ timeout: 15_000 });
    // The confirmation never echoes the answers.
    const shown = (await tab.locator('body').textContent()) ?? '';
    expect(shown).not.toContain('Your choice');
    if (phone && title === released)
      await page.screenshot({ path: join(screenshots, 'pulse-answered-320.png') });
    await tab.getByRole('button', { name: 'Back to pulses' }).last().click();
    await card(tab, title).getByText("You've answered — thank you.").waitFor({ timeout: 15_000 });
    expect(await card(tab, title).getByRole('button', { name: 'Answer now' }).count()).toBe(0);
  }
  await page.close();
}

/** Every numeric leaf of a JSON value, by key, and any text with digits but the pulse's own id. */
function numericKeys(value: unknown, key = ''): string[] {
  if (key === 'pulseId' && typeof value === 'string') return [];
  if (typeof value === 'number') return [key];
  if (Array.isArray(value)) return value.flatMap((v) => numericKeys(v, key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => numericKeys(v, k));
  if (typeof value === 'string' && /\d/.test(value)) return [`${key} (digits in text)`];
  return [];
}

describe('pulses through the Teams stand-in', () => {
  it('owner creates, six members answer, owner closes and reads results; four answers stay withheld', async () => {
    const { page, tab } = await openTab(owner);
    const problems = watchConsole(page);
    await createPulse(tab, released, true);
    await createPulse(tab, withheld);
    await card(tab, released).getByText(notYet).waitFor();

    // Six members answer the first pulse; the first four also answer the second.
    for (const [i, member] of members.entries()) {
      await answer(member, i, i < 4 ? [released, withheld] : [released]);
    }

    // Owners see whether the threshold is reached, never a count.
    await page.reload();
    await card(tab, released).getByText(enough).waitFor({ timeout: 30_000 });
    await card(tab, withheld).getByText(notYet).waitFor();
    // The only number about answers is k, the threshold the owner chose; never n.
    for (const title of [released, withheld]) {
      const text = ((await card(tab, title).textContent()) ?? '').replace(notYet, '');
      expect(text).not.toMatch(/\d+\s*(of \d|responses|answers|answered|people)/i);
    }

    // Close the first pulse early and read its results.
    await card(tab, released).getByRole('button', { name: 'Close now' }).click();
    await tab.getByRole('button', { name: 'Close the pulse' }).click();
    // The past pulse shows its score in the list: one number on 0–100.
    const mean = expectedTeamMean(6);
    const score = String(Math.round(((mean - 1) / 6) * 100));
    await card(tab, released).getByText(`Team score ${score} of 100`).waitFor({ timeout: 15_000 });
    await card(tab, released).getByRole('button', { name: 'View results' }).click();
    await tab.getByRole('heading', { name: 'Team score' }).waitFor({ timeout: 15_000 });
    await tab.getByText(`${score} of 100`, { exact: true }).waitFor();
    await tab.getByText(/^Likely \d+ to \d+$/).waitFor();
    // One score: no 1–7 mean beside it.
    expect((await tab.locator('body').textContent()) ?? '').not.toMatch(/of 7\b/);
    await tab.getByText('6 of 8 answered (75%)').waitFor();
    const perStatement = tab.getByRole('list', { name: 'Results per statement' });
    expect(await perStatement.getByText('Reverse-scored: shown so higher is better').count()).toBe(
      3,
    );
    // The statement wording stays verbatim.
    for (const item of edmondsonItems)
      await perStatement.getByText(item.text, { exact: true }).waitFor();
    // The odd members skip the last statement: 3 answers < k = 5, so it shows no number.
    expect(await perStatement.getByText('Not enough answers to this statement').count()).toBe(1);
    expect(await tab.getByRole('table').getByRole('row').count()).toBe(8);
    // What to talk about next: the two lowest released statements, each with a question.
    const talk = tab.getByRole('region', { name: 'What to talk about next' });
    expect(await talk.getByRole('listitem').count()).toBe(2);
    expect(await talk.getByText('A question to open with:').count()).toBe(2);
    // Comments need ten answers: six is not enough, so the typed comment never appears.
    await tab.getByText('Comments show only when at least 10 people answer.').waitFor();
    expect((await tab.locator('body').textContent()) ?? '').not.toContain(secretComment);
    await page.screenshot({ path: join(screenshots, 'pulse-results-1280.png'), fullPage: true });
    await perStatement
      .getByRole('listitem')
      .filter({ hasText: 'Not enough answers to this statement' })
      .screenshot({ path: join(screenshots, 'pulse-statement-withheld-1280.png') });

    // Sharing asks first and says who sees what; the owner can stop sharing again.
    await tab.getByRole('button', { name: 'Share results with the team' }).click();
    const dialog = tab.getByRole('dialog', { name: 'Share these results with the team?' });
    await dialog.getByText(/All 8 members of this team will see/).waitFor();
    await dialog.getByText(/never see the comments/).waitFor();
    await dialog.getByRole('button', { name: 'Not now' }).click();
    await tab.getByText('Only owners see these results.').waitFor();
    expect(
      (await apiAs(members[0]!, 'GET', `/api/teams/${platform.id}/pulses`)).body,
    ).not.toMatchObject({
      pulses: expect.arrayContaining([expect.objectContaining({ title: released })]),
    });
    await tab.getByRole('button', { name: 'Share results with the team' }).click();
    await dialog.getByRole('button', { name: 'Share with the team' }).click();
    await tab.getByText('Shared with the team, without comments.').waitFor({ timeout: 15_000 });

    // A member reads them, then loses them, live, when the owner stops sharing.
    const reader = await openTab(members[0]!);
    const sharedCard = card(reader.tab, released);
    await sharedCard.getByText(`Team score ${score} of 100`).waitFor({ timeout: 15_000 });
    await sharedCard.getByRole('button', { name: 'View results' }).click();
    await reader.tab.getByRole('heading', { name: 'Team score' }).waitFor({ timeout: 15_000 });
    await tab.getByRole('button', { name: 'Stop sharing' }).click();
    await tab
      .getByRole('dialog', { name: 'Stop sharing these results?' })
      .getByRole('button', { name: 'Yes, stop sharing' })
      .click();
    await tab.getByText('Only owners see these results.').waitFor({ timeout: 15_000 });
    await reader.tab.getByText('No results have been shared with the team yet.').waitFor({
      timeout: 15_000,
    });
    expect(await reader.tab.getByRole('heading', { name: 'Team score' }).count()).toBe(0);
    expect(await card(reader.tab, released).count()).toBe(0);
    await reader.page.close();
    const pulseId = await (async () => {
      const list = (await apiAs(owner, 'GET', `/api/teams/${platform.id}/pulses`)).body as {
        pulses: { id: string; title: string }[];
      };
      return list.pulses.find((p) => p.title === released)!.id;
    })();
    expect((await apiAs(members[0]!, 'GET', `/api/pulses/${pulseId}/results`)).status).toBe(403);
    await tab.getByRole('button', { name: '← Back to pulses' }).click();

    // Close the second: four answers is below k = 5. It says so, with no "View results" to a dead end.
    await card(tab, withheld).getByRole('button', { name: 'Close now' }).click();
    await tab.getByRole('button', { name: 'Close the pulse' }).click();
    await card(tab, withheld)
      .getByText('Not enough responses to show results.')
      .waitFor({ timeout: 15_000 });
    expect(await card(tab, withheld).getByRole('button').count()).toBe(0);
    expect((await card(tab, withheld).textContent()) ?? '').not.toContain('Team score');
    const withheldId = (
      (await apiAs(owner, 'GET', `/api/teams/${platform.id}/pulses`)).body as {
        pulses: { id: string; title: string }[];
      }
    ).pulses.find((p) => p.title === withheld)!.id;
    const { body } = await apiAs(owner, 'GET', `/api/pulses/${withheldId}/results`);
    expect(body).toMatchObject({ status: 'not-enough-responses', invited: 8 });
    expect(numericKeys(body)).toEqual(['invited']);
    expect(body).toHaveProperty('pulseId', expect.stringMatching(/^[0-9a-f-]{36}$/));
    expect(problems.errors).toEqual([]);
    await page.close();
  });

  it('results at 320 px read without sideways scrolling, in light and dark', async () => {
    for (const theme of ['default', 'dark'] as const) {
      const { page, tab } = await openTab(owner, 320, theme);
      await card(tab, released).getByRole('button', { name: 'View results' }).click();
      await tab.getByRole('heading', { name: 'Team score' }).waitFor({ timeout: 15_000 });
      // The side-by-side table gives way to the stacked list, which carries the same numbers.
      expect(await tab.getByRole('table').isVisible()).toBe(false);
      await tab.getByRole('list', { name: 'Results per statement' }).waitFor();
      expect(await sideways(tab)).toEqual({ fits: true, outside: [] });
      await page.screenshot({
        path: join(screenshots, `pulse-results-320-${theme}.png`),
        fullPage: true,
      });
      await page.close();
    }
  });

  it('a long history shows Open, Scheduled and Past sections, ten past pulses at a time', async () => {
    const day = 86_400_000;
    for (let i = 0; i < 12; i++) {
      const created = await apiAs(owner, 'POST', `/api/teams/${platform.id}/pulses`, {
        title: `Weekly psychological safety pulse ${i + 1}`,
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        closesAt: new Date(Date.now() + day).toISOString(),
      });
      expect(created.status).toBe(201);
      const id = (created.body as { pulse: { id: string } }).pulse.id;
      expect((await apiAs(owner, 'POST', `/api/pulses/${id}/close`, {})).status).toBe(200);
    }
    const later = await apiAs(owner, 'POST', `/api/teams/${platform.id}/pulses`, {
      title: 'Next month',
      opensAt: new Date(Date.now() + 20 * day).toISOString(),
      closesAt: new Date(Date.now() + 21 * day).toISOString(),
    });
    expect(later.status).toBe(201);

    const { page, tab } = await openTab(owner, 320);
    const section = (name: RegExp) => tab.getByRole('region', { name });
    await section(/^Open/).getByText('No pulse is open right now.').waitFor();
    expect(
      await section(/^Scheduled/)
        .getByRole('article')
        .count(),
    ).toBe(1);
    // 14 past pulses: the two from the first test and twelve closed with no answers.
    const past = section(/^Past \(14\)$/);
    expect(await past.getByRole('article').count()).toBe(10);
    expect(
      await past.getByText('Not enough responses to show results.').count(),
    ).toBeGreaterThanOrEqual(9);
    expect(await sideways(tab)).toEqual({ fits: true, outside: [] });
    const height = await tab.locator('html').evaluate((html) => html.scrollHeight);
    await page.screenshot({ path: join(screenshots, 'pulse-list-320.png'), fullPage: true });
    await past.getByRole('button', { name: 'Show 4 more (4 not shown)' }).click();
    expect(await past.getByRole('article').count()).toBe(14);
    expect(await past.getByRole('button', { name: /Show/ }).count()).toBe(0);
    // Focus moves to the first newly shown pulse, not back to the top.
    expect(
      await past
        .getByRole('article')
        .nth(10)
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    // Ten compact cards, not a wall: well under the old ~150 px per card for 14.
    expect(height).toBeLessThan(2600);
    await page.close();
  });
});
