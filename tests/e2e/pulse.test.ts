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

async function openTab(user: SeedUser, width = 1280): Promise<{ page: Page; tab: FrameLocator }> {
  const { page } = await newPage(browser, { width, height: 900 });
  await page.goto(`${stack.appUrl}/devhost/?view=channel&team=${platform.id}&user=${user.id}`);
  const tab = page.frameLocator(`iframe[title="Channel tab — ${user.displayName}"]`);
  await tab.getByRole('heading', { name: 'Pulses', exact: true }).waitFor({ timeout: 30_000 });
  return { page, tab };
}

const card = (tab: FrameLocator, title: string) => tab.getByRole('article', { name: title });

async function createPulse(tab: FrameLocator, title: string): Promise<void> {
  await tab.getByRole('button', { name: 'New pulse' }).click();
  await tab.getByLabel('Title').fill(title);
  await tab.getByRole('button', { name: 'Create pulse' }).click();
  await card(tab, title).waitFor({ timeout: 15_000 });
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
    else await answerAllAtOnce(tab, i, i === 0 ? secretComment : undefined);
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
    await createPulse(tab, released);
    await createPulse(tab, withheld);
    await card(tab, released).getByText('Threshold reached: not yet').waitFor();

    // Six members answer the first pulse; the first four also answer the second.
    for (const [i, member] of members.entries()) {
      await answer(member, i, i < 4 ? [released, withheld] : [released]);
    }

    // Owners see whether the threshold is reached, never a count.
    await page.reload();
    await card(tab, released).getByText('Threshold reached: yes').waitFor({ timeout: 30_000 });
    await card(tab, withheld).getByText('Threshold reached: not yet').waitFor();
    expect((await card(tab, released).textContent()) ?? '').not.toMatch(
      /\d+\s*(of \d|responses|answers|answered|people)/i,
    );

    // Close the first pulse early and read its results.
    await card(tab, released).getByRole('button', { name: 'Close now' }).click();
    await tab.getByRole('button', { name: 'Close the pulse' }).click();
    await card(tab, released).getByRole('button', { name: 'View results' }).click();
    await tab.getByText('Team score (1–7)').waitFor({ timeout: 15_000 });
    const mean = expectedTeamMean(6);
    await tab.getByText(`${mean.toFixed(2)} of 7`, { exact: true }).waitFor();
    await tab.getByText(`${Math.round(((mean - 1) / 6) * 100)} of 100`, { exact: true }).waitFor();
    await tab.getByText('6 of 8 answered (75%)').waitFor();
    const perStatement = tab.getByRole('list', { name: 'Results per statement' });
    expect(await perStatement.getByText('(R) reverse-scored').count()).toBe(3);
    // The odd members skip the last statement: 3 answers < k = 5, so it shows no number.
    expect(await perStatement.getByText('Not enough answers to this statement').count()).toBe(1);
    expect(await tab.getByRole('table').getByRole('row').count()).toBe(8);
    // Comments need ten answers: six is not enough, so the typed comment never appears.
    await tab.getByText('Comments show only when at least 10 people answer.').waitFor();
    expect((await tab.locator('body').textContent()) ?? '').not.toContain(secretComment);
    await page.screenshot({ path: join(screenshots, 'pulse-results-1280.png') });
    await perStatement
      .getByRole('listitem')
      .filter({ hasText: 'Not enough answers to this statement' })
      .screenshot({ path: join(screenshots, 'pulse-statement-withheld-1280.png') });
    await tab.getByRole('button', { name: '← Back to pulses' }).click();

    // Close the second: four answers is below k = 5.
    await card(tab, withheld).getByRole('button', { name: 'Close now' }).click();
    await tab.getByRole('button', { name: 'Close the pulse' }).click();
    const view = card(tab, withheld).getByRole('button', { name: 'View results' });
    await view.waitFor({ timeout: 15_000 });
    const response = page.waitForResponse((r) =>
      /^\/api\/pulses\/[^/]+\/results$/.test(new URL(r.url()).pathname),
    );
    await view.click();
    const body: unknown = await (await response).json();
    expect(body).toMatchObject({ status: 'not-enough-responses', invited: 8 });
    expect(numericKeys(body)).toEqual(['invited']);
    expect(body).toHaveProperty('pulseId', expect.stringMatching(/^[0-9a-f-]{36}$/));
    await tab.getByText('Not enough responses to protect anonymity').waitFor();
    await tab.getByText('8 people were invited.').waitFor();
    expect((await tab.locator('body').textContent()) ?? '').not.toContain('Team score');
    expect(problems.errors).toEqual([]);
    await page.close();
  });
});
