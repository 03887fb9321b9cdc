/** Opened in a plain session.browser tab (no Teams host), every page says so within 3 seconds instead of spinning. */
import { describe, expect, it } from 'vitest';
import { newPage } from './support/browser.js';
import { e2eSession } from './support/session.js';

const session = e2eSession();

describe('outside Teams', () => {
  for (const path of [
    '/tabs/content.html',
    '/tabs/config.html',
    '/meeting-extension/side-panel.html',
    '/meeting-extension/stage.html',
  ]) {
    it(`${path} explains it must be opened in Teams within 3 s`, async () => {
      const { page } = await newPage(session.browser, { width: 320, height: 700 });
      const started = Date.now();
      await page.goto(`${session.stack.appUrl}${path}`);
      await page
        .getByRole('heading', { name: 'Open Candor in Microsoft Teams' })
        .waitFor({ timeout: 3_000 });
      expect(Date.now() - started).toBeLessThan(3_000);
      await page.close();
    });
  }
});
