/**
 * The station directory at city scale (176 stations, ~2,800 communities): the static pages a resident taps
 * through without JavaScript (找社工站 → their district → their station), the community index on each
 * district page, and the small search index the directory's search island fetches on first input instead
 * of the page carrying every station's card. Pure: pages and the index endpoint call it at build time.
 */
import type { ContactFacts } from './contact.ts';
import { searchable, type SearchableStation } from './search.ts';

/** The station facts the directory pages read (the station schema's output satisfies it). */
export type DirectoryStation = SearchableStation & ContactFacts;

// Pure, so the bundler drops it from the directory's search island, which imports this file for MAX_SHOWN
// alone (why: tests/gates/client-intl.test.ts).
const zh = /* @__PURE__ */ new Intl.Collator('zh-CN');

export interface DistrictGroup<S> {
  district: string;
  stations: S[];
}

/** Stations grouped by district, in the order given (the loader sorts by district, street, name). */
export function byDistrict<S extends { data: { district: string } }>(stations: readonly S[]): DistrictGroup<S>[] {
  const groups = new Map<string, S[]>();
  for (const s of stations) groups.set(s.data.district, [...(groups.get(s.data.district) ?? []), s]);
  return [...groups].map(([district, list]) => ({ district, stations: list }));
}

export interface CommunityLink {
  /** The community as the station record names it, e.g. 花果山社区. */
  name: string;
  stationId: string;
  /** The street (街道 or 镇) of its station, to tell apart two communities of the same name. */
  street: string;
  /** Shown only when the name alone is ambiguous within the list. */
  ambiguous: boolean;
}

export interface CommunityGroup {
  /** The first character of the names in this group, e.g. 花. */
  initial: string;
  communities: CommunityLink[];
}

/** Every community the stations serve, in Chinese (pinyin) order, grouped by first character. */
export function communityIndex(stations: readonly { id: string; data: Pick<DirectoryStation, 'street' | 'zones'> }[]): CommunityGroup[] {
  const all: CommunityLink[] = stations.flatMap((s) =>
    s.data.zones.flatMap((z) => z.communities.map((name) => ({ name, stationId: s.id, street: s.data.street, ambiguous: false }))),
  );
  const counts = new Map<string, number>();
  for (const c of all) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  for (const c of all) c.ambiguous = (counts.get(c.name) ?? 0) > 1;
  all.sort((a, b) => zh.compare(a.name, b.name) || zh.compare(a.street, b.street));
  const groups: CommunityGroup[] = [];
  for (const c of all) {
    const initial = [...c.name][0] ?? '';
    const last = groups.at(-1);
    if (last && last.initial === initial) last.communities.push(c);
    else groups.push({ initial, communities: [c] });
  }
  return groups;
}

/** The number of communities a list of stations serves. */
export function communityCount(stations: readonly { data: Pick<DirectoryStation, 'zones'> }[]): number {
  return stations.reduce((n, s) => n + s.data.zones.reduce((m, z) => m + z.communities.length, 0), 0);
}

/** One station in the search index: what the search matches and what a contact card shows, no sources. */
// `url` comes with the data (src/pages/stations/search-index.json.ts builds it through src/site/urls.ts), so
// the island imports no URL module: sharing one with the calculator's islands would split it into a chunk
// both pages then fetch.
export type IndexedStation = DirectoryStation & { id: string; url: string; latestReport: LatestReport | null };

/** A station's newest report, for the home page's 我的社工站 card: its page and its name. */
export interface LatestReport {
  url: string;
  title: string;
}

export function indexedStation(id: string, url: string, s: DirectoryStation, latestReport: LatestReport | null = null): IndexedStation {
  return {
    ...searchable(id, s),
    url,
    latestReport,
    hotline: {
      name: s.hotline.name,
      lines: s.hotline.lines.map((l) => ({ kind: l.kind, hours: l.hours, number: l.number ? { value: l.number.value } : null })),
    },
  };
}

/** The search island shows at most this many cards at once; a broader query is asked to be narrowed. */
export const MAX_SHOWN = 20;
