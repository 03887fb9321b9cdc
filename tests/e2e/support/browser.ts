import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

/** Flags that keep Debian's Chromium quiet on a machine with no outside network. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** System Chromium; Playwright gives every launch a fresh temporary profile (user data dir). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
}

export const teamsValidDomainsUrl =
  'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json';

export type ConsoleProblems = { errors: string[] };

/** Records console errors and uncaught page errors from the page and all of its frames. */
export function watchConsole(page: Page): ConsoleProblems {
  const problems: ConsoleProblems = { errors: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.errors.push(`${msg.location().url}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.errors.push(`pageerror: ${err.message}`));
  return problems;
}

export async function newPage(
  browser: Browser,
  viewport = { width: 1400, height: 900 },
  /** Extra context options, e.g. `ignoreHTTPSErrors` for a page that calls the fake Graph (dev CA). */
  options: Omit<BrowserContextOptions, 'viewport'> = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...options, viewport });
  // teams-js fetches its valid host origins from Microsoft's CDN at start. There is no outside network
  // here, so the browser answers for the CDN with the list's real shape (the app's own origin is trusted anyway).
  await context.route(teamsValidDomainsUrl, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ validOrigins: ['teams.microsoft.com', '*.cloud.microsoft'] }),
    }),
  );
  const page = await context.newPage();
  return { context, page };
}
