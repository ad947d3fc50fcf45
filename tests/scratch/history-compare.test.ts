/**
 * A station's history and reports side by side, on the history scratch site (tests/harness/scratch-sites.ts):
 * station 3 has four reports, the first under the fictional 1,000-point rule set, the rest under gz-2023;
 * station 4 has one. Every figure a test expects is read from the site's own open data (/data/reports/<id>.json),
 * never typed: the pages must agree with it.
 */
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { NARROW, PHONE, visit } from '../harness/browser.ts';
import { it, type OpenPage } from '../harness/fixture.ts';
import { HISTORY_REPORTS, HISTORY_STATION, SINGLE_REPORT, scratchSite } from '../harness/scratch-sites.ts';
import { axeViolations, horizontalOverflow } from '../browser/site-pages.ts';
import { FICTIONAL_RULES, GZ_2023 } from '../fixtures/rule-sets.ts';

const site = scratchSite('history');

const open = async (openPage: OpenPage, path: string, options = PHONE) => {
  const w = await openPage(options, site.origin);
  await visit(w, path);
  return w;
};

interface OpenRecord {
  id: string;
  rules: string;
  serviceYear: string;
  stage: string;
  scores: Record<string, number | string> & { total: number; grade: string };
  staffing: { retention: { rate: number } };
  station: { name: string };
}
const recordOf = async (id: string): Promise<OpenRecord> => (await fetch(new URL(`/data/reports/${id}.json`, site.origin))).json() as Promise<OpenRecord>;
const two = (n: number) => n.toFixed(2);

const tableRows = (page: Page, selector: string) =>
  page.locator(`${selector} tbody tr`).evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim())));

describe("a station's history", () => {
  for (const javaScriptEnabled of [false, true]) {
    it(`a resident reads every report's total, grade and parties in the table (JavaScript ${javaScriptEnabled ? 'on' : 'off'}), the rule set's change marked`, async ({ openPage }) => {
      const w = await open(openPage, `/stations/${HISTORY_STATION.id}/`, { ...PHONE, javaScriptEnabled });
      const { page } = w;
      const records = await Promise.all(HISTORY_REPORTS.map((r) => recordOf(r.id)));
      const rows = await tableRows(page, 'table[data-table=history-scores]');
      expect(rows).toHaveLength(records.length);
      records.forEach((r, i) => {
        const rules = r.rules === FICTIONAL_RULES.id ? FICTIONAL_RULES : GZ_2023;
        const row = rows[i]!;
        expect(row[0]).toBe(`${r.serviceYear} ${r.stage}`);
        // The printed points out of the set's maximum, and the share of it (the sets' maxima differ).
        expect(row[2]).toContain(`${two(r.scores.total)} / ${two(rules.totalMax)}`);
        expect(row[3]).toBe(r.scores.grade);
        for (const p of rules.parties) expect(row).toContain(`${two(Number(r.scores[p.id]))} / ${two(p.maxPoints)}`);
      });
      // Scored under the 1,000-point set first, then under gz-2023: the change is said where it happens.
      expect(rows[1]![1]).toContain('评估办法自此变更');
      expect(rows[0]![1]).not.toContain('变更');
      expect(rows[2]![1]).not.toContain('变更');
      // The rates table: 稳岗率 per report, and the rule's 80% from the set, not typed.
      const rates = await tableRows(page, 'table[data-table=history-rates]');
      expect(rates[0]!.slice(1)).toEqual(records.map((r) => expect.stringContaining(`${two(r.staffing.retention.rate)}%`)));
      await expect(page.locator('table[data-table=history-rates] caption').innerText()).resolves.toContain(`稳岗率不低于 ${GZ_2023.staffing.retentionMinPercent}%`);
      expect(await page.locator('[data-figure=history-sentence]').innerText()).toContain('图中按各自满分的百分比画出');
      expect(w.consoleErrors).toEqual([]);
    });
  }

  it('draws both charts once scrolled to, loading chart.js only then', async ({ openPage }) => {
    const w = await openPage({ viewport: { width: 360, height: 640 } }, site.origin);
    const scripts: string[] = [];
    w.page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await visit(w, `/stations/${HISTORY_STATION.id}/`);
    expect(scripts.filter((s) => s.includes('chart-setup') || s.includes('history-setup'))).toEqual([]);
    for (const kind of ['history-scores', 'history-rates']) {
      const canvas = w.page.locator(`canvas[data-chart=${kind}]`);
      await expect(canvas.getAttribute('aria-label')).resolves.toContain('各次');
      await canvas.scrollIntoViewIfNeeded();
      // Painted: opaque pixels of the lines, points, axes and labels (an empty canvas has none).
      const ink = () =>
        canvas.evaluate((c: HTMLCanvasElement) => {
          const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
          let n = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i]! > 200) n++;
          return n;
        });
      await expect.poll(ink).toBeGreaterThan(2000);
    }
    expect(scripts.some((s) => s.includes('history-setup'))).toBe(true);
    expect(w.consoleErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
  });

  it('at 320 px the page does not scroll sideways; the tables scroll in their captioned, focusable regions; axe passes', async ({ openPage }) => {
    const w = await open(openPage, `/stations/${HISTORY_STATION.id}/`, NARROW);
    const { page } = w;
    expect(await horizontalOverflow(page)).toBe(0);
    const regions = await page.locator('section[data-history] .table-scroll').evaluateAll((els) =>
      els.map((el) => ({ tabindex: el.getAttribute('tabindex'), name: document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.tagName })),
    );
    expect(regions).toEqual([
      { tabindex: '0', name: 'CAPTION' },
      { tabindex: '0', name: 'CAPTION' },
    ]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a station with one report gets a sentence, not a chart of one point', async ({ openPage }) => {
    const w = await open(openPage, `/stations/xugou-4/`);
    const r = await recordOf(SINGLE_REPORT.id);
    const section = w.page.locator('section[data-history=single]');
    expect(await section.locator('[data-figure=history-sentence]').innerText()).toContain(`总分 ${two(r.scores.total)} 分`);
    expect(await section.locator('canvas, table').count()).toBe(0);
  });
});

