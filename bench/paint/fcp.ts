import type { Browser, Frame, Page } from 'playwright-core';
import { newPage } from '../../tests/e2e/support/browser.js';

/** First contentful paint of a document, in ms from its own time origin; null if it never paints. */
export function frameFcp(frame: Page | Frame, timeoutMs = 15_000): Promise<number | null> {
  return frame.evaluate(
    (timeout) =>
      new Promise<number | null>((resolveFcp) => {
        const timer = setTimeout(() => resolveFcp(null), timeout);
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (!entry) return;
          clearTimeout(timer);
          resolveFcp(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
    timeoutMs,
  );
}

export type PaintSample = {
  /** FCP of the measured document from its own start. */
  fcpMs: number | null;
  /** For a framed page: FCP from the host page's start (its load includes the host's). */
  fromHostMs: number | null;
};

/**
 * Loads `url` in a fresh context (empty cache) with the CPU slowed `throttle` times. With
 * `frameUrlPart`, measures the first frame whose URL contains it instead of the top page.
 */
export async function measurePaint(
  browser: Browser,
  url: string,
  throttle: number,
  frameUrlPart?: string,
): Promise<PaintSample> {
  const { context, page } = await newPage(browser, { width: 1280, height: 800 });
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(url, { waitUntil: 'load' });
    if (!frameUrlPart) return { fcpMs: await frameFcp(page), fromHostMs: null };
    const frame = await waitForFrame(page, frameUrlPart);
    const fcpMs = await frameFcp(frame);
    const origins = await Promise.all(
      [page, frame].map((f) => f.evaluate(() => performance.timeOrigin)),
    );
    return { fcpMs, fromHostMs: fcpMs === null ? null : fcpMs + origins[1]! - origins[0]! };
  } finally {
    await context.close();
  }
}

async function waitForFrame(page: Page, urlPart: string): Promise<Frame> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes(urlPart));
    if (frame) return frame;
    if (Date.now() > deadline) {
      throw new Error(
        `No frame with "${urlPart}" in its URL appeared; check the stand-in page loads.`,
      );
    }
    await page.waitForTimeout(50);
  }
}
