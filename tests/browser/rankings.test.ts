/**
 * The rankings on today's site, with its one report: a ranking of one, said plainly; the table equals the
 * open-data file; it reads without JavaScript; the header buttons work from the keyboard; the report page says
 * where the report stands; the report index and the station page lead to the rankings. The same with many
 * reports, ties and sorting that reorders: tests/scratch/rankings.test.ts.
 */
import { describe, expect } from 'vitest';
import { parseCsv } from '../../src/open-data/csv.ts';
import type { RankingFile } from '../../src/open-data/ranking-record.ts';
import { indexUrls } from '../../src/site/urls.ts';
import { islandEffectsRun, NARROW, visit } from '../harness/browser.ts';
import { it } from '../harness/fixture.ts';
import { expectRankingMatchesJson, fetchJson, readRanking, sortWithKeyboard } from './ranking-page.ts';
import { axeViolations, horizontalOverflow, REPORT_ID, REPORT_PATH } from './site-pages.ts';

// The one report: 流花街, 越秀区, 2023-2024 末期.
const COHORT = { serviceYear: '2023-2024', stageId: 'final' };
const DISTRICT = '越秀区';
const CITY_PATH = indexUrls.rankings(COHORT);
const DISTRICT_PATH = indexUrls.rankings({ ...COHORT, district: DISTRICT });
const FILES = indexUrls.rankingData(COHORT.serviceYear, COHORT.stageId);

describe('rankings with one report', () => {
  it('/rankings/ lists the round and its district, and the ranking of one says so plainly', async ({ openPage }) => {
    const w = await openPage();
    await visit(w, indexUrls.rankings());
    await w.page.locator('a[data-ranking-link=city]').click();
    await w.page.waitForURL(`**${encodeURI(CITY_PATH)}`);
    expect(await w.page.locator('h1').innerText()).toBe('2023-2024 服务年度末期评估排名：全市');
    expect(await w.page.locator('[data-ranking=one]').innerText()).toContain('第 1 名（共 1 份）');
    const shown = await readRanking(w.page);
    expect(shown.rows.map((r) => r.id)).toEqual([REPORT_ID]);
    expect(w.consoleErrors).toEqual([]);
  });

  for (const [where, path, district] of [
    ['citywide', CITY_PATH, null],
    ['district', DISTRICT_PATH, DISTRICT],
  ] as const) {
    it(`the ${where} table equals the open-data JSON and CSV`, async ({ openPage }) => {
      const w = await openPage();
      await visit(w, path);
      const file = await fetchJson<RankingFile>(w.page, FILES.json);
      expect(file.count).toBe(1);
      expectRankingMatchesJson(await readRanking(w.page), file, district);
      const csv = parseCsv(await w.page.evaluate(async (p) => (await fetch(p)).text(), FILES.csv));
      const [header, row] = csv;
      expect(row![header!.indexOf('报告编号')]).toBe(REPORT_ID);
      expect(Number(row![header!.indexOf('总分')])).toBe(file.reports[0]!.total);
    });
  }

  it('without JavaScript the page is the ranking: a captioned, focusable table region, no buttons, no sideways scroll at 320 px', async ({ openPage }) => {
    const w = await openPage({ ...NARROW, javaScriptEnabled: false });
    await visit(w, DISTRICT_PATH);
    const region = w.page.locator('section.table-scroll[tabindex="0"]');
    expect(await region.getAttribute('aria-labelledby')).toBe('ranking-caption');
    expect(await w.page.locator('#ranking-caption').innerText()).toBe('越秀区排名（共 1 份）');
    const shown = await readRanking(w.page);
    expect(shown.rows).toHaveLength(1);
    expect(shown.rows[0]!.cells[0]).toBe('1');
    expect(await w.page.locator('table[data-table=ranking] th button').count()).toBe(0);
    expect(await horizontalOverflow(w.page)).toBe(0);
  });

  it('with the keyboard: Tab to the 稳岗率 header button, Enter sorts and aria-sort says how', async ({ openPage }) => {
    const w = await openPage(NARROW);
    await visit(w, DISTRICT_PATH);
    await w.page.waitForSelector('table[data-table=ranking] th button');
    await islandEffectsRun(w.page);
    const before = await readRanking(w.page);
    expect(before.ariaSort[before.headers.indexOf('名次')]).toBe('ascending');
    await sortWithKeyboard(w.page, '稳岗率');
    let after = await readRanking(w.page);
    const col = after.headers.indexOf('稳岗率');
    expect(after.ariaSort[col]).toBe('descending');
    expect(after.ariaSort.filter((s) => s !== null)).toEqual(['descending']);
    expect(await w.page.locator('[role=status]').innerText()).toBe('已按稳岗率从高到低排列');
    await w.page.keyboard.press('Enter');
    after = await readRanking(w.page);
    expect(after.ariaSort[col]).toBe('ascending');
    expect(after.rows.map((r) => r.id)).toEqual(before.rows.map((r) => r.id));
    expect(await axeViolations(w.page)).toEqual([]);
    expect(await horizontalOverflow(w.page)).toBe(0);
    expect(w.consoleErrors).toEqual([]);
  });

  it('the report page says where the report stands, as the ranking file has it, and links the rankings', async ({ openPage }) => {
    const w = await openPage();
    await visit(w, REPORT_PATH);
    const file = await fetchJson<RankingFile>(w.page, FILES.json);
    const row = file.reports.find((r) => r.reportId === REPORT_ID)!;
    const standing = w.page.locator('[data-standing-of=current]');
    expect(await standing.locator('[data-place=city]').innerText()).toBe(`全市第 ${row.rank} 名（共 ${file.count} 份）`);
    expect(await standing.locator('[data-place=district]').innerText()).toBe(`${DISTRICT}第 ${row.districtRank} 名（共 1 份）`);
    // One report in the district: its median is its own total.
    expect(await standing.locator('[data-place=median]').innerText()).toBe(`${DISTRICT}总分中位数 ${row.total.toFixed(2)} 分`);
    expect(await w.page.locator('[data-standing-of=previous]').count()).toBe(0);
    expect(await standing.locator('[data-place=district] a').getAttribute('href')).toBe(DISTRICT_PATH);
    expect(await w.page.locator('[data-standing]').innerText()).toContain('只有这一份报告公开');
  });

  it('the report index and the station page lead to the rankings', async ({ openPage }) => {
    const w = await openPage();
    await visit(w, '/reports/');
    await w.page.locator('[data-rankings] a').click();
    await w.page.waitForURL(`**${indexUrls.rankings()}`);
    await visit(w, '/stations/liuhua/');
    await w.page.locator('[data-rankings] a').first().click();
    await w.page.waitForURL(`**${encodeURI(DISTRICT_PATH)}`);
    expect(await w.page.locator('h1').innerText()).toBe(`2023-2024 服务年度末期评估排名：${DISTRICT}`);
  });
});
