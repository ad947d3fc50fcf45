/**
 * Finding a station by what a resident knows: their community (社区), street
 * (街道), road (路), district (区) or the station's name, whole or in part,
 * typed on a phone in full-width or half-width characters. Pure: the page
 * passes each station's searchable facts, the island builds the entries and
 * matches in the browser.
 */

/** What a field of an entry is, so the page can say why a station matched. */
export type FieldKind = 'name' | 'street' | 'district' | 'zone' | 'community' | 'address' | 'operator';

export interface SearchField {
  kind: FieldKind;
  /** The text shown to the user, e.g. 花果山社区（东片区）. */
  label: string;
  /** The normalised texts this field matches against. */
  keys: string[];
}

export interface SearchEntry {
  /** The station's id, as on its card (data-station-id). */
  id: string;
  fields: SearchField[];
}

/** The station facts the search reads (the station schema's output satisfies it). */
export interface SearchableStation {
  name: string;
  street: string;
  district: string;
  operator: { name: string };
  sites: { address: string }[];
  zones: { name: string; communities: string[] }[];
}

/**
 * One comparable form: full-width letters, digits and spaces become
 * half-width (NFKC), whitespace goes (“209 号” = “209号”), Latin is lower-cased.
 */
export function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** The city every station of the portal is in; addresses are completed with it for maps and copying. */
export const CITY = '广州市';

/** 广州市 + district + address, unless the address already begins with the district. */
export function fullAddress(district: string, address: string): string {
  const a = address.trim();
  if (a.startsWith(CITY)) return a;
  return a.startsWith(district) ? `${CITY}${a}` : `${CITY}${district}${a}`;
}

/** Just what the search reads, with the id: the island's props (sources and the rest stay out of the page). */
export function searchable(id: string, s: SearchableStation): SearchableStation & { id: string } {
  return {
    id,
    name: s.name,
    street: s.street,
    district: s.district,
    operator: { name: s.operator.name },
    sites: s.sites.map((site) => ({ address: site.address })),
    zones: s.zones.map((z) => ({ name: z.name, communities: [...z.communities] })),
  };
}

/** A station's entry: its fields with their normalised match keys. */
export function searchEntry(id: string, s: SearchableStation): SearchEntry {
  const field = (kind: FieldKind, label: string, ...texts: string[]): SearchField => ({
    kind,
    label,
    keys: [...new Set(texts.map(normalise))],
  });
  return {
    id,
    fields: [
      field('name', s.name, s.name),
      // “越秀区流花街道” and “广州市越秀区” are how people write a place in one go.
      field('street', s.street, s.street, `${CITY}${s.district}${s.street}`),
      field('district', s.district, s.district),
      ...s.zones.map((z) => field('zone', z.name, z.name)),
      ...s.zones.flatMap((z) => z.communities.map((c) => field('community', `${c}（${z.name}）`, c))),
      ...s.sites.map((site) => field('address', site.address, site.address, fullAddress(s.district, site.address))),
      field('operator', s.operator.name, s.operator.name),
    ],
  };
}

// Words people add or leave off: “花果山社区” for 花果山, “流花街道” for 流花街, “人民北路” for 人民北.
// Longest first, so 街道办事处 goes before 街道 and 街.
const SUFFIXES = ['居民委员会', '街道办事处', '社工服务站', '街道办', '居委会', '服务站', '社工站', '街道', '社区', '片区', '街', '路', '区', '市'];

/** The query's words: split on spaces and Chinese or Latin list punctuation. */
export function queryTokens(query: string): string[] {
  return query
    .normalize('NFKC')
    .split(/[\s,，、;；/|]+/)
    .map(normalise)
    .filter((t) => t.length > 0);
}

/** The token without one trailing suffix, when at least two characters remain. */
export function core(token: string): string {
  const suffix = SUFFIXES.find((s) => token.endsWith(s) && token.length - s.length >= 2);
  return suffix ? token.slice(0, -suffix.length) : token;
}

export interface Match {
  id: string;
  /** The fields that matched, in entry order (to tell the user why). */
  hits: SearchField[];
}

/**
 * The entries matching every word of the query, in their order. A word
 * matches a field when the field contains it or, failing that, contains it
 * without its suffix. An empty query matches everything.
 */
export function searchStations(entries: readonly SearchEntry[], query: string): Match[] {
  const tokens = queryTokens(query);
  const results: Match[] = [];
  for (const entry of entries) {
    const hits = new Set<SearchField>();
    const fieldsWith = (form: string) => entry.fields.filter((f) => f.keys.some((k) => k.includes(form)));
    const all = tokens.every((token) => {
      // The word as typed first; its core only when the whole word is found nowhere
      // (so “流花街” reports the station's name, not 流花桥社区).
      let matching = fieldsWith(token);
      if (matching.length === 0 && core(token) !== token) matching = fieldsWith(core(token));
      matching.forEach((f) => hits.add(f));
      return matching.length > 0;
    });
    if (all) results.push({ id: entry.id, hits: entry.fields.filter((f) => hits.has(f)) });
  }
  return results;
}

/** The live-region sentence: how many stations the query found. */
export function resultMessage(query: string, count: number, total: number): string {
  const q = query.trim();
  if (queryTokens(q).length === 0) return `共 ${total} 个社工站`;
  return count === 0 ? `没有找到与“${q}”相符的社工站` : `找到 ${count} 个与“${q}”相符的社工站`;
}

/** Why a station matched, when it is not plain on its card: the community, zone or address found. */
export function matchHint(match: Match): string {
  const shown = match.hits.filter((f) => f.kind === 'community' || f.kind === 'zone' || f.kind === 'address');
  return shown.length === 0 ? '' : `相符：${shown.map((f) => f.label).join('；')}`;
}
