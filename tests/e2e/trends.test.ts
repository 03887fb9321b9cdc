/**
 * Trends end to end (issue 5): the demo history (generated through the real write paths) seen
 * through the Teams stand-in in real Chromium. Owners see the trends and retro health; members see
 * only shared pulses, never comments, and are refused the owner-only export.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pulseLabels } from '../../client/trends/series.js';
import type { TrendPulse } from '../../shared/trends/api.js';
import { demo, userById, type SeedUser } from '../../devhost/seed.js';
import { newPage, watchConsole } from './support/browser.js';
import { e2eSession } from './support/session.js';

const screenshots = join(import.meta.dirname, '../../test-results/screenshots');
const platform = demo.platform;
const person = (role: 'owner' | 'member'): SeedUser =>
  userById(platform.members.find((m) => m.role === role)!.userId)!;
const owner = person('owner');
const member = person('member');

const session = e2eSession({ demoData: 'trends' });

const tabTitle = (user: SeedUser) => `Channel tab — ${user.displayName}`;

/** Opens the channel tab and the trends view; returns the trends JSON the view loaded. */
async function openTrends(
  user: SeedUser,
  options: { width: number; theme?: 'default' | 'dark' | 'contrast' },
): Promise<{ page: Page; tab: FrameLocator; body: unknown }> {
  const { page } = await newPage(session.browser, { width: options.width, height: 900 });
  const theme = options.theme && options.theme !== 'default' ? `&theme=${options.theme}` : '';
  await page.goto(
    `${session.stack.appUrl}/devhost/?view=channel&team=${platform.id}&user=${user.id}${theme}`,
  );
  const tab = page.frameLocator(`iframe[title="${tabTitle(user)}"]`);
  const response = page.waitForResponse(
    (r) => new URL(r.url()).pathname === `/api/teams/${platform.id}/trends`,
    { timeout: 30_000 },
  );
  await tab.getByRole('button', { name: 'Trends', exact: true }).click({ timeout: 30_000 });
  const body: unknown = await (await response).json();
  await tab.getByRole('heading', { name: 'Trends', exact: true }).waitFor();
  return { page, tab, body };
}

type TrendsBody = {
  role: string;
  pulses: Array<Record<string, unknown> & { status: string; shared: boolean }>;
  retroHealth: unknown;
};

/** The stand-in's Teams locale (devhost/standin/frame-context.ts): labels read "Dec 4, 2026". */
const locale = 'en-US';

/** The trends JSON for a range, fetched as `user`. */
async function fetchTrends(user: SeedUser, range: string): Promise<TrendPulse[]> {
  const res = await fetch(
    `${session.stack.appUrl}/api/teams/${platform.id}/trends?range=${range}`,
    {
      headers: { authorization: `Bearer ${await session.stack.idp.issueUserToken(user.id)}` },
    },
  );
  return ((await res.json()) as { pulses: TrendPulse[] }).pulses;
}

/** "From the pulse of <date> to the pulse of <date>": the two latest released pulses, by date. */
function expectedPair(pulses: readonly TrendPulse[]): string {
  const labels = pulseLabels(pulses, locale);
  const released = pulses.flatMap((p, i) => (p.status === 'released' ? [labels[i]] : []));
  return `From the pulse of ${released.at(-2)} to the pulse of ${released.at(-1)}`;
}

/**
 * Elements that stick out of the frame's width without a scrolling (or clipping) box around them
 * that holds them: what would make a 320 px panel scroll sideways, or cut content off unseen.
 */
