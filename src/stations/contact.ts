/**
 * What a contact card shows, derived from a station record: the addresses
 * with their map link and copy text, the hotline lines with a tel: link only
 * for a number the data holds; and the station's facts grouped by source. Pure.
 */
import type { FactSource, StationData } from '../schemas/station.ts';
import { phoneDigits, telHref } from './phones.ts';
import { fullAddress } from './search.ts';

/** Said wherever a number is missing: the report is the source and it prints none. */
export const NUMBER_NOT_PUBLISHED = '号码未在评估报告中公布';

/** A public map search for an address. Amap's URI API opens its web map (and in WeChat's browser too); it is only requested when tapped. */
export function mapSearchUrl(full: string): string {
  const u = new URL('https://uri.amap.com/search');
  u.searchParams.set('keyword', full.replace(/\s+/g, ''));
  u.searchParams.set('city', '440100'); // adcode of 广州市
  u.searchParams.set('view', 'map');
  u.searchParams.set('src', 'shegong-pinggu');
  u.searchParams.set('callnative', '0');
  return u.href;
}

export interface SiteView {
  /** As the source prints it. */
  address: string;
  /** With city and district, for copying and the map: 广州市越秀区环市中路 209 号之二 208 房. */
  full: string;
  mapUrl: string;
}

export interface LineView {
  kind: string;
  hours: string;
  /** The number as written, or null when no source prints it. */
  number: string | null;
  /** tel: link, only for a number the data holds. */
  href: string | null;
}

export interface SourceNote {
  /** What the source is shown for, e.g. 服务地址、热线. */
  covers: string[];
  source: FactSource;
}

export interface ContactView {
  sites: SiteView[];
  hotlineName: string;
  lines: LineView[];
  /** True when no line has a number: the card then says so once more in plain words. */
  noNumbers: boolean;
}

const sourceKey = (s: FactSource) => ('report' in s ? `r:${s.report}:${s.section}` : `d:${s.document}:${s.url ?? ''}:${s.retrieved}`);

/** Group facts by source, first mention first: one line per source. */
export function collectSources(items: [string, FactSource][]): SourceNote[] {
  const notes = new Map<string, SourceNote>();
  for (const [what, source] of items) {
    const key = sourceKey(source);
    const note = notes.get(key) ?? { covers: [], source };
    if (!note.covers.includes(what)) note.covers.push(what);
    notes.set(key, note);
  }
  return [...notes.values()];
}

/** What a contact card needs of a station: the schema's output has it, and so does the directory's search index. */
export interface ContactFacts {
  district: string;
  sites: { address: string }[];
  hotline: { name: string; lines: { kind: string; hours: string; number: { value: string } | null }[] };
}

export function contactView(s: ContactFacts): ContactView {
  const lines = s.hotline.lines.map((line) => ({
    kind: line.kind,
    hours: line.hours,
    number: line.number?.value ?? null,
    href: line.number ? telHref(line.number.value) : null,
  }));
  return {
    sites: s.sites.map((site) => {
      const full = fullAddress(s.district, site.address);
      return { address: site.address, full, mapUrl: mapSearchUrl(full) };
    }),
    hotlineName: s.hotline.name,
    lines,
    noNumbers: lines.every((l) => l.number === null),
  };
}

/** Every number a station record holds, as digits (for the no-invented-number checks). */
export function stationNumbers(s: Pick<StationData, 'hotline'>): string[] {
  return s.hotline.lines.flatMap((l) => (l.number ? [phoneDigits(l.number.value)] : []));
}

/** Every fact of a station with its source, grouped by source: the station page's 资料来源. */
export function stationSources(s: StationData): SourceNote[] {
  return collectSources([
    ['社工站名称、所属街道和区', s.source],
    ['承接机构', s.operator.source],
    ...s.sites.map((site): [string, FactSource] => ['服务地址', site.source]),
    ...s.zones.map((z): [string, FactSource] => ['片区和服务社区', z.source]),
    ['热线及服务时间', s.hotline.source],
    ...s.hotline.lines.flatMap((l): [string, FactSource][] => (l.number ? [['热线号码', l.number.source]] : [])),
  ]);
}
