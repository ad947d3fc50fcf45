/**
 * The report index: a plain table without JavaScript; with it, filters by 区, 年度 and 等级 and
 * sorting by 总分. Only one report is published yet, so the sorting and filtering tests add three
 * made-up rows to the served page (clearly fake ids, test-only) before the browser sees it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE, visit, type WatchedPage } from '../harness/browser.ts';
import { REPORT_ID, REPORT_PATH, url } from './shell-helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const FAKE_ROWS = [
  { id: 'test-a', district: '测试甲区', year: '2023-2024', grade: '优秀', total: 9150, date: '2024-01-05' },
  { id: 'test-b', district: '测试乙区', year: '2022-2023', grade: '合格', total: 7025, date: '2023-03-10' },
  { id: 'test-c', district: '测试甲区', year: '2022-2023', grade: '良好', total: 8800, date: '2023-02-01' },
];

/** Serve /reports/ with the fake rows (and their filter options) added next to the real one. */
async function withFakeRows(w: WatchedPage) {
  await w.page.route((u) => u.pathname === '/reports/', async (route) => {
    const res = await route.fetch();
    let html = await res.text();
    const real = /<tr data-id="[^"]+"[\s\S]*?<\/tr>/.exec(html)![0];
    const fakes = FAKE_ROWS.map((f) =>
      real
        .replace(/data-id="[^"]+"/, `data-id="${f.id}"`)
        .replace(/data-district="[^"]+"/, `data-district="${f.district}"`)
        .replace(/data-year="[^"]+"/, `data-year="${f.year}"`)
        .replace(/data-grade="[^"]+"/, `data-grade="${f.grade}"`)
        .replace(/data-total="[^"]+"/, `data-total="${f.total}"`)
        .replace(/data-date="[^"]+"/, `data-date="${f.date}"`),
    );
    html = html.replace(real, [real, ...fakes].join(''));
    // The filter options come from the rows at build time: add the fake district and year.
    html = html
      .replace(/<option value=""[^>]*>全部区<\/option>/, '$&<option value="测试甲区">测试甲区</option><option value="测试乙区">测试乙区</option>')
      .replace(/<option value=""[^>]*>全部年度<\/option>/, '$&<option value="2022-2023">2022-2023</option>')
      .replace(/data-offered="([^"]*)"/, (_m, json: string) => {
        const offered = JSON.parse(json.replaceAll('&quot;', '"')) as { districts: string[]; years: string[]; grades: string[] };
        offered.districts.push('测试甲区', '测试乙区');
        offered.years.push('2022-2023');
        return `data-offered="${JSON.stringify(offered).replaceAll('"', '&quot;')}"`;
      });
    await route.fulfill({ response: res, body: html });
  });
}

const visibleIds = (w: WatchedPage) =>
  w.page.locator('#report-rows tr:visible').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.id));

describe('report index', () => {
  it('without JavaScript is a plain table of every report, with no filter form', async () => {
    const w = await openPage(browser, { ...PHONE, javaScriptEnabled: false });
    await visit(w, '/reports/');
    expect(await w.page.locator('#report-filters').isVisible()).toBe(false);
    const row = w.page.locator(`#report-rows tr[data-id="${REPORT_ID}"]`);
    expect(await row.isVisible()).toBe(true);
    const text = await row.innerText();
    for (const fact of ['广州市流花街社工服务站', '越秀区', '流花街道', '2023-2024', '末期', '83.62', '良好']) expect(text).toContain(fact);
    expect(await row.getByRole('link', { name: /末期评估报告/ }).getAttribute('href')).toBe(REPORT_PATH);
    await w.context.close();
  });

  it('lists the same reports as reports.json, newest first', async () => {
    const w = await openPage(browser);
    await visit(w, '/reports/');
    const json = (await (await w.page.request.get(url('/data/reports.json'))).json()) as { reports: { id: string }[] };
    expect(await visibleIds(w)).toEqual(json.reports.map((r) => r.id));
    await w.context.close();
  });

  it('filters by 区, 年度 and 等级, and says how many are shown', async () => {
    const w = await openPage(browser, PHONE);
    await withFakeRows(w);
    await visit(w, '/reports/');
    await expect.poll(() => visibleIds(w)).toEqual([REPORT_ID, 'test-a', 'test-b', 'test-c']);

    await w.page.getByLabel('区', { exact: true }).selectOption('测试甲区');
    await expect.poll(() => visibleIds(w)).toEqual(['test-a', 'test-c']);
    await expect.poll(() => w.page.locator('#report-count').textContent()).toBe('显示 2 份，共 4 份报告。');

    await w.page.getByLabel('服务年度').selectOption('2022-2023');
    await expect.poll(() => visibleIds(w)).toEqual(['test-c']);
    await expect.poll(() => new URL(w.page.url()).search).toBe(`?${new URLSearchParams({ district: '测试甲区', year: '2022-2023' })}`);

    await w.page.getByLabel('等级').selectOption('优秀');
    await expect.poll(() => visibleIds(w)).toEqual([]);
    await expect.poll(() => w.page.locator('#no-match').isVisible()).toBe(true);

    await w.page.getByRole('button', { name: '清除筛选' }).click();
    await w.page.waitForFunction(() => document.querySelectorAll('#report-rows tr:not([hidden])').length === 4);
    await expect.poll(() => w.page.locator('#no-match').isVisible()).toBe(false);
    await expect.poll(() => new URL(w.page.url()).search).toBe('');

    await w.page.getByLabel('等级').selectOption('良好');
    await expect.poll(() => visibleIds(w)).toEqual([REPORT_ID, 'test-c']);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('sorts by 总分 both ways', async () => {
    const w = await openPage(browser, PHONE);
    await withFakeRows(w);
    await visit(w, '/reports/');
    await w.page.getByLabel('排序').selectOption('total-desc');
    await expect.poll(() => visibleIds(w)).toEqual(['test-a', 'test-c', REPORT_ID, 'test-b']);
    await w.page.getByLabel('排序').selectOption('total-asc');
    await expect.poll(() => visibleIds(w)).toEqual(['test-b', REPORT_ID, 'test-c', 'test-a']);
    await w.page.getByLabel('排序').selectOption('newest');
    await expect.poll(() => visibleIds(w)).toEqual([REPORT_ID, 'test-a', 'test-b', 'test-c']);
    await w.context.close();
  });

  it('opens with the choice in a shared link, and ignores values it does not know', async () => {
    const w = await openPage(browser, PHONE);
    await withFakeRows(w);
    await visit(w, `/reports/?${new URLSearchParams({ grade: '良好', sort: 'total-asc' })}`);
    expect(await visibleIds(w)).toEqual([REPORT_ID, 'test-c']);
    expect(await w.page.getByLabel('排序').inputValue()).toBe('total-asc');
    await visit(w, `/reports/?${new URLSearchParams({ district: '<script>', grade: '特优', sort: 'x' })}`);
    expect(await visibleIds(w)).toEqual([REPORT_ID, 'test-a', 'test-b', 'test-c']);
    expect(await w.page.getByLabel('区', { exact: true }).inputValue()).toBe('');
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });
});
