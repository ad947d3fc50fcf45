// The calculator page as its tests use it (tests/browser/calculator.test.ts on dist/, and
// tests/scratch/calculator-rule-sets.test.ts on the scratch build with a second rule set).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { islandEffectsRun, type WatchedPage } from '../harness/browser.ts';

export const PATH = '/calculator/';
/** Where the calculator keeps its entries on the device. */
export const STORAGE_KEY = 'shegong-pinggu:calculator:v1';

/** The score input of a party, found by its label as a user reads it ("购买方（满分 20 分）"). */
export const party = (page: Page, name: string) => page.getByRole('textbox', { name: new RegExp(`^${name}（`) });
export const summary = (page: Page) => page.locator('#calc-summary');

/**
 * Wait until the islands have hydrated and run their effects (the calculator is live: it has read the share
 * link, the report id or the saved state, and saves what is typed from now on).
 */
export async function ready(page: Page): Promise<void> {
  await page.waitForSelector('astro-island:not([ssr])');
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length <= 1); // Charts waits to be visible
  await islandEffectsRun(page);
}

export async function fillScores(page: Page, scores: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(scores)) await party(page, name).fill(value);
}

/** The 流花 report's four scores. */
export const LIUHUA = { 购买方: '18', 监督方: '8.7', 督导中心: '12.8', 第三方: '44.12' };

export function noErrors(w: WatchedPage): void {
  expect(w.consoleErrors).toEqual([]);
  expect(w.foreignRequests).toEqual([]);
}

/**
 * Put `value` under `key` in localStorage before the page's first visit only (a reload then reads what the page
 * itself saved), as a reader's browser would hold it from an earlier visit.
 */
export async function seedStorage(w: WatchedPage, key: string, value: string): Promise<void> {
  await w.context.addInitScript(
    ([k, v]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k!, v!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [key, value],
  );
}

/**
 * What a phone reader would hit on the calculator: how far the page scrolls sideways (0 or less: none), and the
 * visible controls matching `controls` that are under 44 px tall (their ids or text).
 */
export async function phoneLayoutProblems(page: Page, controls = '.calc-app button, .calc-app input[type=text]'): Promise<{ overflow: number; small: string[] }> {
  return page.evaluate((selector) => ({
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    small: Array.from(document.querySelectorAll<HTMLElement>(selector))
      .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().height < 44)
      .map((el) => el.id || el.textContent || ''),
  }), controls);
}

/** Every axe-core rule (not only the WCAG tags) on the whole page, one line per violation. */
export async function axeAllRules(page: Page): Promise<string[]> {
  // Evaluated, not added as a <script>: the page's Content-Security-Policy blocks an inline script tag.
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document);
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
