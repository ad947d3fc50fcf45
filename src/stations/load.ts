/**
 * Every station, checked against the reports it cites (src/stations/cross-check.ts)
 * and joined with its own reports. A problem fails the build naming the station
 * file, the field and both values. Pages read stations only through here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getReports, type Report } from '../reports/load.ts';
import { crossCheckStation, type ReportStationFacts } from './cross-check.ts';

export type StationEntry = CollectionEntry<'stations'>;

export interface Station {
  id: string;
  data: StationEntry['data'];
  /** This station's verified reports, newest first. */
  reports: Report[];
}

let cache: Promise<Station[]> | undefined;

async function loadAndCheck(): Promise<Station[]> {
  const [entries, reports] = await Promise.all([getCollection('stations'), getReports()]);
  const facts = new Map<string, ReportStationFacts>(
    reports.map((r) => [r.id, { ...r.data, station: r.data.station.id }]),
  );
  const problems: string[] = [];
  for (const entry of entries) {
    const file = entry.filePath ?? `content/stations/${entry.id}`;
    for (const p of crossCheckStation(entry.id, entry.data, facts)) problems.push(`${file}: ${p.field}: ${p.message}`);
  }
  if (problems.length > 0) throw new Error(`社工站资料校验失败：\n${problems.join('\n')}`);
  // Directory order: by district, then street, then name, in Chinese (pinyin) order.
  const zh = new Intl.Collator('zh-CN');
  return entries
    .map((entry) => ({ id: entry.id, data: entry.data, reports: reports.filter((r) => r.data.station.id === entry.id) }))
    .sort((a, b) => zh.compare(a.data.district, b.data.district) || zh.compare(a.data.street, b.data.street) || zh.compare(a.data.name, b.data.name));
}

/** All stations, cross-checked once per build. */
export function getStations(): Promise<Station[]> {
  cache ??= loadAndCheck();
  return cache;
}
