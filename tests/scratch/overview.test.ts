/**
 * The city overview on a slice of the fictional city (the citySearch scratch site: 8 stations, 40 reports over
 * three service years): a reader reads how many stations were 优秀 in a district and follows the count to
 * exactly those reports; every year's figures are what the open data implies; the trend has a line per round.
 */
import { describe, expect } from 'vitest';
import { PHONE, visit } from '../harness/browser.ts';
import { it } from '../harness/fixture.ts';
import { checkYearAgainstOpenData, openReports } from '../harness/overview.ts';
import { scratchSite } from '../harness/scratch-sites.ts';

const { origin: siteOrigin } = scratchSite('citySearch');

describe('overview on a slice of the fictional city', () => {
  it('every year’s page prints the figures the open data implies', async ({ openPage }) => {
    const w = await openPage(PHONE, siteOrigin);
    const years = [...new Set((await openReports(w)).map((r) => r.serviceYear))];
    expect(years.length).toBe(3);
    for (const year of years) await checkYearAgainstOpenData(w, year);
    expect(w.consoleErrors).toEqual([]);
  });

  it('a reader reads how many stations were 优秀 in a district and follows the count to exactly those reports', async ({ openPage }) => {
    const w = await openPage(PHONE, siteOrigin);
    const reports = await openReports(w);
    // The newest year with a 优秀 station in its 末期 round, and its district, found from the open data (which year
    // has one depends on the generated slice).
    const excellentIn = (y: string) => reports.filter((r) => r.serviceYear === y && r.stage === '末期' && r.scores.grade === '优秀');
    const year = [...new Set(reports.map((r) => r.serviceYear))].sort().reverse().find((y) => excellentIn(y).length > 0);
    expect(year, 'the slice has a 优秀 末期 report').toBeDefined();
    const excellent = excellentIn(year!);
    const district = excellent[0]!.station.district;
    const expected = excellent.filter((r) => r.station.district === district).map((r) => r.id).sort();

    await visit(w, '/overview/');
    await w.page.locator(`a[data-year-link="${year}"]`).click();
    await w.page.waitForURL(`**/overview/${year}/`);
    const cell = w.page.locator(`section.round:has(h2#final) table[data-table="grades"] tr[data-district="${district}"] td[data-grade="优秀"]`);
    expect(Number(await cell.innerText())).toBe(expected.length);
    await cell.getByRole('link').click();
    const list = w.page.locator(`[id="${decodeURIComponent(new URL(w.page.url()).hash.slice(1))}"]`);
    expect(await list.getAttribute('data-district')).toBe(district);
    expect(await list.getAttribute('data-grade')).toBe('优秀');
    const ids = await list.getByRole('link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/')[2]!));
    expect(ids.sort()).toEqual(expected);
    // And the first of them is a 优秀 report of that district.
    await list.getByRole('link').first().click();
    await w.page.waitForURL(`**/reports/${ids[0]}/`);
    const text = await w.page.locator('main').innerText();
    expect(text).toContain('优秀');
    expect(text).toContain(district);
  });

  it('the trend has one line per round, oldest first, with its number of reports and each indicator’s count below target', async ({ openPage }) => {
    const w = await openPage(PHONE, siteOrigin);
    const reports = await openReports(w);
    await visit(w, '/overview/');
    const rows = await w.page.locator('table[data-table="trend"] tbody tr').evaluateAll((trs) => trs.map((tr) => [(tr as HTMLElement).dataset.round!, tr.querySelector('td')!.textContent!.trim()]));
    const rounds = [...new Set(reports.map((r) => `${r.serviceYear} ${r.stage}`))];
    // Oldest year first; within a year 中期 before 末期, as the year ran.
    const order = (round: string) => `${round.slice(0, 9)} ${round.endsWith('中期') ? 0 : 1}`;
    expect(rows.map(([round]) => round)).toEqual([...rounds].sort((a, b) => order(a).localeCompare(order(b))));
    for (const [round, count] of rows) expect(Number(count)).toBe(reports.filter((r) => `${r.serviceYear} ${r.stage}` === round).length);
    // The indicators' trend: each round's count below target, as the open data has it.
    const below = await w.page.locator('table[data-table="trend-indicators"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [(tr as HTMLElement).dataset.indicator!, [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())] as const),
    );
    expect(below.length).toBeGreaterThan(0);
    for (const [name, cells] of below) {
      const counted = rows.map(([round]) => {
        const inRound = reports.filter((r) => `${r.serviceYear} ${r.stage}` === round && r.indicators.some((i) => i.name === name));
        return inRound.length === 0 ? '—' : String(inRound.filter((r) => r.indicators.some((i) => i.name === name && !i.met)).length);
      });
      expect(cells, name).toEqual(counted);
    }
  });
});
