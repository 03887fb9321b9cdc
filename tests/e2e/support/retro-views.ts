import type { Frame, Page, Request } from 'playwright-core';
import type { RetroView } from '../../../shared/retro/api.js';

/** Marks the tests' own view fetches, which the server ignores and the refetch count skips. */
const compareTag = 'compare=1';

/** A request for a whole retro view: the view itself, or the chat's current retro (which seeds it). */
export type ViewFetch = { at: number; path: string };

/** The presence heartbeat refetches every 30 s; a GET that long after the last one is that. */
const heartbeatMs = 29_000;

/**
 * What one meeting page's side panels do with retro views, by the iframe title of each panel:
 * the last bearer token it sent, and every whole-view GET it made.
 */
export type PanelWatch = {
  tokens: Map<string, string>;
  viewFetches: Map<string, ViewFetch[]>;
  /**
   * The paths of the panel's whole-view GETs since `from` (ms since the epoch), less the presence
   * heartbeat's, and how many heartbeats there were.
   */
  refetchesSince(title: string, from: number): Promise<{ refetches: string[]; heartbeats: number }>;
};

const viewPath = /^\/api\/retros\/(current|[^/]+)$/;

/** Watches the side panels' API requests on `page` (call before it loads). */
export function watchPanels(page: Page): PanelWatch {
  const watch: PanelWatch = {
    tokens: new Map(),
    viewFetches: new Map(),
    async refetchesSince(title, from) {
      await Promise.all(pending);
      const all = watch.viewFetches.get(title) ?? [];
      const since = all.filter((f) => f.at >= from);
      const refetches = since.filter((f) => {
        const previous = all.filter((g) => g.path === f.path && g.at < f.at).pop();
        return !previous || f.at - previous.at < heartbeatMs;
      });
      return {
        refetches: refetches.map((f) => f.path),
        heartbeats: since.length - refetches.length,
      };
    },
  };
  const pending = new Set<Promise<void>>();
  const record = async (request: Request, at: number) => {
    const title = await panelTitle(request);
    if (!title) return;
    const token = await request.headerValue('authorization');
    if (token) watch.tokens.set(title, token);
    const url = new URL(request.url());
    if (request.method() !== 'GET' || !viewPath.test(url.pathname)) return;
    if (url.search.includes(compareTag)) return;
    const list = watch.viewFetches.get(title) ?? [];
    list.push({ at, path: url.pathname });
    watch.viewFetches.set(title, list);
  };
  page.on('request', (request) => {
    if (!request.url().includes('/api/')) return;
    const done = record(request, Date.now()).catch(() => undefined);
    pending.add(done);
    void done.then(() => pending.delete(done));
  });
  return watch;
}

async function panelTitle(request: Request): Promise<string | null> {
  try {
    const element = await request.frame().frameElement();
    return await element.getAttribute('title');
  } catch {
    return null; // the top page, or a frame already gone
  }
}

/** The frame inside the iframe with this title. */
export async function frameTitled(page: Page, title: string): Promise<Frame> {
  const element = await page.locator(`iframe[title="${title}"]`).elementHandle();
  const frame = await element?.contentFrame();
  if (!frame) throw new Error(`No frame titled "${title}": is the meeting view open?`);
  return frame;
}

/** The view the panel renders (`window.candorDebug`), as JSON, or null while it has none. */
export function cachedView(frame: Frame, retroId: string): Promise<RetroView | null> {
  return frame.evaluate((id) => {
    const debug = (window as { candorDebug?: { retroView(id: string): unknown } }).candorDebug;
    const view = debug?.retroView(id);
    return view === undefined ? null : (JSON.parse(JSON.stringify(view)) as RetroView);
  }, retroId);
}

type Catch = { rev: number; since: number; view: unknown; at: number; timer: number };
type CatchWindow = { candorE2eCatch?: Catch; candorDebug?: { retroView(id: string): unknown } };

/**
 * Starts watching, inside the panel, for the first view it holds at `rev` or later: the view its
 * deltas made, before any later fetch could replace it.
 */
export async function catchView(frame: Frame, retroId: string, rev: number): Promise<void> {
  await frame.evaluate(
    ({ id, rev }) => {
      const w = window as CatchWindow;
      // The default buffer of 250 entries fills up within a retro, and then drops new ones.
      performance.setResourceTimingBufferSize(100_000);
      if (w.candorE2eCatch) clearInterval(w.candorE2eCatch.timer);
      const caught: Catch = { rev, since: performance.now(), view: null, at: 0, timer: 0 };
      caught.timer = window.setInterval(() => {
        const view = w.candorDebug?.retroView(id) as { rev: number } | undefined;
        if (!view || view.rev < rev) return;
        caught.view = JSON.parse(JSON.stringify(view));
        caught.at = performance.now();
        clearInterval(caught.timer);
      }, 2);
      w.candorE2eCatch = caught;
    },
    { id: retroId, rev },
  );
}

/**
 * The view `catchView` caught (null while none), with the whole-view responses (untagged GETs of
 * the view or of the chat's current retro) that had arrived in the panel before it was caught.
 */
export function caughtView(
  frame: Frame,
): Promise<{ view: RetroView; fetchedBefore: string[] } | null> {
  return frame.evaluate(
    ({ source, tag }) => {
      const caught = (window as CatchWindow).candorE2eCatch;
      if (!caught?.view) return null;
      const pattern = new RegExp(source);
      const fetchedBefore = performance
        .getEntriesByType('resource')
        .filter((e) => {
          const url = new URL(e.name);
          if (!pattern.test(url.pathname) || url.search.includes(tag)) return false;
          const timing = e as PerformanceResourceTiming;
          return timing.startTime >= caught.since && timing.responseEnd <= caught.at;
        })
        .map((e) => new URL(e.name).pathname);
      return { view: caught.view as RetroView, fetchedBefore };
    },
    { source: viewPath.source, tag: compareTag },
  );
}

/** This viewer's view, fetched now from the server with the panel's own token, from its frame. */
export async function fetchedView(
  frame: Frame,
  retroId: string,
  authorization: string,
): Promise<RetroView> {
  const result = await frame.evaluate(
    async ({ id, auth, tag }) => {
      const res = await fetch(`/api/retros/${encodeURIComponent(id)}?${tag}`, {
        headers: { authorization: auth },
      });
      return { status: res.status, body: (await res.json()) as unknown };
    },
    { id: retroId, auth: authorization, tag: compareTag },
  );
  if (result.status !== 200) {
    throw new Error(`GET the view answered ${result.status}: ${JSON.stringify(result.body)}`);
  }
  return result.body as RetroView;
}

/** The whole panel in the iframe with this title: the iframe grows to the panel's height for it. */
export async function shootPanel(page: Page, title: string, path: string): Promise<void> {
  const iframe = page.locator(`iframe[title="${title}"]`);
  const frame = await frameTitled(page, title);
  const height = await frame.evaluate(() => document.documentElement.scrollHeight);
  const was = await iframe.evaluate((el, h) => {
    const before = el.style.height;
    el.style.height = `${h}px`;
    return before;
  }, height);
  await iframe.screenshot({ path });
  await iframe.evaluate((el, before) => (el.style.height = before), was);
}
