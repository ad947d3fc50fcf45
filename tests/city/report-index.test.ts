/**
 * The report index and open data on the fictional city's slice (tests/harness/city-slice.ts): every list paged,
 * newest first, each list exactly its reports, reached by taps without JavaScript; no layout shift; /data/
 * grouped by service year instead of listing every file.
 */
import { describe, expect } from 'vitest';
import { PHONE, visit } from '../harness/browser.ts';
import { it } from '../harness/fixture.ts';
import { citySlice } from '../harness/city-slice.ts';
import { allReports, checkFacet, layoutShift, walkPages } from '../harness/report-index.ts';
import { PAGE_SIZE } from '../../src/report-index/listing.ts';

const { city, district } = citySlice();
const years = [...new Set(city.reports.map((r) => r.serviceYear))].sort().reverse();

describe('city report index, JavaScript off', () => {
  it(`pages through all ${city.reports.length} reports, ${PAGE_SIZE} a page, newest first, as reports.json lists them`, async ({ openPage }) => {
    const w = await openPage({ ...PHONE, javaScriptEnabled: false });
    await visit(w, '/reports/');
    const json = await allReports(w.page);
    expect(json).toHaveLength(city.reports.length);
    const { ids, pages } = await walkPages(w.page, PAGE_SIZE);
    expect(ids).toEqual(json.map((r) => r.id));
    expect(pages).toBe(Math.ceil(city.reports.length / PAGE_SIZE));
  });

  it(`the newest service year (${years[0]}), the district and a grade each list exactly their reports`, async ({ openPage }) => {
    const year = await checkFacet(openPage, 'year', years[0]!, PAGE_SIZE);
    expect(year.count).toBe(city.reports.filter((r) => r.serviceYear === years[0]).length);
    const inDistrict = await checkFacet(openPage, 'district', district, PAGE_SIZE);
    expect(inDistrict.count).toBe(city.reports.length);
    expect(inDistrict.pages).toBeGreaterThan(1);
    const good = await checkFacet(openPage, 'grade', '良好', PAGE_SIZE);
    expect(good.count).toBeGreaterThan(0);
  });

  it('does not shift while it loads (CLS 0), first and further pages', async ({ openPage }) => {
    for (const path of ['/reports/', '/reports/page/2/', `/reports/district/${district}/page/2/`]) expect(await layoutShift(openPage, path), path).toBe(0);
  });
});

describe('city open data', () => {
  it('/data/ links one page per service year instead of listing every file; each lists its year by district', async ({ openPage }) => {
    const w = await openPage({ ...PHONE, javaScriptEnabled: false });
    await visit(w, '/data/');
    expect(await w.page.locator('a[href^="/data/reports/"]').count()).toBe(0);
    expect(await w.page.locator('a[data-year-link]').evaluateAll((as) => as.map((a) => a.getAttribute('data-year-link')))).toEqual(years);
    await Promise.all([w.page.waitForEvent('load'), w.page.locator(`a[data-year-link="${years[0]}"]`).tap()]);
    const ofYear = city.reports.filter((r) => r.serviceYear === years[0]);
    expect(await w.page.locator('a[href$=".csv"][href^="/data/reports/"]').count()).toBe(ofYear.length);
    expect(await w.page.locator('main h2').allTextContents()).toEqual([district]);
  });
});
