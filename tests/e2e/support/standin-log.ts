import type { Page } from 'playwright-core';

/** One row of the Teams stand-in's protocol log (devhost/standin/views/log-panel.ts). */
export type LogRow = { direction: string; frame: string; func: string; summary: string };

/** The stand-in's protocol log as it stands now, oldest row first. */
export async function protocolLog(page: Page): Promise<LogRow[]> {
  // The log is a collapsed <details>, so its rows are read from the DOM rather than by role.
  return page.locator('details.log tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const [, direction = '', frame = '', func = '', summary = ''] = Array.from(
        row.querySelectorAll('td'),
        (cell) => cell.textContent ?? '',
      );
      return { direction, frame, func, summary };
    }),
  );
}

/** What one frame asked the host for: `func` of its requests, with NAA requests as `func method`. */
export function requestsFrom(rows: LogRow[], frame: string): string[] {
  return rows
    .filter((row) => row.frame === frame && row.direction === 'app → host')
    .map((row) =>
      row.func === 'nestedAppAuth.execute' ? `${row.func} ${row.summary.split(' ')[0]}` : row.func,
    );
}

/** The host's replies to one frame's nested app auth requests, as the log describes them. */
export function naaRepliesTo(rows: LogRow[], frame: string): string[] {
  return rows
    .filter((row) => row.frame === frame && row.func === 'nestedAppAuth.execute (reply)')
    .map((row) => row.summary);
}

export type ConsoleWarnings = { warnings: string[] };

/** Records console warnings from the page and all of its frames. */
export function watchWarnings(page: Page): ConsoleWarnings {
  const seen: ConsoleWarnings = { warnings: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'warning') seen.warnings.push(msg.text());
  });
  return seen;
}

export type ScriptLoads = { urls: string[]; bodies: Map<string, string> };

/** Records the JavaScript files the page and its frames load, with their text. */
export function watchScripts(page: Page): ScriptLoads {
  const loads: ScriptLoads = { urls: [], bodies: new Map() };
  page.on('response', (response) => {
    const url = response.url();
    if (!url.endsWith('.js')) return;
    loads.urls.push(url);
    void response.text().then(
      (text) => loads.bodies.set(url, text),
      () => undefined,
    );
  });
  return loads;
}
