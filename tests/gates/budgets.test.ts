// Page-weight budgets from dist/ (gzip): JavaScript per page, Chart.js, the first HTML response, and in
// Chromium what a report page transfers before its chart is scrolled into view. The table is tools/site/budgets.ts.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { PHONE, visit } from '../harness/browser.ts';
import { it, type OpenPage } from '../harness/fixture.ts';
import { BUDGETS, budgetFor, budgetViolations, htmlViolations, templateOf } from '../../tools/site/budgets.ts';
import { scrollThrough, settle } from './page-audit.ts';
import { builtPages, DIST, gzipFileBytes, kb, matchesPattern, resolveFile, routeSourceExists, SAMPLE_PER_TEMPLATE, samplePerTemplate } from '../../tools/site/built-site.ts';

const pages = builtPages();
// Pages measured in Chromium (what it fetches); on the city slice (GATES_SAMPLE) a few per template, and the
// rest held to their HTML budget (their scripts are their template's, measured on the sampled pages).
const visited = new Set((SAMPLE_PER_TEMPLATE ? samplePerTemplate(pages, SAMPLE_PER_TEMPLATE, templateOf) : pages).map((p) => p.path));

/** The URL paths of the http(s) requests the page makes from now on. */
function requestedPaths(page: Page): Set<string> {
  const paths = new Set<string>();
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http')) paths.add(url.pathname);
  });
  return paths;
}

/** The URL paths Chromium fetches for a page on a phone, scrolled through so every island hydrates. */
async function fetchedBy(openPage: OpenPage, path: string): Promise<Set<string>> {
  const watched = await openPage(PHONE);
  const fetched = requestedPaths(watched.page);
  await visit(watched, path);
  await scrollThrough(watched.page);
  await watched.context.close();
  return fetched;
}

describe('page-weight budgets (gzip, from dist/; JavaScript as Chromium fetches it)', () => {
  it.for(pages.map((p) => [p.path, p] as const))('%s', async ([path, page], { openPage }) => {
    const problems = visited.has(path) ? budgetViolations(page, BUDGETS, DIST, await fetchedBy(openPage, path)) : htmlViolations(page);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  // A budget whose page is missing would pass by measuring nothing: once the page's source exists, it must be built.
  it.for(BUDGETS.map((b) => [b.page, b] as const))('budgeted page %s is built', ([pattern, budget], { skip }) => {
    const built = pages.some((p) => matchesPattern(pattern, p.path));
    if (!built && !routeSourceExists(pattern)) skip(`not built yet: ${budget.what} has no source in src/pages`);
    if (!built && budget.absentWhen) skip(`not in this build: ${budget.what} exists only when ${budget.absentWhen}`);
    expect(built, `${pattern} (${budget.what}) has a source in src/pages but no page in dist/`).toBe(true);
  });
});

/** URL paths fetched from the local server, and their gzip size as served from dist/. */
function transferred(paths: Iterable<string>): { bytes: number; list: string[] } {
  let bytes = 0;
  const list: string[] = [];
  for (const path of paths) {
    const file = resolveFile(DIST, path);
    if (!file) continue;
    const size = gzipFileBytes(file);
    bytes += size;
    list.push(`${path} ${kb(size)}`);
  }
  return { bytes, list };
}

const chartPages = pages.filter((p) => visited.has(p.path) && budgetFor(p.path).beforeChartBytes !== undefined);

describe('a report page transfers little before its chart is scrolled into view (phone, Chromium)', () => {
  it('has report pages to measure', ({ skip }) => {
    if (chartPages.length === 0 && !routeSourceExists('/reports/*/')) skip('no report page source yet');
    expect(chartPages.length).toBeGreaterThan(0);
  });

  it.for(chartPages.map((p) => p.path))('%s', async (path, { openPage }) => {
    const max = budgetFor(path).beforeChartBytes!;
    const watched = await openPage(PHONE);
    const requested = requestedPaths(watched.page);
    await visit(watched, path);
    await settle(watched.page);
    const before = transferred(requested);
    const beforePaths = new Set(requested);

    // Scroll to the chart too: the page must have one (or the number measures a page without its chart),
    // and what it costs afterwards goes into the message.
    const chart = watched.page.locator('canvas').first();
    const hasChart = (await chart.count()) > 0;
    if (hasChart) {
      await chart.scrollIntoViewIfNeeded();
      await settle(watched.page);
    }
    const after = transferred([...requested].filter((p) => !beforePaths.has(p)));
    await watched.context.close();

    expect(hasChart, `${path}: no <canvas> chart found`).toBe(true);
    expect(
      before.bytes,
      `${path}: ${kb(before.bytes)} before the chart > budget ${kb(max)}, over by ${kb(before.bytes - max)} [${before.list.join('; ')}]; then ${kb(after.bytes)} when scrolled to it [${after.list.join('; ')}]`,
    ).toBeLessThanOrEqual(max);
  });
});
