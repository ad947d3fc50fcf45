/**
 * The station a report is about: its id, a pinyin slug of the street or town (流花街 → liuhua,
 * 虚构镇 → xugou), unique among the stations already on the portal; and what a new station file holds:
 * only the report it cites, since name, street, district, operator, sites, zones and hotline are derived
 * from that report (src/stations/derive.ts). Pure.
 */
import { pinyinSlug } from './indicators.ts';

export interface KnownStation {
  id: string;
  /** Unknown for a file derived from a report that cannot be read (then a station with the same id is taken to be it). */
  name?: string;
  district?: string;
}

/** 广州市流花街社工服务站 → 流花; 广州市虚构镇社工服务站 → 虚构. */
export function placeName(stationName: string): string {
  const m = /^(?:广州市)?(?:[^市]{1,4}区)?(.+?)(?:街道|街|镇)?社工服务站$/.exec(stationName);
  return m?.[1] ?? stationName;
}

export function districtOf(purchaser: string): string | null {
  return /(?:广州市)?([^市]{1,4}区)/.exec(purchaser)?.[1] ?? null;
}

export type StationChoice = { id: string; isNew: boolean; note: string };

export function chooseStationId(stationName: string, district: string | null, known: readonly KnownStation[]): StationChoice {
  const base = pinyinSlug(placeName(stationName)) || 'station';
  const same =
    known.find((s) => s.name === stationName && (!district || !s.district || s.district === district)) ??
    known.find((s) => s.id === base && s.name === undefined);
  if (same) return { id: same.id, isNew: false, note: `已有社工站 ${same.id}（${same.name ?? '名称见其报告'}）` };
  const taken = new Set(known.map((s) => s.id));
  if (!taken.has(base)) return { id: base, isNew: true, note: `新社工站：${placeName(stationName)} 的拼音` };
  // Another station already has the slug (same street name in another district): add the district's.
  const withDistrict = district ? `${base}-${pinyinSlug(district.replace(/区$/, ''))}` : `${base}-2`;
  let id = withDistrict;
  for (let n = 2; taken.has(id); n++) id = `${withDistrict}-${n}`;
  return { id, isNew: true, note: `新社工站：${base} 已被 ${known.find((s) => s.id === base)?.name ?? base} 使用，加区名` };
}

export function stationYaml(stationName: string, reportId: string): string {
  return [
    `# ${stationName}. Name, street, district, operator, sites, zones and hotline are taken from the report`,
    '# cited below (src/stations/derive.ts), so they are written once, in the report. Facts from other documents',
    '# (a hotline number from a notice) go under hotlineNumbers with their own source.',
    `fromReport: ${reportId}`,
    '',
  ].join('\n');
}
