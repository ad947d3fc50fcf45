/**
 * Search on a slice of the fictional city (tools/fictional-city/), built for real in a scratch copy with the
 * project's own `npm run build` by the scratch project's setup (tests/harness/scratch-sites.ts): its reports
 * pass the build's checks, the index is split into one bundle per service year plus the site's own, and
 * /search/ merges them, so a resident finds a station by a community's name or a road, and a reader finds a
 * report from the oldest year by a phrase of its findings.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { PHONE, visit, type WatchedPage } from '../harness/browser.ts';
import { it } from '../harness/fixture.ts';
import { CITY_SEARCH_SLICE as SLICE, citySearchCity, scratchSite } from '../harness/scratch-sites.ts';
import { STAGES } from '../../src/schemas/report/index.ts';
import { reportShard } from '../../src/search/shards.ts';

// 8 stations, 40 reports: the newest two service years in full and half of a third, so three report shards.
const city = citySearchCity();
const { origin: siteOrigin, dist } = scratchSite('citySearch');

/** Type a query, wait for Pagefind's final message and every result, load all pages of results; the result paths. */
async function search(w: WatchedPage, query: string): Promise<string[]> {
  const input = w.page.locator('.pagefind-ui__search-input');
  await input.fill('');
  await input.pressSequentially(query);
  await w.page.locator('.pagefind-ui__message').filter({ hasText: /找到|未找到/ }).filter({ hasText: query }).waitFor();
  const settled = () => w.page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__loading').length === 0);
  await settled();
  const more = w.page.locator('.pagefind-ui__button', { hasText: '加载更多' });
  while (await more.count()) {
    await more.click();
    await settled();
  }
  return w.page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search on a slice of the fictional city', () => {
  it('built every report and one search bundle per round (service year and stage) besides the site’s own', () => {
    const built = new Set(readdirSync(join(dist, 'reports'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name));
    // Besides the reports, /reports/ holds the index pages by year, district and grade (and page/ on a long list).
    expect(city.reports.filter((r) => built.has(r.id))).toHaveLength(SLICE.reports);
    const years = [...new Set(city.reports.map((r) => r.serviceYear))];
    expect(years).toHaveLength(3);
    const rounds = [...new Set(city.reports.map((r) => reportShard(r.serviceYear, STAGES[r.stage])))];
    expect(rounds.length).toBeGreaterThan(years.length);
    const bundles = readdirSync(join(dist, 'pagefind')).filter((f) => f.startsWith('reports-')).sort();
    expect(bundles).toEqual(rounds.sort());
  });

  it('finds a station by a community it serves, by a road of its address, and an old report by a phrase of its findings', async ({ openPage }) => {
    const station = city.stations[5]!;
    const community = station.zones.at(-1)!.communities.at(-1)!;
    const road = station.roads[0]!;
    // A phrase from a finding of one report of the oldest year: a project name no other report of the slice uses.
    const oldest = city.reports.filter((r) => r.serviceYear === city.reports.at(-1)!.serviceYear);
    const named = (mdx: string) => [...mdx.matchAll(/“([^“”]+——[^“”]+)”/g)].map((m) => m[1]!);
    const counts = new Map<string, number>();
    for (const r of city.reports) for (const name of new Set(named(r.mdx))) counts.set(name, (counts.get(name) ?? 0) + 1);
    const report = oldest.find((r) => named(r.mdx).some((n) => counts.get(n) === 1))!;
    const phrase = named(report.mdx).find((n) => counts.get(n) === 1)!;

    const w = await openPage(PHONE, siteOrigin);
    await visit(w, '/search/');
    const missing: string[] = [];
    const expectations: [string, string][] = [
      [community, `/stations/${station.id}/`],
      [road, `/stations/${station.id}/`],
      [phrase, `/reports/${report.id}/`],
    ];
    for (const [query, page] of expectations) {
      const found = await search(w, query);
      if (!found.includes(page)) missing.push(`${query} → ${page} (found: ${found.join(' ') || 'nothing'})`);
    }
    expect(missing).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
  });
});
