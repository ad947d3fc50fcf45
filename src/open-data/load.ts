/** The open-data records for the whole site, from the content collections. */
import { getEntry } from 'astro:content';
import { getReports } from '../reports/load.ts';
import { getStations } from '../stations/load.ts';
import { ruleSetById } from '../scoring/index.ts';
import { reportRecord, stationRecord, type ReportRecord, type StationRecord } from './record.ts';

const recordCache = new Map<string, Promise<ReportRecord[]>>();

/** All reports, newest first (the order of getReports); built once per build. */
export function getReportRecords(site: URL | undefined): Promise<ReportRecord[]> {
  const key = site?.href ?? '';
  let records = recordCache.get(key);
  if (!records) {
    records = buildReportRecords(site);
    recordCache.set(key, records);
  }
  return records;
}

async function buildReportRecords(site: URL | undefined): Promise<ReportRecord[]> {
  const reports = await getReports();
  return Promise.all(
    reports.map(async (r) => {
      const station = await getEntry('stations', r.data.station.id);
      // getReports has already failed the build for a report naming a missing station.
      if (!station) throw new Error(`${r.id}: station ${r.data.station.id} missing`);
      const rules = ruleSetById(r.data.rules);
      // The report schema has already failed the build for an unknown rule set.
      if (!rules) throw new Error(`${r.id}: rules ${r.data.rules} missing`);
      return reportRecord(r.id, r.data, station, rules, site);
    }),
  );
}

/** All stations in directory order (by 区, 街道, name), cross-checked against their reports. */
export async function getStationRecords(site: URL | undefined): Promise<StationRecord[]> {
  const stations = await getStations();
  return stations.map((s) =>
    stationRecord(
      s.id,
      s.data,
      s.reports.map((r) => r.id),
      site,
    ),
  );
}

export async function getReportRecord(id: string, site: URL | undefined): Promise<ReportRecord> {
  const record = (await getReportRecords(site)).find((r) => r.id === id);
  if (!record) throw new Error(`no report ${id}`);
  return record;
}
