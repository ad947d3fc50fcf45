/** Today's site as the browser tests visit it: the portal's own pages, the one published report, and three measurements of a page. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { origin } from '../harness/browser.ts';

/** The one published report. */
export const REPORT_ID = 'liuhua-2023-2024-final';
export const REPORT_PATH = `/reports/${REPORT_ID}/`;
/** The portal's own pages (the shell around the reports and stations). */
export const SITE_PAGES = ['/', '/reports/', '/methodology/', '/glossary/', '/search/', '/data/', '/accessibility/', '/overview/'];

export const url = (path: string) => new URL(path, origin()).href;

/** Horizontal overflow of the page in CSS px (0 = no sideways scrolling). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

export function bodyFontSize(page: Page): Promise<number> {
  return page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
}

/** Run axe-core in the page (injected from node_modules, so no request leaves the machine). */
export async function axeViolations(page: Page): Promise<string[]> {
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  // Evaluated, not added as a <script>: the page's Content-Security-Policy blocks an inline script tag.
  await page.evaluate(readFileSync(axePath, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}
