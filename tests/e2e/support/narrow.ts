/**
 * The 320 px proof's tools (tests/e2e/narrow-320.test.ts): hostile content, what sticks out past a
 * narrow frame's right edge, theme switching in the stand-in, screenshots, and the real HTTP API
 * called as a seeded person with a token from the dev IdP.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TestStack } from './stack.js';

/** A 60-character word with no break opportunity. */
export const word60 = 'Antidisestablishmentarianism'.repeat(3).slice(0, 60);
/** A 500-character card that starts with the 60-character word. */
export const card500 =
  `${word60} ${'and the release train left without the hotfix again. '.repeat(10)}`.slice(0, 500);
/** `text` cut or padded with dots to exactly 40 characters. */
export const forty = (text: string): string => text.slice(0, 40).padEnd(40, '.');
/** A 40-character word with no break opportunity. */
export const word40 = 'Observabilityplatformmigrationfollowups!'.slice(0, 40);

export const themes = ['light', 'dark'] as const;
export type ThemeName = (typeof themes)[number];

/** Where the 320 px screenshots go (test-results/ is gitignored). */
export const shotsDir = join(import.meta.dirname, '../../../test-results/screenshots/320');

export function shotPath(name: string): string {
  mkdirSync(shotsDir, { recursive: true });
  return join(shotsDir, `${name}.png`);
}

/** Switches the stand-in's theme (its "Theme" select) and gives the frames a moment to repaint. */
export async function setTheme(page: Page, theme: ThemeName): Promise<void> {
  await page.getByLabel('Theme').selectOption(theme === 'light' ? 'default' : 'dark');
  await page.waitForTimeout(400);
}

export type Sideways = {
  /** The frame's viewport width (documentElement.clientWidth). */
  width: number;
  /** documentElement.scrollWidth: more than `width` means the page scrolls sideways. */
  scroll: number;
  /** Each visible element whose box sticks out past either side, described for a person. */
  offenders: string[];
};

/**
 * What sticks out of a frame sideways: the page's own overflow, and every visible element whose
 * box goes past the viewport's right edge (or its left), unless an ancestor clips or scrolls it
 * (then that ancestor is the one judged: a horizontal scroll region inside the page is allowed).
 */
export function measureSideways(frame: Frame): Promise<Sideways> {
  return frame.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const heldByAncestor = (el: Element): boolean => {
      for (let a = el.parentElement; a && a !== root && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      }
      return false;
    };
    const describe = (el: Element, box: DOMRect): string => {
      const classes =
        typeof el.className === 'string' ? el.className.split(/\s+/).filter(Boolean) : [];
      const cls = classes.length ? `.${classes.slice(0, 3).join('.')}` : '';
      const id = el.id ? `#${el.id}` : '';
      const label = el.getAttribute('aria-label');
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return (
        `<${el.tagName.toLowerCase()}${id}${cls}>` +
        `${label ? ` [aria-label="${label.slice(0, 40)}"]` : ''} "${text}"` +
        ` left ${Math.round(box.left)} right ${Math.round(box.right)} width ${Math.round(box.width)}`
      );
    };
    const offenders: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width <= 0 || box.height <= 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      if (box.right <= width + 1 && box.left >= -1) continue;
      // Fluent's visually hidden text (1 px, clipped) is for screen readers, not the eye.
      if (box.width <= 1 && box.height <= 1) continue;
      if (heldByAncestor(el)) continue;
      offenders.push(describe(el, box));
    }
    // Text can stick out of a box that fits (a long word that does not wrap): measure the text too.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width <= 0 || (box.right <= width + 1 && box.left >= -1)) continue;
      const style = getComputedStyle(parent);
      if (style.visibility === 'hidden' || style.overflowX !== 'visible') continue;
      if (heldByAncestor(parent)) continue;
      offenders.push(`text in ${describe(parent, box)}`);
    }
    return { width, scroll: root.scrollWidth, offenders };
  });
}

/**
 * Soft-asserts (the test carries on, so one run lists every offender) that nothing in the frame
 * scrolls or sticks out sideways, naming each offender in the message.
 */
export async function expectNothingSideways(
  frame: Frame,
  label: string,
  width = 320,
): Promise<Sideways> {
  const found = await measureSideways(frame);
  expect.soft(found.width, `${label}: the frame's width`).toBe(width);
  expect
    .soft(found.offenders, `${label}: elements past the ${found.width} px viewport`)
    .toEqual([]);
  expect
    .soft(found.scroll, `${label}: sideways scroll (scrollWidth vs clientWidth ${found.width})`)
    .toBeLessThanOrEqual(found.width);
  return found;
}

/** The frame inside a frame locator (for evaluating in it). */
export async function frameOf(locator: FrameLocator): Promise<Frame> {
  const frame = await locator
    .owner()
    .elementHandle()
    .then((el) => el?.contentFrame());
  if (!frame) throw new Error('The frame is not on the page.');
  return frame;
}

/**
 * Waits (up to `ms`) for keyboard focus in the frame to be on h2#phase-heading reading `name`, and
 * soft-asserts it: after a keyboard "Next phase" focus belongs on the new phase's heading.
 */
export async function expectFocusOnPhaseHeading(
  frame: Frame,
  name: string,
  ms = 3_000,
): Promise<void> {
  const read = () =>
    frame.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'body';
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    });
  const want = `<h2#phase-heading> "${name}"`;
  const until = Date.now() + ms;
  let seen = await read();
  while (seen !== want && Date.now() < until) {
    await new Promise((done) => setTimeout(done, 100));
    seen = await read();
  }
  expect.soft(seen, `focus after a keyboard "Next phase" to ${name}`).toBe(want);
}

/** Calls the real API as a seeded person, with a token from the dev IdP, and returns the JSON. */
export function apiAs(stack: TestStack) {
  const tokens = new Map<string, Promise<string>>();
  const tokenOf = (userId: string): Promise<string> => {
    let token = tokens.get(userId);
    if (!token) {
      token = stack.idp.issueUserToken(userId);
      tokens.set(userId, token);
    }
    return token;
  };
  return async function api<T = unknown>(
    user: { id: string },
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T> {
    const res = await fetch(`${stack.appUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await tokenOf(user.id)}`,
        'idempotency-key': randomUUID(),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  };
}

/**
 * Starts a retro from the facilitator's panel the way a person does: "Set up a retro" in the
 * lobby when it is there, then "Start retro". `title` fills the form's title; `named` turns
 * "Anonymous cards" off (under "More options"); `look` runs in the lobby and on the open form.
 */
export async function startRetroInPanel(
  panel: FrameLocator,
  options: {
    title?: string;
    named?: boolean;
    look?: (stage: 'lobby' | 'setup') => Promise<void>;
  } = {},
): Promise<void> {
  const setUp = panel.getByRole('button', { name: 'Set up a retro' });
  const start = panel.getByRole('button', { name: 'Start retro' });
  await setUp.or(start).first().waitFor({ timeout: 30_000 });
  if (await setUp.isVisible()) {
    await options.look?.('lobby');
    await setUp.click();
  }
  await start.waitFor({ timeout: 15_000 });
  if (options.title !== undefined) {
    await panel.getByRole('textbox', { name: /^Title/ }).fill(options.title);
  }
  const more = panel.getByRole('button', { name: 'More options' });
  if (await more.isVisible()) {
    if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
    const anonymous = panel.getByRole('switch', { name: 'Anonymous cards' });
    if (options.named && (await anonymous.isChecked())) await anonymous.uncheck();
  }
  await options.look?.('setup');
  await start.click();
}
