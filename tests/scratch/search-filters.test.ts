/**
 * Search filters across the per-year index bundles, on the citySearch slice (40 reports, three service years,
 * one bundle each): 稳岗率 among the 需要关注 passages of one year and district finds exactly the reports of that
 * year and district whose concerns say 稳岗率 (read here from their files), and the shared address gives the
 * same results in a fresh page.
 */
import { describe, expect } from 'vitest';
import { PHONE, visit } from '../harness/browser.ts';
import { it } from '../harness/fixture.ts';
import { citySearchCity, scratchSite } from '../harness/scratch-sites.ts';
import { results, searchFor, tick } from '../harness/search-filters.ts';
import { reportFindings } from '../../src/reports/findings.ts';

const city = citySearchCity();
const { origin: siteOrigin } = scratchSite('citySearch');

describe('search filters on a slice of the fictional city', () => {
  it('稳岗率 among the 需要关注 passages of one year and district, across the merged bundles; the shared address gives the same', async ({ openPage }) => {
    // The oldest year (its own bundle, not the first one merged) and the district of its first report.
    const year = city.reports.at(-1)!.serviceYear;
    const inYear = city.reports.filter((r) => r.serviceYear === year);
    const districtOf = new Map(city.stations.map((s) => [s.id, s.district]));
    const district = districtOf.get(inYear[0]!.stationId)!;
    const expected = inYear
      .filter((r) => districtOf.get(r.stationId) === district)
      .filter((r) => reportFindings(r.mdx).some((p) => p.kind === 'concern' && p.text.includes('稳岗率')))
      .map((r) => `/reports/${r.id}/`)
      .sort();
    expect(expected.length).toBeGreaterThan(0);

    const w = await openPage(PHONE, siteOrigin);
    await visit(w, '/search/');
    const all = await searchFor(w, '稳岗率');
    expect(new Set(all.map((r) => r.path)).size).toBeGreaterThan(expected.length);
    await tick(w, '段落', '需要关注');
    await tick(w, '服务年度', year);
    await tick(w, '区', district);
    const filtered = await results(w);
    expect([...new Set(filtered.map((r) => r.path))].sort()).toEqual(expected);
    for (const r of filtered) expect(r.title).toContain('需要关注');

    const fresh = await openPage(PHONE, siteOrigin);
    await fresh.page.goto(w.page.url(), { waitUntil: 'networkidle' });
    expect(await results(fresh, '稳岗率')).toEqual(filtered);
    expect(w.consoleErrors).toEqual([]);
    expect(fresh.consoleErrors).toEqual([]);
  });
});