describe('reports side by side', () => {
  const [a, b] = [HISTORY_REPORTS[2]!, SINGLE_REPORT];

  it('someone opens a shared link for two reports and reads the differences, in words', async ({ openPage }) => {
    const w = await open(openPage, `/compare/?r=${a.id},${b.id}`);
    const { page } = w;
    const [ra, rb] = await Promise.all([recordOf(a.id), recordOf(b.id)]);
    const table = page.locator('table[data-table=compare]');
    await expect(table.locator('thead th[data-report]').allInnerTexts()).resolves.toHaveLength(2);
    const rows = await tableRows(page, 'table[data-table=compare]');
    const total = rows.find((r) => r[0] === '总分')!;
    expect(total[1]).toBe(`${two(ra.scores.total)} 分`);
    const d = Math.round((rb.scores.total - ra.scores.total) * 100) / 100;
    expect(total[2]).toBe(`${two(rb.scores.total)} 分 ${d === 0 ? '与基准相同' : `比基准${d > 0 ? '高' : '低'} ${two(Math.abs(d))} 分`}`);
    // Each party, by name, told the same way.
    for (const p of GZ_2023.parties) {
      const row = rows.find((r) => r[0] === p.name)!;
      const pd = Math.round((Number(rb.scores[p.id]) - Number(ra.scores[p.id])) * 100) / 100;
      expect(row[2]).toContain(pd === 0 ? '与基准相同' : `比基准${pd > 0 ? '高' : '低'} ${two(Math.abs(pd))} 分`);
    }
    // A difference is text first; colour only adds to it.
    const marks = await page.locator('[data-difference=higher], [data-difference=lower]').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m).toMatch(/^比基准[高低多少] /);
    expect(w.consoleErrors).toEqual([]);
  });

  it('reports under rule sets with different maxima: it says so and compares shares of the maximum', async ({ openPage }) => {
    const first = HISTORY_REPORTS[0]!;
    const w = await open(openPage, `/compare/?r=${first.id},${b.id}`);
    const { page } = w;
    await expect(page.locator('[data-figure=mixed-rules]').innerText()).resolves.toContain('满分不同，总分和各方得分按占各自满分的百分比比较');
    const rows = await tableRows(page, 'table[data-table=compare]');
    const total = rows.find((r) => r[0] === '总分（占满分）')!;
    const [r1, r2] = await Promise.all([recordOf(first.id), recordOf(b.id)]);
    expect(total[1]).toContain(`${two(r1.scores.total)} / ${two(FICTIONAL_RULES.totalMax)} 分`);
    expect(total[2]).toContain(`${two(r2.scores.total)} / ${two(GZ_2023.totalMax)} 分`);
    expect(total[2]).toMatch(/比基准[高低] [\d.]+ 个百分点|与基准相同/);
  });

  it('four reports at 320 px: the page does not scroll sideways, the table scrolls in its captioned, focusable region', async ({ openPage }) => {
    const ids = [HISTORY_REPORTS[1]!.id, HISTORY_REPORTS[2]!.id, HISTORY_REPORTS[3]!.id, b.id];
    const w = await open(openPage, `/compare/?r=${ids.join(',')}`, NARROW);
    const { page } = w;
    await expect(page.locator('table[data-table=compare] thead th[data-report]').count()).resolves.toBe(4);
    expect(await horizontalOverflow(page)).toBe(0);
    const region = page.locator('.table-scroll:has(table[data-table=compare])');
    const info = await region.evaluate((el) => ({
      scrolls: el.scrollWidth > el.clientWidth,
      tabindex: el.getAttribute('tabindex'),
      name: document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.tagName,
    }));
    expect(info).toEqual({ scrolls: true, tabindex: '0', name: 'CAPTION' });
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('加入对比 on two report pages, then the compare page shows both; the list survives a reload', async ({ openPage }) => {
    const w = await openPage(PHONE, site.origin);
    const { page } = w;
    for (const r of [a, b]) {
      await visit(w, `/reports/${r.id}/`);
      // The island hydrates when its block is scrolled into view; until then it is a link to the compare page.
      await page.locator('section.compare-block').scrollIntoViewIfNeeded();
      const button = page.locator(`button[data-compare-add="${r.id}"]`);
      await button.click();
      await expect.poll(() => page.locator('#compare-add-status').innerText()).toContain('已加入对比列表');
    }
    const link = page.locator('a[data-compare-link]');
    expect(await link.getAttribute('href')).toBe('/compare/');
    await link.click();
    // The compare page reads the saved list and writes it into its address, to share.
    await expect.poll(() => page.url()).toContain(`/compare/?r=${a.id},${b.id}`);
    await expect.poll(() => page.locator('table[data-table=compare] thead th[data-report]').count()).toBe(2);
    // Removing one keeps the address shareable: it names what is on screen.
    await page.getByRole('button', { name: /^移出 / }).first().click();
    await expect.poll(() => page.url()).toContain(`/compare/?r=${b.id}`);
    await page.goto(new URL('/compare/', site.origin).href);
    await expect.poll(() => page.locator('.compare').innerText()).toContain('已选 1 份报告');
    expect(w.consoleErrors).toEqual([]);
  });

  it('finds a report by station name and adds it', async ({ openPage }) => {
    const w = await open(openPage, `/compare/?r=${b.id}`);
    const { page } = w;
    await page.getByLabel('按社工站名称查找报告').fill('丁街');
    const add = page.getByRole('button', { name: /^加入对比：/ });
    await expect.poll(() => add.count()).toBe(HISTORY_REPORTS.length);
    await add.first().click();
    await expect.poll(() => page.locator('table[data-table=compare] thead th[data-report]').count()).toBe(2);
    expect(page.url()).toMatch(new RegExp(`\\?r=${b.id},xugou-3-`));
  });
});
