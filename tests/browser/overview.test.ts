/**
 * The city overview on today's content (one report): it says plainly that it covers one report, a reader
 * follows a count to the report behind it, its figures are those the open data implies, its chart loads only
 * when scrolled to, and its pages pass axe and fit 320 px. Many reports: tests/scratch/overview.test.ts.
 */
import { describe, expect } from 'vitest';
import { NARROW, PHONE, visit } from '../harness/browser.ts';
import { it } from '../harness/fixture.ts';
import { checkYearAgainstOpenData } from '../harness/overview.ts';
import { axeViolations, horizontalOverflow, REPORT_PATH } from './site-pages.ts';

const YEAR = '2023-2024';
const PAGES = ['/overview/', `/overview/${YEAR}/`, '/overview/themes/', `/overview/themes/${YEAR}/team/`];

describe('overview', () => {
  it('says it covers one report, then leads from the 越秀区 良好 count to that report, without JavaScript', async ({ openPage }) => {
    const w = await openPage({ ...PHONE, javaScriptEnabled: false });
    await visit(w, '/overview/');
    expect(await w.page.locator('[data-figure="one-report"]').innerText()).toContain('只涵盖这一份报告');
    await w.page.getByRole('link', { name: `${YEAR} 服务年度` }).first().click();
    await w.page.waitForURL(`**/overview/${YEAR}/`);
    expect(await w.page.locator('[data-figure="one-report"]').innerText()).toContain('只有 1 份评估报告');
    const cell = w.page.locator('table[data-table="grades"] tr[data-district="越秀区"] td[data-grade="良好"]');
    expect(await cell.innerText()).toBe('1');
    expect(await w.page.locator('table[data-table="grades"] tr[data-district="越秀区"] td[data-grade="优秀"]').innerText()).toBe('0');
    await cell.getByRole('link').click();
    const target = decodeURIComponent(new URL(w.page.url()).hash.slice(1));
    const list = w.page.locator(`[id="${target}"]`);
    expect(await list.innerText()).toContain('越秀区（1 个）');
    await list.getByRole('link', { name: '广州市流花街社工服务站' }).click();
    await w.page.waitForURL(`**${REPORT_PATH}`);
    expect(await w.page.locator('h1').innerText()).toContain('流花街社工服务站');
  });

  it('prints the figures the open data implies: grades, spread, 稳岗率, indicators below target', async ({ openPage }) => {
    const w = await openPage(PHONE);
    const rounds = await checkYearAgainstOpenData(w, YEAR);
    // The real report: 83.62, 良好, 稳岗率 65.00% (not met), every indicator met.
    expect(rounds).toHaveLength(1);
    expect(rounds[0]!.median).toBe('83.62 分');
    expect(rounds[0]!.retentionNotMet).toBe(1);
    // The lowest and highest link to the report itself.
    expect(await w.page.locator('[data-figure="spread"] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toEqual([REPORT_PATH, REPORT_PATH]);
    // The year's open data says the same: its CSV has a BOM and the median row.
    const csv = await (await w.page.request.get(new URL(`/data/overview/${YEAR}.csv`, w.siteOrigin).href)).text();
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`${YEAR},末期,全市,总分分布,中位数,83.62,分,1,`);
    expect(w.consoleErrors).toEqual([]);
  });

  it('with one round the trend is a sentence, not a chart of one bar', async ({ openPage }) => {
    const w = await openPage();
    await visit(w, '/overview/');
    await expect.poll(() => w.page.locator('[data-figure="one-round"]').textContent()).toContain('还看不出趋势');
    expect(await w.page.locator('canvas').count()).toBe(0);
  });

  it('loads chart.js only when the chart is scrolled into view, and draws it', async ({ openPage }) => {
    const w = await openPage({ ...PHONE, viewport: { width: 360, height: 300 } });
    const scripts: string[] = [];
    w.page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await visit(w, `/overview/${YEAR}/`);
    expect(scripts.filter((s) => /chart-setup/.test(s))).toEqual([]);
    await w.page.locator('canvas[data-chart="grades"]').scrollIntoViewIfNeeded();
    await expect.poll(() => scripts.filter((s) => /chart-setup/.test(s)).length).toBeGreaterThan(0);
    // Drawn: chart.js sets the canvas's pixel size from its box.
    await expect.poll(() => w.page.locator('canvas[data-chart="grades"]').evaluate((c) => (c as HTMLCanvasElement).width)).toBeGreaterThan(300);
    expect(w.consoleErrors).toEqual([]);
  });

  for (const path of PAGES) {
    it(`${path}: axe finds nothing, and it fits 320 px without sideways scrolling`, async ({ openPage }) => {
      const w = await openPage(NARROW);
      await visit(w, path);
      expect(await horizontalOverflow(w.page)).toBe(0);
      expect(await axeViolations(w.page)).toEqual([]);
      expect(w.foreignRequests).toEqual([]);
      expect(w.consoleErrors).toEqual([]);
    });
  }

  it('themes: the table counts the real report under 团队稳定与建设 as a concern, and the count leads to it', async ({ openPage }) => {
    const w = await openPage(PHONE);
    await visit(w, '/overview/themes/');
    const cell = w.page.locator(`table[data-year="${YEAR}"] tr[data-theme="team"] td[data-kind="concern"]`);
    expect(await cell.innerText()).toBe('1');
    await cell.getByRole('link').click();
    await w.page.waitForURL(`**/overview/themes/${YEAR}/team/#concern`);
    await w.page.locator('[data-list="team-concern"]').getByRole('link', { name: /流花街社工服务站/ }).click();
    await w.page.waitForURL(`**${REPORT_PATH}`);
  });

  it('is listed on /data/ with the year’s JSON and CSV', async ({ openPage }) => {
    const w = await openPage(PHONE);
    await visit(w, '/data/');
    const item = w.page.locator(`li[data-overview-year="${YEAR}"]`);
    for (const [name, path] of [['JSON', `/data/overview/${YEAR}.json`], ['CSV', `/data/overview/${YEAR}.csv`]] as const) {
      const href = await item.getByRole('link', { name }).getAttribute('href');
      expect(href).toBe(path);
      expect((await w.page.request.get(new URL(path, w.siteOrigin).href)).status()).toBe(200);
    }
    const json = (await (await w.page.request.get(new URL(`/data/overview/${YEAR}.json`, w.siteOrigin).href)).json()) as { reports: number; rounds: { totals: { median: number } }[] };
    expect(json.reports).toBe(1);
    expect(json.rounds[0]!.totals.median).toBe(83.62);
  });
});
