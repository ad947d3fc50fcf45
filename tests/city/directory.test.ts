/**
 * The directory on the fictional city (176 stations, ~2,800 communities; tests/harness/city-slice.ts): a
 * resident finds their station by community, road or street in one step with JavaScript, and within the tap
 * budget without it; /stations/ carries no station card, and the search index comes only on first input.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect } from 'vitest';
import { PHONE, visit } from '../harness/browser.ts';
import { it } from '../harness/fixture.ts';
import { citySlice, CITY_SLICE_DIST } from '../harness/city-slice.ts';
import { closeClean, findWithSearch, hydrated, MAX_TAPS, openDirectory, SEARCH_WAIT, searchStatus, tapToStation } from '../harness/directory-paths.ts';
import type { CityStation } from '../../tools/fictional-city/index.ts';

const { city } = citySlice();
// A street station and a town (镇) station from different districts, and one from the end of the list.
const street = city.stations.find((s) => s.kind === '街')!;
const town = city.stations.find((s) => s.kind === '镇' && s.district !== street.district)!;
const last = city.stations.at(-1)!;
const PICKS = [street, town, last];
const expected = (s: CityStation) => ({ stationId: s.id, stationName: s.name, address: s.sites[0]! });
const lastCommunity = (s: CityStation) => s.zones.at(-1)!.communities.at(-1)!;

describe('city directory, JavaScript on (phone)', () => {
  it(`has the city: ${city.stations.length} stations`, async ({ openPage }) => {
    const w = await openDirectory(openPage);
    expect(await searchStatus(w.page).textContent()).toBe(`共 ${city.stations.length} 个社工站`);
    expect(await w.page.locator('[data-station-card], [data-contact-card]').count()).toBe(0);
    expect(await w.page.locator('a[data-district-link]').count()).toBe(city.districts.length);
    await closeClean(w);
  });

  for (const s of PICKS) {
    it(`finds ${s.name} by a community, a road and its street, each in one step`, async ({ openPage }) => {
      const w = await openPage(PHONE);
      const fetched: string[] = [];
      w.page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      await visit(w, '/stations/');
      await hydrated(w.page);
      expect(fetched).not.toContain('/stations/search-index.json');
      for (const q of [lastCommunity(s), s.roads[0]!, s.street]) await findWithSearch(w.page, q, expected(s));
      expect(fetched.filter((p) => p === '/stations/search-index.json')).toHaveLength(1);
      await closeClean(w);
    });
  }

  it('a query matching many stations shows the first 20 and asks for more of the name', async ({ openPage }) => {
    const w = await openDirectory(openPage);
    await w.page.locator('#station-q').fill('虚构');
    await expect.poll(() => searchStatus(w.page).textContent(), SEARCH_WAIT).toBe(`找到 ${city.stations.length} 个与“虚构”相符的社工站，先列出前 20 个`);
    expect(await w.page.locator('[data-station-card]').count()).toBe(20);
    expect(await w.page.getByText('输入更完整的社区、街道或路名').isVisible()).toBe(true);
    await closeClean(w);
  });
});

describe('city directory, JavaScript off', () => {
  for (const s of PICKS) {
    for (const by of [{ district: s.district, community: lastCommunity(s) }, { district: s.district, street: s.street }]) {
      it(`finds ${s.name} by tapping ${by.district} → ${'community' in by ? by.community : by.street}, within ${MAX_TAPS} taps`, async ({ openPage }) => {
        const taps = await tapToStation(openPage, by, expected(s));
        expect(taps).toBeLessThanOrEqual(MAX_TAPS);
      });
    }
  }

  it('every community of the city is linked from its district page to its station', () => {
    for (const d of city.districts) {
      const html = readFileSync(`${CITY_SLICE_DIST}/stations/district/${d.name}/index.html`, 'utf8');
      for (const id of d.stationIds) {
        const s = city.stations.find((x) => x.id === id)!;
        for (const c of s.zones.flatMap((z) => z.communities)) {
          expect(html, `${d.name}: ${c}`).toMatch(new RegExp(`<a href="/stations/${id}/" data-community-link="${c}"`));
        }
      }
    }
  });

  it('the directory pages and the search index stay small (gzip)', () => {
    const gz = (path: string) => gzipSync(readFileSync(`${CITY_SLICE_DIST}${path}`)).length;
    const sizes = {
      '/stations/': gz('/stations/index.html'),
      'largest district page': Math.max(...city.districts.map((d) => gz(`/stations/district/${d.name}/index.html`))),
      '/stations/search-index.json': gz('/stations/search-index.json'),
    };
    console.log(`city directory sizes (gzip): ${Object.entries(sizes).map(([k, v]) => `${k} ${(v / 1024).toFixed(1)} KB`).join(', ')}`);
    expect(sizes['/stations/']).toBeLessThanOrEqual(14 * 1024);
    expect(sizes['largest district page']).toBeLessThanOrEqual(14 * 1024);
    expect(sizes['/stations/search-index.json']).toBeLessThanOrEqual(100 * 1024);
  });
});
