// The calculator page as its tests use it (tests/browser/calculator.test.ts on dist/, and
// tests/scratch/calculator-rule-sets.test.ts on the scratch build with a second rule set).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { islandEffectsRun, type WatchedPage } from '../harness/browser.ts';

export const PATH = '/calculator/';

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
