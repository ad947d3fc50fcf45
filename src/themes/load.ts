/**
 * The themes of every published report's findings, for this build: each report's points read from its own
 * file (src/reports/findings.ts), classified by ./classify.ts, tallied per service year. Made once per build.
 */
import { readFileSync } from 'node:fs';
import { getReportRecords } from '../open-data/load.ts';
import type { ReportRecord } from '../open-data/record.ts';
import { reportFindings } from '../reports/findings.ts';
import { getReports } from '../reports/load.ts';
import { tallyThemes, type ReportPoints, type ThemeTally } from './classify.ts';

export interface ThemesData {
  /** Every report's points, newest report first. */
  reports: (ReportPoints & { record: ReportRecord })[];
  /** Per service year, newest first. */
  years: { serviceYear: string; reports: number; tally: ThemeTally[] }[];
}

let cache: Promise<ThemesData> | undefined;

async function build(site: URL | undefined): Promise<ThemesData> {
  const records = new Map((await getReportRecords(site)).map((r) => [r.id, r]));
  const reports = (await getReports()).map((r) => ({ id: r.id, record: records.get(r.id)!, points: reportFindings(readFileSync(r.filePath ?? '', 'utf8')) }));
  const years = [...new Set(reports.map((r) => r.record.serviceYear))].sort().reverse();
  return {
    reports,
    years: years.map((serviceYear) => {
      const mine = reports.filter((r) => r.record.serviceYear === serviceYear);
      return { serviceYear, reports: mine.length, tally: tallyThemes(mine) };
    }),
  };
}

export function getThemes(site: URL | undefined): Promise<ThemesData> {
  cache ??= build(site);
  return cache;
}
