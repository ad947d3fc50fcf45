/**
 * Today's site (one report): the station page's history is a sentence; the compare page with a bad or hostile
 * address says what is wrong in Chinese and throws nothing; without JavaScript it says what it needs and where the
 * same figures are; 加入对比 on the report page. Several reports and mixed rule sets: tests/scratch/history-compare.test.ts.
 */
import { describe, expect } from 'vitest';
import { NARROW, PHONE, visit, type WatchedPage } from '../harness/browser.ts';
import { it } from '../harness/fixture.ts';
import { axeViolations, horizontalOverflow, REPORT_ID, REPORT_PATH } from './site-pages.ts';

const STATION_PATH = '/stations/liuhua/';

/** Page errors and console errors, but a 404 for a report that does not exist, which the page reports in words. */
const realErrors = (w: WatchedPage) => w.consoleErrors.filter((e) => !/Failed to load resource: .*404/.test(e));

describe("a station's history with one report", () => {
  for (const javaScriptEnabled of [false, true]) {
    it(`is one sentence with the report's total and grade (JavaScript ${javaScriptEnabled ? 'on' : 'off'}), no chart`, async ({ openPage }) => {
      const w = await openPage({ ...PHONE, javaScriptEnabled });
      await visit(w, STATION_PATH);
      const record = (await (await fetch(new URL(`/data/reports/${REPORT_ID}.json`, w.siteOrigin))).json()) as { scores: { total: number; grade: string }; serviceYear: string; stage: string };
      const section = w.page.locator('section[data-history=single]');
      const text = await section.locator('[data-figure=history-sentence]').innerText();
      expect(text).toContain(`${record.serviceYear} 服务年度${record.stage}评估`);
      expect(text).toContain(`总分 ${record.scores.total.toFixed(2)} 分`);
      expect(text).toContain(`等级${record.scores.grade}`);
      expect(await section.locator('canvas').count()).toBe(0);
      expect(w.consoleErrors).toEqual([]);
    });
  }
});

describe('the compare page', () => {
  it('without JavaScript says it needs it and links to the rankings and the station histories', async ({ openPage }) => {
    const w = await openPage({ ...PHONE, javaScriptEnabled: false });
    await visit(w, `/compare/?r=${REPORT_ID}`);
    const note = w.page.locator('[data-compare-noscript]');
    expect(await note.innerText()).toContain('需要浏览器开启 JavaScript');
    const links = await note.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/rankings/');
    expect(links).toContain('/stations/');
  });

  const bad: [string, string, string][] = [
    ['an unknown id', '?r=xugou-999-2023-2024-final', '找不到编号为“xugou-999-2023-2024-final”的报告'],
    ['script text', `?r=${encodeURIComponent('<script>alert(1)</script>')},${REPORT_ID}`, '链接中有 1 个无法识别的报告编号，已略去。'],
    ['an image tag with a handler', `?r=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`, '链接中有 1 个无法识别的报告编号，已略去。'],
    ['50 ids', `?r=${Array.from({ length: 50 }, (_, i) => `xugou-${i}-2023-2024-final`).join(',')}`, '一次最多对比 4 份报告。链接中有 50 份，只取前 4 份。'],
  ];
  for (const [what, query, message] of bad) {
    it(`a link with ${what} gets a clear Chinese message and no page error`, async ({ openPage }) => {
      const w = await openPage(PHONE);
      const dialogs: string[] = [];
      w.page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const fetched: string[] = [];
      w.page.on('request', (r) => {
        if (r.url().includes('/data/reports/')) fetched.push(new URL(r.url()).pathname);
      });
      await visit(w, `/compare/${query}`);
      await expect.poll(() => w.page.locator('.compare-notices').innerText()).toContain(message);
      expect(dialogs).toEqual([]);
      expect(await w.page.locator('.compare img').count()).toBe(0);
      expect(realErrors(w)).toEqual([]);
      expect(fetched.length).toBeLessThanOrEqual(4);
      // The address is rewritten to what is shown: only real report ids.
      expect(decodeURIComponent(w.page.url())).not.toMatch(/[<>"]/);
    });
  }

  it('with one report asks for another, and passes axe at 320 px without sideways scrolling', async ({ openPage }) => {
    const w = await openPage(NARROW);
    await visit(w, `/compare/?r=${REPORT_ID}`);
    await expect.poll(() => w.page.locator('.compare').innerText()).toContain('再加入一份即可并排对比');
    expect(await horizontalOverflow(w.page)).toBe(0);
    expect(await axeViolations(w.page)).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
  });
});

describe('加入对比 on a report page', () => {
  it('adds the report to the compare list, says so, and links to the compare page with it', async ({ openPage }) => {
    const w = await openPage(PHONE);
    await visit(w, REPORT_PATH);
    const { page } = w;
    await page.locator('section.compare-block').scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: '加入对比' }).click();
    await expect.poll(() => page.locator('#compare-add-status').innerText()).toBe('已加入对比列表（共 1 份）。');
    expect(await page.locator('a[data-compare-link]').getAttribute('href')).toBe('/compare/');
    // Again: it is there already, not added twice.
    await page.getByRole('button', { name: '已在对比列表中' }).click();
    await expect.poll(() => page.locator('#compare-add-status').innerText()).toBe('这份报告已在对比列表中（共 1 份）。');
    // The compare page shows the saved list, and its address names it, to share.
    await page.locator('a[data-compare-link]').click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`/compare/\\?r=${REPORT_ID}$`));
    await expect.poll(() => page.locator('.compare').innerText()).toContain('再加入一份即可并排对比');
    expect(w.consoleErrors).toEqual([]);
  });

  it('a corrupt saved list is reset with a notice, and the button still works', async ({ openPage }) => {
    const w = await openPage(PHONE);
    await w.context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('shegong-pinggu:compare:v1', '{"not":"a list"');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await visit(w, REPORT_PATH);
    const { page } = w;
    await page.locator('section.compare-block').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('#compare-add-status').innerText()).toContain('本机保存的对比列表已损坏或无法识别，已清空。');
    await page.getByRole('button', { name: '加入对比' }).click();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('shegong-pinggu:compare:v1'))).toBe(JSON.stringify([REPORT_ID]));
    expect(w.consoleErrors).toEqual([]);
  });

  it('without JavaScript is a link to the compare page with this report', async ({ openPage }) => {
    const w = await openPage({ ...PHONE, javaScriptEnabled: false });
    await visit(w, REPORT_PATH);
    expect(await w.page.locator('section.compare-block .compare-add a').getAttribute('href')).toBe(`/compare/?r=${REPORT_ID}`);
  });
});
