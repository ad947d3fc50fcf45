/**
 * The rankings with many reports: the citySearch scratch site (tests/harness/scratch-sites.ts), a slice of the
 * fictional city, 8 stations and 40 reports over three service years. Every ranking page linked from
 * /rankings/ equals its open-data file; a district ranking sorts by 稳岗率 from the keyboard and reads in rank
 * order without JavaScript; a report page's standing, and its previous report's, agree with the files.
 */
import { describe, expect } from 'vitest';
import type { RankingFile } from '../../src/open-data/ranking-record.ts';
import { indexUrls } from '../../src/site/urls.ts';
import { expectRankingMatchesJson, fetchJson, readRanking, sortWithKeyboard, type ShownRanking } from '../browser/ranking-page.ts';
import { axeViolations, horizontalOverflow } from '../browser/site-pages.ts';
import { islandEffectsRun, NARROW, PHONE, visit } from '../harness/browser.ts';
import { it, type OpenPage } from '../harness/fixture.ts';
import { MIXED_YEAR, mixedRoundReports, scratchSite } from '../harness/scratch-sites.ts';

const site = scratchSite('citySearch');
const open = async (openPage: OpenPage, path: string, options = PHONE) => {
  const w = await openPage(options, site.origin);
  await visit(w, path);
  return w;
};