async function sidewaysOffenders(tab: FrameLocator): Promise<string[]> {
  return tab.locator('html').evaluate((html) => {
    const width = html.clientWidth;
    const clipped = (el: Element): boolean => {
      for (let a = el.parentElement; a && a !== html; a = a.parentElement) {
        const overflowX = getComputedStyle(a).overflowX;
        if (overflowX !== 'visible') return true;
      }
      return false;
    };
    return [...html.querySelectorAll('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 1 || box.left < -1) && !clipped(el);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`);
  });
}

/** Every key anywhere in a JSON value. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]);
  return [];
}

describe('trends through the Teams stand-in', () => {
  it('shows an owner the trends, with labelled gaps and no number below threshold', async () => {
    const { page, tab, body } = await openTrends(owner, { width: 1280 });
    const problems = watchConsole(page);
    const trends = body as TrendsBody;
    expect(trends.role).toBe('owner');
    expect(trends.retroHealth).not.toBeNull();
    const withheld = trends.pulses.filter((p) => p.status === 'not-enough-responses');
    expect(trends.pulses.length).toBeGreaterThan(withheld.length);
    // The 12-month demo has a below-threshold pulse; in 6 months there may be none, so widen.
    if (withheld.length === 0) await tab.getByRole('tab', { name: '12 months' }).click();
    for (const pulse of withheld) {
      expect(Object.keys(pulse).sort()).toEqual(
        ['closedAt', 'invited', 'itemSetId', 'pulseId', 'shared', 'status', 'title'].sort(),
      );
    }

    await tab.getByRole('heading', { name: 'Team score' }).waitFor();
    await tab.getByText(/^Latest change/).waitFor();
    await tab.getByRole('heading', { name: 'Retro health', exact: true }).waitFor();
    await tab.getByRole('button', { name: 'Export CSV' }).waitFor();
    // The lazily loaded chart renders an SVG.
    await tab.locator('svg').first().waitFor({ timeout: 30_000 });

    // The chart's text alternative is a real table; the withheld pulse is a labelled gap.
    await tab.getByRole('button', { name: 'Show as table' }).first().click();
    const table = tab.getByRole('table', { name: 'Team score per pulse' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(1);
    await tab.getByRole('tab', { name: '12 months' }).click();
    await table
      .getByText(/^Not enough responses/)
      .first()
      .waitFor({ timeout: 15_000 });

    // Statements × pulses grid, newest pulse first, with reverse-scored statements marked.
    const grid = tab.getByRole('table', {
      name: 'Average answer per statement and pulse (1–7), newest pulse first',
    });
    expect(await grid.getByRole('rowheader').filter({ hasText: '(R)' }).count()).toBe(3);
    const year = await fetchTrends(owner, '12m');
    const newestFirst = pulseLabels(year, locale).reverse();
    await expect
      .poll(() => grid.getByRole('columnheader').allInnerTexts())
      .toEqual(['Statement', ...newestFirst]);

    // The latest change compares the two latest pulses with results, for owners as for members,
    // and says so when the latest pulse had too few responses.
    const changeText = tab.getByText(/^Latest change/).locator('xpath=..');
    await expect.poll(() => changeText.innerText()).toContain(expectedPair(year));
    const latestWithheld = year.at(-1)?.status === 'not-enough-responses';
    expect((await changeText.innerText()).includes('The latest pulse, closed')).toBe(
      latestWithheld,
    );

    // The score chart: a line inside its interval band, withheld pulses as labelled hatched gaps.
    const score = tab.getByRole('img', {
      name: /^Team score per pulse, 1 to 7, with its 95% interval/,
    });
    await score.waitFor();
    expect(await score.getAttribute('aria-label')).toMatch(/had too few responses to show/);
    expect(await score.locator('rect title').first().textContent()).toMatch(
      /not enough responses$/,
    );

    // Export CSV: a real download whose rows are the released pulses only.
    const download = page.waitForEvent('download');
    await tab.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^candor-trends-12m-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await file.path())!, 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    const shown = await fetch(`${session.stack.appUrl}/api/teams/${platform.id}/trends?range=12m`, {
      headers: { authorization: `Bearer ${await session.stack.idp.issueUserToken(owner.id)}` },
    });
    const twelve = (await shown.json()) as TrendsBody;
    const released = twelve.pulses.filter((p) => p.status === 'released');
    const gaps = twelve.pulses.filter((p) => p.status !== 'released');
    expect(gaps.length).toBeGreaterThan(0);
    const pulseRows = lines.slice(1, lines.indexOf(''));
    // Every cell is quoted (server/trends/csv.ts).
    expect(lines[0]).toMatch(/^"pulse","closed","status","responses","invited"/);
    expect(pulseRows).toHaveLength(twelve.pulses.length);
    // A withheld pulse is a labelled gap: its title and date, and not one figure.
    const withheldRows = pulseRows.filter((row) => row.endsWith(',"not enough responses"'));
    expect(withheldRows).toHaveLength(gaps.length);
    for (const row of withheldRows)
      expect(row).toMatch(/^"(?:[^"]|"")*","\d{4}-\d{2}-\d{2}","not enough responses"$/);
    expect(pulseRows.filter((row) => row.includes(',"released",'))).toHaveLength(released.length);

    expect(problems.errors).toEqual([]);
    await page.close();
  });

  it('saves screenshots at 320 and 1280 px in light and dark, and at 320 px in high contrast', async () => {
    const shots = [
      ...(['default', 'dark'] as const).flatMap((theme) =>
        [320, 1280].map((width) => ({ theme, width })),
      ),
      { theme: 'contrast' as const, width: 320 },
    ];
    for (const { theme, width } of shots) {
      {
        const { page, tab } = await openTrends(owner, { width, theme });
        const problems = watchConsole(page);
        await tab.getByRole('heading', { name: 'Team score' }).waitFor();
        await tab.locator('svg').first().waitFor({ timeout: 30_000 });
        // The first chart in view: at 320 px it sits below the header and the change note.
        await tab.getByRole('heading', { name: 'Team score' }).scrollIntoViewIfNeeded();
        const name = theme === 'default' ? 'light' : theme;
        await page.screenshot({ path: join(screenshots, `trends-${name}-${width}.png`) });
        // And the whole score chart section, to check the band, the gaps and the legend.
        await tab
          .getByRole('region', { name: 'Team score', exact: true })
          .screenshot({ path: join(screenshots, `trends-score-${name}-${width}.png`) });
        await tab
          .getByRole('region', { name: 'Favourable, neutral and unfavourable', exact: true })
          .screenshot({ path: join(screenshots, `trends-favourability-${name}-${width}.png`) });
        // The statement grid, where statements with too few answers are withheld.
        await tab
          .getByRole('region', { name: 'Each statement over time', exact: true })
          .screenshot({ path: join(screenshots, `trends-statements-${name}-${width}.png`) });
        // Nothing scrolls sideways in a 320 px side panel or tab.
        const overflow = await tab
          .locator('html')
          .evaluate((html) => html.scrollWidth - html.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        expect(await sidewaysOffenders(tab)).toEqual([]);
        expect(problems.errors).toEqual([]);
        await page.close();
      }
    }
  });

  it('at 320 px with 40-character names and a withheld latest pulse: newest first, every legend named, nothing sideways', async () => {
    // Hostile content through the real client: the server's answer with 40-character titles (one
    // a single unbroken word), a meeting whose latest retro has one too, and a newest pulse that
    // had too few responses. The server skips a withheld pulse in its changes, so they still hold.
    const longTitle = 'Quarterly psychological safety check-in!';
    const longWord = 'Psychologicalsafetypulseforplatformteams';
    expect([longTitle.length, longWord.length]).toEqual([40, 40]);
    const withheldAt = new Date(Date.now() - 60_000).toISOString();
    for (const theme of ['default', 'dark'] as const) {
      const { page } = await newPage(session.browser, { width: 320, height: 900 });
      const problems = watchConsole(page);
      await page.route(
        (url) => url.pathname === `/api/teams/${platform.id}/trends`,
        async (route) => {
          const response = await route.fetch();
          const body = (await response.json()) as { pulses: TrendPulse[] };
          const pulses = body.pulses.map((p, i) => ({
            ...p,
            title: i % 2 === 0 ? longTitle : longWord,
          }));
          const last = pulses.at(-1);
          if (last) {
            pulses.push({
              status: 'not-enough-responses',
              pulseId: 'withheld-latest',
              title: longWord,
              closedAt: withheldAt,
              itemSetId: last.itemSetId,
              shared: false,
              invited: 8,
            });
          }
          await route.fulfill({ response, json: { ...body, pulses } });
        },
      );
      await page.route(
        (url) => url.pathname === `/api/teams/${platform.id}/linked-meetings`,
        async (route) => {
          const response = await route.fetch();
          const body = (await response.json()) as {
            links: { latestRetro: { title: string } | null }[];
          };
          const links = body.links.map((l) => ({
            ...l,
            latestRetro: l.latestRetro && { ...l.latestRetro, title: longWord },
          }));
          await route.fulfill({ response, json: { links } });
        },
      );
      const themeParam = theme === 'dark' ? '&theme=dark' : '';
      await page.goto(
        `${session.stack.appUrl}/devhost/?view=channel&team=${platform.id}&user=${owner.id}${themeParam}`,
      );
      const tab = page.frameLocator(`iframe[title="${tabTitle(owner)}"]`);
      await tab.getByRole('button', { name: 'Trends', exact: true }).click({ timeout: 30_000 });
      await tab.getByRole('heading', { name: 'Team score' }).waitFor({ timeout: 30_000 });

      // The change names the two latest pulses with results, and says the newest was withheld.
      const shown = await fetchTrends(owner, '6m');
      const withLatest = [
        ...shown,
        { ...shown[0]!, status: 'not-enough-responses', pulseId: 'x', closedAt: withheldAt },
      ] as TrendPulse[];
      const latestLabel = pulseLabels(withLatest, locale).at(-1)!;
      const changeText = tab.getByText(/^Latest change/).locator('xpath=..');
      expect(await changeText.innerText()).toContain(expectedPair(shown));
      expect(await changeText.innerText()).toContain(
        `The latest pulse, closed ${latestLabel}, had too few responses to show, so it is left out.`,
      );

      // The statement grid opens on the newest pulse: its first column, in view without scrolling.
      const grid = tab.getByRole('table', {
        name: 'Average answer per statement and pulse (1–7), newest pulse first',
      });
      const region = tab.getByRole('region', {
        name: 'Average answer per statement and pulse (1–7), newest pulse first',
      });
      const newest = grid.getByRole('columnheader').nth(1);
      expect(await newest.innerText()).toBe(latestLabel);
      const regionBox = (await region.boundingBox())!;
      const newestBox = (await newest.boundingBox())!;
      expect(newestBox.x + newestBox.width).toBeLessThanOrEqual(regionBox.x + regionBox.width);
      expect(await region.evaluate((el) => el.scrollLeft)).toBe(0);

      // Every series in the bar charts' legends is named on screen at 320 px: no "+3 more".
      for (const [section, names] of [
        [
          'Favourable, neutral and unfavourable',
          ['Favourable', 'Neutral', 'Unfavourable', 'Not enough responses'],
        ],
        ['Response rate', ['Response rate', 'Not enough responses']],
      ] as const) {
        const chart = tab.getByRole('region', { name: section, exact: true });
        await chart.scrollIntoViewIfNeeded();
        await chart.locator('svg').first().waitFor({ timeout: 30_000 });
        for (const series of names) {
          // Each entry is a button holding its series name; a folded one is not visible.
          const entry = chart.locator('button').filter({ hasText: new RegExp(`^${series}$`) });
          expect(await entry.isVisible(), `${section}: ${series}`).toBe(true);
          const box = (await entry.boundingBox())!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(320);
        }
        expect(await chart.getByText(/more$/).count()).toBe(0);
      }

      const name = theme === 'default' ? 'light' : theme;
      await tab
        .getByRole('region', { name: 'Favourable, neutral and unfavourable', exact: true })
        .screenshot({ path: join(screenshots, `trends-hostile-favourability-${name}-320.png`) });

      // Every table open and the meetings listed: still nothing scrolls sideways.
      // Each button becomes "Hide table" once pressed, so press the first one left each time.
      const showTable = tab.getByRole('button', { name: 'Show as table' });
      expect(await showTable.count()).toBe(3);
      while ((await showTable.count()) > 0) await showTable.first().click();
      const meetings = tab.getByRole('region', { name: 'Meetings in these trends' });
      await meetings.getByRole('list', { name: 'Linked meetings' }).waitFor({ timeout: 30_000 });
      await meetings.getByText(`Latest retro: ${longWord}`).waitFor();
      const overflow = await tab
        .locator('html')
        .evaluate((html) => html.scrollWidth - html.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await sidewaysOffenders(tab)).toEqual([]);

      await tab.getByText(/^Latest change/).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(screenshots, `trends-hostile-change-${name}-320.png`) });
      await region.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(screenshots, `trends-hostile-grid-${name}-320.png`) });
      await tab
        .getByRole('region', { name: 'Team score per pulse, newest first' })
        .scrollIntoViewIfNeeded();
      await page.screenshot({
        path: join(screenshots, `trends-hostile-score-table-${name}-320.png`),
      });
      await meetings.screenshot({
        path: join(screenshots, `trends-hostile-meetings-${name}-320.png`),
      });
      expect(problems.errors).toEqual([]);
      await page.close();
    }
  });

  it('shows members only shared pulses, without comments, and refuses them the owner-only parts', async () => {
    const { page, tab, body } = await openTrends(member, { width: 1280 });
    const trends = body as TrendsBody;
    expect(trends.role).toBe('member');
    expect(trends.retroHealth).toBeNull();
    expect(trends.pulses.length).toBeGreaterThan(0);
    expect(trends.pulses.every((p) => p.shared)).toBe(true);
    expect(keysOf(body)).not.toContain('comments');
    await tab.getByRole('heading', { name: 'Team score' }).waitFor();
    // The same rule as for owners: the two latest pulses with results, by date.
    const released = (body as { pulses: TrendPulse[] }).pulses.filter(
      (p) => p.status === 'released',
    );
    if (released.length >= 2) {
      const changeText = tab.getByText(/^Latest change/).locator('xpath=..');
      expect(await changeText.innerText()).toContain(
        expectedPair((body as { pulses: TrendPulse[] }).pulses),
      );
    }
    expect(await tab.getByRole('heading', { name: 'Retro health', exact: true }).count()).toBe(0);
    expect(await tab.getByRole('button', { name: 'Export CSV' }).count()).toBe(0);

    // A shared pulse's results, as a member reads them: no comments.
    const shared = trends.pulses.find((p) => p.status === 'released')!;
    const token = await session.stack.idp.issueUserToken(member.id);
    const auth = { authorization: `Bearer ${token}` };
    const results = await fetch(
      `${session.stack.appUrl}/api/pulses/${String(shared.pulseId)}/results`,
      {
        headers: auth,
      },
    );
    expect(results.status).toBe(200);
    const resultsBody = (await results.json()) as { comments?: unknown };
    expect(resultsBody.comments ?? null).toBeNull();

    // The owner-only export is refused.
    const csv = await fetch(
      `${session.stack.appUrl}/api/teams/${platform.id}/trends.csv?range=all`,
      {
        headers: auth,
      },
    );
    expect(csv.status).toBe(403);
    await tab.locator('svg').first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(screenshots, 'trends-member-1280.png') });
    await page.close();
  });
});
