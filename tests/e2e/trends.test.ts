/**
 * Trends end to end (issue 5): the demo history (generated through the real write paths) seen
 * through the Teams stand-in in real Chromium. Owners see the trends and retro health; members see
 * only shared pulses, never comments, and are refused the owner-only export.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
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
    await tab.getByText(/^Change since the last pulse/).waitFor();
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

    // Items × pulses grid with reverse-scored items marked.
    const grid = tab.getByRole('table', { name: 'Mean answer per item and pulse (1–7)' });
    expect(await grid.getByRole('rowheader').filter({ hasText: '(R)' }).count()).toBe(3);

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
        expect(problems.errors).toEqual([]);
        await page.close();
      }
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