/** The rounds /rankings/ lists, as their JSON files say. */
async function rounds(openPage: OpenPage): Promise<RankingFile[]> {
  const w = await open(openPage, indexUrls.rankings());
  const links = await w.page.locator('a[href$=".json"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return Promise.all(links.map((href) => fetchJson<RankingFile>(w.page, href)));
}

const stageId = (stage: string) => (stage === '中期' ? 'interim' : 'final');
const column = (shown: ShownRanking, name: string) => shown.headers.indexOf(name);
const numbers = (shown: ShownRanking, name: string) => shown.rows.map((r) => Number(r.cells[column(shown, name)]!.replace('%', '')));

/**
 * A district ranking (round and district) whose rank order is not its 稳岗率 order, so sorting by 稳岗率 must
 * move rows: the slice's districts have two stations each, and some pair has the lower total and the higher rate.
 */
async function districtToReorder(openPage: OpenPage): Promise<{ file: RankingFile; district: string }> {
  for (const file of await rounds(openPage)) {
    for (const district of new Set(file.reports.map((r) => r.station.district))) {
      const rates = file.reports.filter((r) => r.station.district === district).map((r) => r.retention.rate);
      if (rates.some((rate, i) => i > 0 && rate > rates[i - 1]!)) return { file, district };
    }
  }
  throw new Error('no district ranking whose 稳岗率 order differs from its rank order');
}

describe('rankings on a slice of the fictional city', () => {
  it('lists every round, and every ranking page it links equals its open-data file', async ({ openPage }) => {
    const files = await rounds(openPage);
    expect(files.map((f) => `${f.serviceYear} ${f.stage}`)).toEqual(['2024-2025 末期', '2024-2025 中期', '2023-2024 末期', '2023-2024 中期', '2022-2023 末期', '2022-2023 中期']);
    expect(files.reduce((n, f) => n + f.count, 0)).toBe(40);
    const w = await openPage(PHONE, site.origin);
    for (const file of files) {
      const cohort = { serviceYear: file.serviceYear, stageId: stageId(file.stage) };
      await visit(w, indexUrls.rankings(cohort));
      expectRankingMatchesJson(await readRanking(w.page), file, null);
      for (const district of new Set(file.reports.map((r) => r.station.district))) {
        await visit(w, indexUrls.rankings({ ...cohort, district }));
        expectRankingMatchesJson(await readRanking(w.page), file, district);
      }
    }
    expect(w.consoleErrors).toEqual([]);
  });

  it('a district ranking sorts by 稳岗率 with the keyboard: Tab to the header, Enter, Enter again', async ({ openPage }) => {
    const { file, district } = await districtToReorder(openPage);
    const w = await open(openPage, indexUrls.rankings({ serviceYear: file.serviceYear, stageId: stageId(file.stage), district }), NARROW);
    await w.page.waitForSelector('table[data-table=ranking] th button');
    await islandEffectsRun(w.page);
    const before = await readRanking(w.page);
    expect(before.rows.length).toBeGreaterThan(1);

    await sortWithKeyboard(w.page, '稳岗率');
    const down = await readRanking(w.page);
    const rates = numbers(down, '稳岗率');
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    expect(down.rows.map((r) => r.id)).not.toEqual(before.rows.map((r) => r.id));
    expect(down.ariaSort[column(down, '稳岗率')]).toBe('descending');
    expect(down.ariaSort.filter((s) => s !== null)).toHaveLength(1);
    expect(down.rows.map((r) => r.id).sort()).toEqual(before.rows.map((r) => r.id).sort());
    expect(await w.page.locator('[role=status]').innerText()).toBe('已按稳岗率从高到低排列');

    await w.page.keyboard.press('Enter');
    const up = await readRanking(w.page);
    const ratesUp = numbers(up, '稳岗率');
    expect(ratesUp).toEqual([...ratesUp].sort((a, b) => a - b));
    expect(up.ariaSort[column(up, '稳岗率')]).toBe('ascending');
    expect(await w.page.locator('[role=status]').innerText()).toBe('已按稳岗率从低到高排列');

    // Back to rank order from the 名次 header.
    await sortWithKeyboard(w.page, '名次');
    const ranked = await readRanking(w.page);
    expect(ranked.ariaSort[column(ranked, '名次')]).toBe('ascending');
    expect(ranked.rows.map((r) => r.id)).toEqual(before.rows.map((r) => r.id));

    expect(await axeViolations(w.page)).toEqual([]);
    expect(await horizontalOverflow(w.page)).toBe(0);
    expect(w.consoleErrors).toEqual([]);
  });

  it('without JavaScript a district ranking reads in rank order, highest total first', async ({ openPage }) => {
    const { file, district } = await districtToReorder(openPage);
    const w = await open(openPage, indexUrls.rankings({ serviceYear: file.serviceYear, stageId: stageId(file.stage), district }), { ...NARROW, javaScriptEnabled: false });
    const shown = await readRanking(w.page);
    const totals = numbers(shown, '总分');
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(numbers(shown, '名次')[0]).toBe(1);
    expect(await w.page.locator('table[data-table=ranking] th button').count()).toBe(0);
    expect(await horizontalOverflow(w.page)).toBe(0);
  });

  it("a report page gives its ranks and its district's median, and its previous report's, as the ranking files have them", async ({ openPage }) => {
    const files = await rounds(openPage);
    const newest = files[0]!;
    const report = newest.reports[newest.reports.length - 1]!;
    const w = await open(openPage, new URL(report.url).pathname);
    const check = async (key: string, file: RankingFile, reportId: string) => {
      const row = file.reports.find((r) => r.reportId === reportId)!;
      // In hundredths, the midpoint of an even count rounded half up.
      const inDistrict = file.reports.filter((r) => r.station.district === row.station.district).map((r) => Math.round(r.total * 100)).sort((a, b) => a - b);
      const mid = Math.floor(inDistrict.length / 2);
      const median = (inDistrict.length % 2 ? inDistrict[mid]! : Math.round((inDistrict[mid - 1]! + inDistrict[mid]!) / 2)) / 100;
      const block = w.page.locator(`[data-standing-of=${key}]`);
      expect(await block.locator('[data-place=city]').innerText()).toBe(`全市第 ${row.rank} 名（共 ${file.count} 份）`);
      expect(await block.locator('[data-place=district]').innerText()).toBe(`${row.station.district}第 ${row.districtRank} 名（共 ${inDistrict.length} 份）`);
      expect(await block.locator('[data-place=median]').innerText()).toBe(`${row.station.district}总分中位数 ${median.toFixed(2)} 分`);
    };
    await check('current', newest, report.reportId);
    // Its station's report before it: the same year's 中期.
    const previous = files[1]!.reports.find((r) => r.station.id === report.station.id)!;
    expect(await w.page.locator('[data-standing-of=previous] h3 a').getAttribute('href')).toBe(new URL(previous.url).pathname);
    await check('previous', files[1]!, previous.reportId);
  });
});

describe('a round whose reports were scored under different rule sets (100 and 1,000 points)', () => {
  const mixed = scratchSite('mixedRound');
  const cohort = { serviceYear: `${MIXED_YEAR}-${MIXED_YEAR + 1}`, stageId: 'final' };

  it('says so, ranks on the share of the maximum, prints the points as reported, and equals its open-data file', async ({ openPage }) => {
    const w = await openPage(NARROW, mixed.origin);
    await visit(w, indexUrls.rankings(cohort));
    expect(await w.page.locator('[data-ranking=mixed]').innerText()).toContain('名次按得分率');
    const file = await fetchJson<RankingFile>(w.page, indexUrls.rankingData(cohort.serviceYear, cohort.stageId).json);
    expect(file.mixedRules).toBe(true);
    expect(file.ruleSets).toHaveLength(2);
    const shown = await readRanking(w.page);
    expectRankingMatchesJson(shown, file, null);
    // Ranked on the share: the row order is the order of total ÷ maximum, whatever the points.
    const shares = mixedRoundReports().map((d) => ({ title: d.title, share: Number(d.scores.total) / (d.rules === 'gz-2023' ? 100 : 1000) }));
    const byShare = [...shares].sort((a, b) => b.share - a.share).map((s) => s.title);
    expect(file.reports.map((r) => r.title)).toEqual(byShare);
    expect(shown.rows.map((r) => r.cells[column(shown, '得分率')])).toEqual(file.reports.map((r) => `${r.share.toFixed(2)}%`));
    // A party only one of the sets has: a dash for the other report.
    const partyHeaders = shown.headers.filter((h, i) => i > column(shown, '等级') && i < column(shown, '稳岗率'));
    const dashes = shown.rows.flatMap((r) => partyHeaders.map((h) => r.cells[column(shown, h)])).filter((c) => c === '—');
    expect(dashes.length).toBeGreaterThan(0);
    expect(await axeViolations(w.page)).toEqual([]);
    expect(await horizontalOverflow(w.page)).toBe(0);
    expect(w.consoleErrors).toEqual([]);
  });

  it("a report page gives its district's median as a share when the district mixes rule sets", async ({ openPage }) => {
    const w = await openPage(PHONE, mixed.origin);
    const file = await (async () => {
      await visit(w, indexUrls.rankings());
      return fetchJson<RankingFile>(w.page, indexUrls.rankingData(cohort.serviceYear, cohort.stageId).json);
    })();
    const row = file.reports[0]!;
    await visit(w, new URL(row.url).pathname);
    const median = [...file.reports.map((r) => Math.round(r.share * 100))].sort((a, b) => a - b);
    const expected = Math.round((median[0]! + median[1]!) / 2) / 100;
    expect(await w.page.locator('[data-standing-of=current] [data-place=median]').innerText()).toBe(
      `${row.station.district}得分率中位数 ${expected.toFixed(2)}%（区内报告的评估办法满分不同，按得分率计）`,
    );
  });
});
