/** Opened in a plain browser tab (no Teams host), every page says so within 3 seconds instead of spinning. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage } from './support/browser.js';
import { startTestStack, type TestStack } from './support/stack.js';

let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  stack = await startTestStack();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.dispose();
});

describe('outside Teams', () => {
  for (const path of [
    '/tabs/content.html',
    '/tabs/config.html',
    '/meeting-extension/side-panel.html',
    '/meeting-extension/stage.html',
  ]) {
    it(`${path} explains it must be opened in Teams within 3 s`, async () => {
      const { page } = await newPage(browser, { width: 320, height: 700 });
      const started = Date.now();
      await page.goto(`${stack.appUrl}${path}`);
      await page
        .getByRole('heading', { name: 'Open Candor in Microsoft Teams' })
        .waitFor({ timeout: 3_000 });
      expect(Date.now() - started).toBeLessThan(3_000);
      await page.close();
    });
  }
});
