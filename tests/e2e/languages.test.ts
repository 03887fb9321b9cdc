/**
 * Candor in German and Japanese at 320 px (issue #15): the side panel in Gather, Vote and Close, and
 * the pulse answer flow, with the Teams client language set in the stand-in. Each view must show
 * the catalogue's words (not English), follow the locale's date format, and fit 320 px with
 * German compounds and Japanese lines. Screenshots: test-results/screenshots/languages/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo, userById, type SeedUser } from '../../devhost/seed.js';
import { en } from '../../shared/i18n/en/index.js';
import { de } from '../../shared/i18n/de/index.js';
import { ja } from '../../shared/i18n/ja/index.js';
import { newPage, watchConsole } from './support/browser.js';
import { apiAs, expectNothingSideways, frameOf, setTheme } from './support/narrow.js';
import { shootPanel } from './support/retro-views.js';
import { e2eSession } from './support/session.js';

const session = e2eSession();
const api = <T = unknown>(user: { id: string }, method: string, path: string, body?: unknown) =>
  apiAs(session.stack)<T>(user, method, path, body);

const languages = [
  { locale: 'de-de', catalogue: de },
  { locale: 'ja-jp', catalogue: ja },
] as const;

/** The catalogue's text for an English sentence the UI shows (its first id with that text). */
function translated(catalogue: Readonly<Record<string, string>>, english: string): string {
  const id = Object.entries(en).find(([, text]) => text === english)?.[0];
  if (!id)
    throw new Error(
      `No catalogue message reads "${english}"; the test names a sentence the UI no longer has.`,
    );
  return catalogue[id]!;
}

/** The words inside `<tag>…</tag>` of the catalogue message whose English has `<tag>english</tag>`. */
function translatedTag(
  catalogue: Readonly<Record<string, string>>,
  tag: string,
  english: string,
): string {
  const id = Object.entries(en).find(([, text]) =>
    text.includes(`<${tag}>${english}</${tag}>`),
  )?.[0];
  const found = id ? new RegExp(`<${tag}>(.*?)</${tag}>`).exec(catalogue[id]!) : null;
  if (!found) throw new Error(`No catalogue message has <${tag}>${english}</${tag}>.`);
  return found[1]!;
}

const shotsDir = join(import.meta.dirname, '../../test-results/screenshots/languages');
const shot = (name: string) => {
  mkdirSync(shotsDir, { recursive: true });
  return join(shotsDir, `${name}.png`);
};

const sync = demo.weeklySync;
const [facilitator, member] = sync.members.slice(0, 2).map((m) => userById(m.userId)!) as [
  SeedUser,
  SeedUser,
];

describe.each(languages)('the side panel in $locale at 320 px', ({ locale, catalogue }) => {
  let page: Page;
  let retroId = '';
  const title = (u: SeedUser) => `Side panel — ${u.displayName}`;
  const panel = (u: SeedUser): FrameLocator => page.frameLocator(`iframe[title="${title(u)}"]`);
  const command = (u: SeedUser, body: unknown) =>
    api(u, 'POST', `/api/retros/${encodeURIComponent(retroId)}/commands`, body);

  async function look(phase: string, english: string): Promise<void> {
    const heading = translated(catalogue, english);
    expect(heading).not.toBe(english);
    for (const user of [facilitator, member]) {
      await panel(user)
        .getByRole('heading', { name: heading, exact: true })
        .first()
        .waitFor({ timeout: 20_000 });
      const frame = await frameOf(panel(user));
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe(locale);
      for (const theme of ['light', 'dark'] as const) {
        await setTheme(page, theme);
        await expectNothingSideways(frame, `${locale} ${phase} ${theme}`);
      }
      await setTheme(page, 'light');
      await shootPanel(
        page,
        title(user),
        shot(`${locale}-${phase}-${user === facilitator ? 'facilitator' : 'member'}`),
      );
    }
  }

  it('gather, vote and close speak the language and fit', async () => {
    const created = await api<{ retro: { id: string } }>(facilitator, 'POST', '/api/retros', {
      chatId: sync.chatId,
      templateId: 'start-stop-continue',
      title: 'Sprint 42',
      options: { skip: ['checkin', 'review', 'group', 'discuss'] },
    });
    retroId = created.retro.id;
    ({ page } = await newPage(session.browser, { width: 1400, height: 1000 }));
    const problems = watchConsole(page);
    await page.goto(
      `${session.stack.appUrl}/devhost/?view=meeting&meeting=${encodeURIComponent(sync.chatId)}&participants=2&locale=${locale}`,
    );
    await look('gather', 'Gather');
    await command(member, {
      type: 'addCard',
      columnId: 'stop',
      text: 'Qualitätssicherungsmaßnahmenverantwortlichkeitsbereich 品質保証の責任範囲を明確にする',
    });
    await command(facilitator, { type: 'addCard', columnId: 'start', text: 'Pairing' });
    await command(facilitator, { type: 'advance' });
    await look('vote', 'Vote');
    await command(facilitator, { type: 'advance' });
    await command(facilitator, { type: 'advance' });
    await look('close', 'Close');
    await command(facilitator, { type: 'end' });
    expect(problems.errors).toEqual([]);
    await page.close();
  });
});

describe.each(languages)('the pulse answer flow in $locale at 320 px', ({ locale, catalogue }) => {
  const team = demo.platform;
  const owner = userById(team.members.find((m) => m.role === 'owner')!.userId)!;
  const answering = userById(team.members.find((m) => m.role === 'member')!.userId)!;

  it('answers a pulse in the language, with English statements unless a validated translation exists', async () => {
    const pulseTitle = `Pulse ${locale}`;
    await api(owner, 'POST', `/api/teams/${team.id}/pulses`, {
      title: pulseTitle,
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    });
    const { page } = await newPage(session.browser, { width: 400, height: 900 });
    const problems = watchConsole(page);
    await page.goto(
      `${session.stack.appUrl}/devhost/?view=channel&team=${team.id}&user=${answering.id}&locale=${locale}`,
    );
    const tabTitle = `Channel tab — ${answering.displayName}`;
    await page.locator(`iframe[title="${tabTitle}"]`).evaluate((el: HTMLElement) => {
      el.style.boxSizing = 'content-box';
      el.style.width = '320px';
      el.style.maxWidth = 'none';
    });
    const tab = page.frameLocator(`iframe[title="${tabTitle}"]`);
    const card = tab.getByRole('article', { name: pulseTitle });
    await card.waitFor({ timeout: 30_000 });
    await card.getByRole('button', { name: translated(catalogue, 'Answer now') }).click();
    await tab.getByRole('radio').first().waitFor({ timeout: 15_000 });
    const frame = await frameOf(tab);
    await expectNothingSideways(frame, `${locale} answer step`);
    await shootPanel(page, tabTitle, shot(`${locale}-pulse-answer`));
    for (let j = 0; j < 7; j++) {
      await tab.getByRole('radio').nth(4).check();
      await tab.getByRole('button', { name: translated(catalogue, 'Next'), exact: true }).click();
    }
    await tab.getByRole('textbox').waitFor();
    await expectNothingSideways(frame, `${locale} comment step`);
    await shootPanel(page, tabTitle, shot(`${locale}-pulse-comment`));
    await tab.getByRole('button', { name: translated(catalogue, 'Submit answers') }).click();
    await tab
      .getByText(translatedTag(catalogue, 'title', 'Your answer is in.'))
      .waitFor({ timeout: 15_000 });
    await shootPanel(page, tabTitle, shot(`${locale}-pulse-answered`));
    expect(problems.errors).toEqual([]);
    await page.close();
  });
});
