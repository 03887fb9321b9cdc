import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { teamsValidDomainsUrl } from './browser.js';

/** The WCAG 2.0/2.1 A and AA rules: what issue #15 holds every view to. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe on the app inside one stand-in iframe (not the stand-in's own page): the serious and
 * critical violations, one line each (rule, impact, targets, what to fix), prefixed by `where`.
 */
export async function axeProblems(
  page: Page,
  iframeTitle: string,
  where: string,
): Promise<string[]> {
  const frame = `iframe[title="${iframeTitle}"]`;
  const results = await new AxeBuilder({ page })
    .include([frame, 'html'])
    // Tabster's focus sentinels (Fluent's focus management): focusable by design, never read.
    .exclude([frame, '[data-tabster-dummy]'])
    .withTags(wcagTags)
    .analyze();
  // A wrong frame selector would analyse nothing and pass: a view always has some checks passing.
  if (results.passes.length === 0) return [`${where}: axe analysed nothing in "${iframeTitle}"`];
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) at ${v.nodes
          .slice(0, 4)
          .map((n) => JSON.stringify(n.target))
          .join(', ')}${v.nodes.length > 4 ? ` and ${v.nodes.length - 4} more` : ''}: ${v.help}`,
    );
}

/** A phone: 360×640, touch, mobile viewport (the CDN answer as in `newPage`). */
export async function newPhonePage(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    hasTouch: true,
    isMobile: true,
  });
  await context.route(teamsValidDomainsUrl, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ validOrigins: ['teams.microsoft.com', '*.cloud.microsoft'] }),
    }),
  );
  return { context, page: await context.newPage() };
}

/**
 * What scrolls sideways in a frame: its scroll width, and visible elements past its edges that
 * no scrolling or clipping box of their own holds (a wide table in its own scroller is fine).
 */
export function sideways(frame: FrameLocator): Promise<{ scrollWidth: number; outside: string[] }> {
  return frame.locator('html').evaluate((html) => {
    const width = html.clientWidth;
    const held = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') return true;
      }
      return false;
    };
    const outside = [...document.body.querySelectorAll('*')]
      .filter((el) => {
        if (held(el)) return false;
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && (box.right > width + 0.5 || box.left < -0.5);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className)}`.slice(0, 80));
    return { scrollWidth: Math.max(html.scrollWidth, document.body.scrollWidth), outside };
  });
}

/**
 * Interactive targets smaller than 44×44 CSS px (WCAG 2.5.5): buttons, links, inputs, radios,
 * switches, tabs, selects, named by role and accessible text. Links inside a sentence are
 * exempt, as WCAG exempts inline targets.
 */
export function smallTargets(frame: FrameLocator, min = 44): Promise<string[]> {
  return frame.locator('html').evaluate((_html, min) => {
    const selector =
      'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="radio"], [role="switch"], [role="tab"], [role="link"], [role="checkbox"], [role="menuitem"]';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => {
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || style.display === 'none') return false;
        if (el.tagName === 'A' && style.display === 'inline') return false;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return false;
        return box.width < min - 0.5 || box.height < min - 0.5;
      })
      .map((el) => {
        const box = el.getBoundingClientRect();
        const name =
          el.getAttribute('aria-label') ??
          (el.textContent?.trim() || el.getAttribute('name') || el.getAttribute('type') || '');
        return `${el.tagName.toLowerCase()}[${el.getAttribute('role') ?? ''}] "${name.slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`;
      });
  }, min);
}

/**
 * CSS rules in a frame that reveal something only on hover (a `:hover` rule that sets opacity,
 * visibility or display with no `:focus` twin): such a control is out of reach by keyboard and touch.
 */
export function hoverOnlyReveals(frame: FrameLocator): Promise<string[]> {
  return frame.locator('html').evaluate(() => {
    const found: string[] = [];
    const visit = (rules: CSSRuleList) => {
      for (const rule of [...rules]) {
        if (rule instanceof CSSStyleRule) {
          const sel = rule.selectorText;
          const reveals = ['opacity', 'visibility', 'display'].some((p) =>
            rule.style.getPropertyValue(p),
          );
          // Fluent's bundled icons swap their regular and filled glyphs on hover: the control stays.
          const iconSwap = /\.fui-Icon-(filled|regular)\b/.test(sel);
          if (sel.includes(':hover') && reveals && !iconSwap && !/:focus/.test(sel))
            found.push(sel);
        } else if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of [...document.styleSheets]) {
      try {
        visit(sheet.cssRules);
      } catch {
        // A cross-origin sheet cannot be read; the app has none.
      }
    }
    return found;
  });
}

/**
 * Presses Tab (from wherever focus is, through the stand-in's own controls into the app's frame)
 * until the focused element in `frame` has this text, or matches `{ selector }`.
 */
export async function tabTo(
  page: Page,
  frame: Frame,
  target: string | { selector: string },
  max = 150,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await frame.evaluate((target) => {
      const el = document.activeElement;
      if (!el || el === document.body || !document.hasFocus()) return false;
      return typeof target === 'string'
        ? el.textContent?.trim() === target
        : el.matches(target.selector);
    }, target);
    if (hit) return;
  }
  throw new Error(`${max} Tabs did not reach ${JSON.stringify(target)}`);
}

/** Presses `key` (ArrowDown in a menu, say) until the focused element in `frame` has this text. */
export async function keyTo(page: Page, frame: Frame, key: string, text: string, max = 20) {
  for (let i = 0; i < max; i++) {
    const hit = await frame.evaluate(
      (text) => document.activeElement?.textContent?.trim() === text,
      text,
    );
    if (hit) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${max} × ${key} did not reach "${text}"`);
}
