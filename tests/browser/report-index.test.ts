/**
 * The report index on today's content: static pages, newest first, filtered by tapping a service year, a
 * district or a grade (works without JavaScript, ships none, so nothing shifts while it loads). Paging over
 * thousands of reports is tested on the fictional city (tests/city/report-index.test.ts) with the same steps.
 */
import { describe, expect } from 'vitest';
import { PHONE, visit } from '../harness/browser.ts';
import { it } from '../harness/fixture.ts';
import { allReports, checkFacet, layoutShift, rowIds } from '../harness/report-index.ts';
import { PAGE_SIZE } from '../../src/report-index/listing.ts';
import { REPORT_ID, REPORT_PATH } from './site-pages.ts';

describe('report index', () => {
  it('without JavaScript is a plain table of the reports, with links to filter by year, district and grade', async ({ openPage }) => {
    const w = await openPage({ ...PHONE, javaScriptEnabled: false });
    await visit(w, '/reports/');
    const row = w.page.locator(`#report-rows tr[data-id="${REPORT_ID}"]`);
    expect(await row.isVisible()).toBe(true);
    const text = await row.innerText();
    for (const fact of ['广州市流花街社工服务站', '越秀区', '流花街道', '2023-2024', '末期', '83.62', '良好']) expect(text).toContain(fact);
    expect(await row.getByRole('link', { name: /末期评估报告/ }).getAttribute('href')).toBe(REPORT_PATH);
    const facets = await w.page.locator('nav.facets a[data-facet]').allTextContents();
    expect(facets).toEqual(['2023-2024', '越秀区', '良好']);
    expect(await w.page.locator('nav.facets a[aria-current="page"]').allTextContents()).toEqual(['全部', '全部', '全部']);
    // One page: no paging links.
    expect(await w.page.locator('nav[aria-label="分页"]').count()).toBe(0);
  });

  it('lists the same reports as reports.json, newest first', async ({ openPage }) => {
    const w = await openPage();
    await visit(w, '/reports/');
    const json = await allReports(w.page);
    expect(await rowIds(w.page)).toEqual(json.slice(0, PAGE_SIZE).map((r) => r.id));
  });

  for (const [kind, value] of [['year', '2023-2024'], ['district', '越秀区'], ['grade', '良好']] as const) {
    it(`tapping ${value} shows exactly the reports of that ${kind}, without JavaScript`, async ({ openPage }) => {
      const { count, pages } = await checkFacet(openPage, kind, value, PAGE_SIZE);
      expect(count).toBe(1);
      expect(pages).toBe(1);
    });
  }

  it('ships no script and does not shift while it loads (CLS 0)', async ({ openPage }) => {
    const w = await openPage(PHONE);
    await visit(w, '/reports/');
    expect(await w.page.locator('main script').count()).toBe(0);
    await w.context.close();
    for (const path of ['/reports/', '/reports/year/2023-2024/']) expect(await layoutShift(openPage, path), path).toBe(0);
  });
});
