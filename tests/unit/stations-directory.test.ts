import { describe, expect, it } from 'vitest';
import { byDistrict, communityCount, communityIndex, indexedStation } from '../../src/stations/directory.ts';
import { indexUrls, urls } from '../../src/site/urls.ts';
import { fictionalCity } from '../../tools/fictional-city/index.ts';

const zones = (...communities: string[][]) => communities.map((c, i) => ({ name: `${i}片区`, communities: c }));

describe('directory pages', () => {
  it('groups stations by district in the order given', () => {
    const stations = [{ data: { district: '越秀区' } }, { data: { district: '越秀区' } }, { data: { district: '海珠区' } }];
    expect(byDistrict(stations).map((g) => [g.district, g.stations.length])).toEqual([
      ['越秀区', 2],
      ['海珠区', 1],
    ]);
    expect(indexUrls.stationsDistrict('越秀区')).toBe('/stations/district/越秀区/');
  });

  it('indexes communities in Chinese order by first character, and marks a name two stations share', () => {
    const groups = communityIndex([
      { id: 'a', data: { street: '甲街道', zones: zones(['花果山社区', '桂花苑社区'], ['白云社区']) } },
      { id: 'b', data: { street: '乙街道', zones: zones(['花果山社区', '火车站社区']) } },
    ]);
    expect(groups.map((g) => [g.initial, g.communities.map((c) => `${c.name}${c.ambiguous ? `（${c.street}）` : ''}→${c.stationId}`)])).toEqual([
      ['白', ['白云社区→a']],
      ['桂', ['桂花苑社区→a']],
      ['花', ['花果山社区（甲街道）→a', '花果山社区（乙街道）→b']],
      ['火', ['火车站社区→b']],
    ]);
  });

  it('every community of the fictional city is in its district index exactly once', () => {
    const city = fictionalCity({ reports: 0 });
    const stations = city.stations.map((s) => ({ id: s.id, data: { district: s.district, street: s.street, zones: s.zones } }));
    let total = 0;
    for (const group of byDistrict(stations)) {
      const links = communityIndex(group.stations).flatMap((g) => g.communities);
      expect(links).toHaveLength(communityCount(group.stations));
      total += links.length;
    }
    expect(total).toBe(city.stations.reduce((n, s) => n + s.zones.reduce((m, z) => m + z.communities.length, 0), 0));
    expect(total).toBeGreaterThan(2000);
  });

  it('the search index keeps what the search and the card need, and no sources', () => {
    const source = { document: '虚构', retrieved: '2024-01-01' };
    const entry = indexedStation('x', urls.station('x'), {
      name: '虚构站',
      street: '虚构街道',
      district: '虚构区',
      operator: { name: '虚构中心', source },
      sites: [{ address: '虚构路 1 号', source }],
      zones: [{ name: '全街', communities: ['虚构社区'], source }],
      hotline: { name: '虚构热线', source, lines: [{ kind: '座机', hours: '日常', number: null }] },
    } as never);
    expect(JSON.stringify(entry)).not.toContain('source');
    expect(entry.hotline.lines[0]!.number).toBeNull();
    expect(entry.url).toBe('/stations/x/');
  });
});
