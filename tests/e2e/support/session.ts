import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { seedDemoDataOnce } from '../../../devhost/demo-data/run.js';
import { launchBrowser } from './browser.js';
import { startTestStack, type TestStack } from './stack.js';

/** A test file's running stack and browser; filled in before its first test. */
export type E2eSession = { stack: TestStack; browser: Browser };

/**
 * Starts the dev stack and Chromium before a test file's tests and closes both after them.
 * `demoData` first generates the demo year (pulses and retros) through the real write paths into
 * a fresh data folder named after it.
 */
export function e2eSession(options: { demoData?: string } = {}): E2eSession {
  const session = {} as E2eSession;
  beforeAll(async () => {
    let dataDir: string | undefined;
    if (options.demoData) {
      dataDir = mkdtempSync(join(tmpdir(), `candor-e2e-${options.demoData}-`));
      await seedDemoDataOnce({ dataDir });
    }
    session.stack = await startTestStack(dataDir ? { dataDir } : {});
    session.browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.stack?.dispose();
  });
  return session;
}
