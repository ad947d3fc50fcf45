/**
 * Every station, joined with its own reports. Stations are derived from their report where they say
 * `fromReport:` and cross-checked against the reports they cite while the content is loaded
 * (src/content-check/loaders.ts), so a station that reaches here is verified. Pages read stations only
 * through here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getReports, type Report } from '../reports/load.ts';

export type StationEntry = CollectionEntry<'stations'>;

export interface Station {
  id: string;
  data: StationEntry['data'];
  /** This station's verified reports, newest first. */
  reports: Report[];
}

let cache: Promise<Station[]> | undefined;

async function load(): Promise<Station[]> {
  const [entries, reports] = await Promise.all([getCollection('stations'), getReports()]);
  // Directory order: by district, then street, then name, in Chinese (pinyin) order.
  const zh = new Intl.Collator('zh-CN');
  return entries
    .map((entry) => ({ id: entry.id, data: entry.data, reports: reports.filter((r) => r.data.station.id === entry.id) }))
    .sort((a, b) => zh.compare(a.data.district, b.data.district) || zh.compare(a.data.street, b.data.street) || zh.compare(a.data.name, b.data.name));
}

/** All stations, loaded once per build. */
export function getStations(): Promise<Station[]> {
  cache ??= load();
  return cache;
}
