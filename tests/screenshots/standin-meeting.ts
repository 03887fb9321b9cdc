/**
 * Writes README's first image, docs/screenshots/standin-meeting.png: the Teams stand-in's meeting view
 * with three side panels in a retro's check-in. Run it after `npm run build && npm run build:devhost`:
 * `node --import tsx tests/screenshots/standin-meeting.ts` (add `6` for six panels, to see the
 * connection warning; that shot goes to test-results/ instead).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { demo } from '../../devhost/seed.js';
import { repoRoot } from '../../devhost/stack.js';
import { ensureTrustedCa } from '../../devhost/trusted-ca.js';
import { launchBrowser, newPage } from '../e2e/support/browser.js';
import { startTestStack } from '../e2e/support/stack.js';

await ensureTrustedCa();
const participants = Number(process.argv[2] ?? 3);
const out =
  participants === 3
    ? resolve(repoRoot, 'docs', 'screenshots', 'standin-meeting.png')
    : resolve(repoRoot, 'test-results', `standin-meeting-${participants}.png`);
const stack = await startTestStack();
const browser = await launchBrowser();
try {
  const { page } = await newPage(browser, { width: participants === 3 ? 1040 : 1400, height: 900 });
  await page.goto(
    `${stack.appUrl}/devhost/?view=meeting&meeting=${encodeURIComponent(demo.weeklySync.chatId)}&participants=${participants}`,
  );
  if (participants === 3) {
    const adele = page.frameLocator('iframe[title="Side panel — Adele Vance"]');
    await adele.getByRole('button', { name: 'Set up a retro' }).click({ timeout: 30_000 });
    await adele.getByRole('button', { name: 'Start retro' }).click();
    for (const name of ['Adele Vance', 'Diego Siciliani', 'Amara Okafor']) {
      await page
        .frameLocator(`iframe[title="Side panel — ${name}"]`)
        .getByText(/Regardless of what we discover/)
        .waitFor({ timeout: 30_000 });
    }
    // Show each panel's top, whatever the start form scrolled.
    await adele.locator('body').evaluate(() => window.scrollTo(0, 0));
  } else {
    await page.getByRole('alert').waitFor({ timeout: 10_000 });
  }
  mkdirSync(resolve(out, '..'), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
  await stack.dispose();
}
