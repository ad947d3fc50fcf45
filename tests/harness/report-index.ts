// The report index as a reader uses it without JavaScript: lists per service year, district and grade reached by
// tapping links, paged, newest first, each list exactly the reports reports.json holds for it. Shared by the
// report-index tests on today's content (tests/browser/report-index.test.ts) and on the fictional city
// (tests/city/report-index.test.ts).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { origin, PHONE, visit } from './browser.ts';
import type { OpenPage } from './fixture.ts';
import { cumulativeShift, recordLayoutShifts } from './layout-shift.ts';

export interface IndexedReport {
  id: string;
  serviceYear: string;
  reportDate: string;
  station: { district: string };
  scores: { grade: string };
}

/** reports.json's reports, newest first (as it is written). */
export async function allReports(page: Page): Promise<IndexedReport[]> {
  const res = await page.request.get(new URL('/data/reports.json', origin()).href);
  return ((await res.json()) as { reports: IndexedReport[] }).reports;
}

const newest = (a: IndexedReport, b: IndexedReport) => b.reportDate.localeCompare(a.reportDate) || a.id.localeCompare(b.id);

/** The ids in the table of the page shown. */
export const rowIds = (page: Page) => page.locator('#report-rows tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.id!));

/**
 * Follow a list's pages with the 下一页 link from its first page, collecting the ids; returns them and the
 * number of pages. Every page but the last holds `pageSize` reports.
 */
export async function walkPages(page: Page, pageSize: number): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let pages = 0;
  for (;;) {
    const onPage = await rowIds(page);
    pages++;
    ids.push(...onPage);
    const next = page.locator('nav[aria-label="分页"] a[rel="next"]');
    if ((await next.count()) === 0) break;
    expect(onPage.length, `page ${pages} of a longer list is full`).toBe(pageSize);
    await Promise.all([page.waitForEvent('load'), next.tap()]);
  }
  return { ids, pages };
}

export type FacetKind = 'year' | 'district' | 'grade';
const FACET_OF: Record<FacetKind, (r: IndexedReport) => string> = {
  year: (r) => r.serviceYear,
  district: (r) => r.station.district,
  grade: (r) => r.scores.grade,
};

/**
 * Without JavaScript, from /reports/: tap the facet's value, then page through; the list must be exactly the
 * reports of reports.json with that value, newest first, and the tapped link marked as the current one.
 */
export async function checkFacet(openPage: OpenPage, kind: FacetKind, value: string, pageSize: number): Promise<{ count: number; pages: number }> {
  const w = await openPage({ ...PHONE, javaScriptEnabled: false });
  const { page } = w;
  await visit(w, '/reports/');
  const expected = (await allReports(page)).filter((r) => FACET_OF[kind](r) === value).sort(newest).map((r) => r.id);
  const link = page.locator(`nav.facets a[data-facet="${kind}"]`).filter({ hasText: value });
  await Promise.all([page.waitForURL((u) => u.pathname !== '/reports/'), link.first().click()]);
  expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`/reports/${kind}/${value}/`);
  expect(await page.locator(`nav.facets a[aria-current="page"][data-facet="${kind}"]`).textContent()).toBe(value);
  const { ids, pages } = await walkPages(page, pageSize);
  expect(ids).toEqual(expected);
  expect(w.consoleErrors).toEqual([]);
  await w.context.close();
  return { count: ids.length, pages };
}

/** Cumulative layout shift of a page load on a phone (what Lighthouse's CLS reads), once the page is at rest. */
export async function layoutShift(openPage: OpenPage, path: string): Promise<number> {
  const w = await openPage(PHONE);
  const shifts = await recordLayoutShifts(w.page);
  await visit(w, path);
  const cls = cumulativeShift(await shifts.atRest());
  await w.context.close();
  return cls;
}
