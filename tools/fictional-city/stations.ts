// Fictional stations, written as content/stations/<id>.yaml. The city's: 11 districts, streets and towns, each
// station with 1–4 sites on named roads and 1–3 片区 covering its 社区 and 村. A numbered one (xugou-<n>): one
// site, one 片区, one community, for tests that need a station or two rather than a city.
import { frontmatterYaml } from './mdx.ts';
import { DISTRICTS, FICTIONAL_SOURCE, nameMaker, numberedName, ROAD_KINDS } from './names.ts';
import type { Random } from './random.ts';

export interface CityDistrict {
  name: string;
  stationIds: string[];
}

export interface CityZone {
  name: string;
  communities: string[];
}

export interface CityStation {
  id: string;
  name: string;
  /** 街道 or 镇. */
  street: string;
  kind: '街' | '镇';
  district: string;
  operator: string;
  sites: string[];
  /** The roads the sites are on. */
  roads: string[];
  zones: CityZone[];
  hotlineLines: { kind: '座机' | '手机'; hours: string; number: null }[];
  /** content/stations/<id>.yaml. */
  yaml: string;
}

export const CITY_STATIONS = 176;

/** `count` stations spread over the districts, with their place names drawn from `r`. */
export function makeStations(r: Random, count: number): { districts: CityDistrict[]; stations: CityStation[] } {
  const name = nameMaker(r);
  const districtCount = Math.min(DISTRICTS.length, count);
  const districts: CityDistrict[] = DISTRICTS.slice(0, districtCount).map((d) => ({ name: `虚构${d}区`, stationIds: [] }));
  const stations: CityStation[] = [];
  for (let i = 0; i < count; i++) {
    // Districts differ in size, as real ones do: stations go round-robin with a skew towards the first ones.
    const district = districts[r.next() < 0.3 ? i % Math.ceil(districtCount / 2) : i % districtCount]!;
    const id = `xugou-${String(i + 1).padStart(3, '0')}`;
    const kind = r.next() < 0.25 ? '镇' : '街';
    const place = name();
    const street = kind === '街' ? `虚构${place}街道` : `虚构${place}镇`;
    const roadCount = r.int(1, 3);
    const roads = Array.from({ length: roadCount }, () => `虚构${name()}${r.pick(ROAD_KINDS)}`);
    const sites = Array.from({ length: r.int(1, 4) }, (_, k) => {
      const road = roads[k % roads.length]!;
      const extra = r.pick(['', '', `之${r.pick(['一', '二', '三'])}`, ` ${r.int(1, 3)}0${r.int(1, 9)} 房`, '首层']);
      return `${k === 0 ? district.name : ''}${road} ${r.int(1, 399)} 号${extra}`;
    });
    const zoneCount = r.int(1, 3);
    const zoneNames = zoneCount === 1 ? [kind === '街' ? '全街片区' : '全镇片区'] : r.pick([['东片区', '西片区', '北片区'], ['一片区', '二片区', '三片区'], ['南片区', '北片区', '中片区']]).slice(0, zoneCount);
    const communityCount = r.int(6, 27);
    const communities = Array.from({ length: communityCount }, () => {
      const village = kind === '镇' && r.next() < 0.75;
      return `虚构${name()}${village ? '村' : '社区'}`;
    });
    const zones = zoneNames.map((z, k) => ({
      name: z,
      communities: communities.filter((_, c) => c % zoneCount === k),
    }));
    const operator = `虚构${name()}社会工作服务中心`;
    const stationName = `虚构${place}${kind}社工服务站`;
    const hotlineLines: CityStation['hotlineLines'] = [
      { kind: '座机', hours: '日常 8 小时热线服务', number: null },
      ...(r.next() < 0.5 ? [{ kind: '手机' as const, hours: '24 小时开通', number: null }] : []),
    ];
    const data = {
      name: stationName,
      street,
      district: district.name,
      source: FICTIONAL_SOURCE,
      operator: { name: operator, source: FICTIONAL_SOURCE },
      sites: sites.map((address) => ({ address, source: FICTIONAL_SOURCE })),
      zones: zones.map((z) => ({ ...z, source: FICTIONAL_SOURCE })),
      hotline: {
        name: '虚构守护热线',
        lines: hotlineLines,
        source: FICTIONAL_SOURCE,
      },
    };
    district.stationIds.push(id);
    stations.push({ id, name: stationName, street, kind, district: district.name, operator, sites, roads, zones, hotlineLines, yaml: `${frontmatterYaml(data)}\n` });
  }
  return { districts, stations };
}

export interface FictionalStation {
  id: string;
  /** File name in content/stations/. */
  file: string;
  yaml: string;
}

/** Numbered station n: xugou-<n>, 虚构<甲乙…>街社工服务站. */
export function fictionalStation(n: number): FictionalStation {
  const id = `xugou-${n}`;
  const name = numberedName(n);
  // Every fact cites a document rather than a report, so the station record is not cross-checked against
  // the generated reports' wording; the document is as fictional as the station.
  const source = FICTIONAL_SOURCE;
  const data = {
    name: `虚构${name}街社工服务站`,
    street: `虚构${name}街道`,
    district: '虚构区',
    source,
    operator: { name: '虚构社会工作服务中心', source },
    sites: [{ address: `虚构区虚构${name}路 ${n + 1} 号`, source }],
    zones: [{ name: '全街', communities: [`虚构${name}社区`], source }],
    hotline: { name: '虚构热线', lines: [{ kind: '座机', hours: '日常 8 小时热线服务', number: null }], source },
  };
  return { id, file: `${id}.yaml`, yaml: `${frontmatterYaml(data)}\n` };
}
