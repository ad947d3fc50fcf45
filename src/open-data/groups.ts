/**
 * The per-report data files, grouped so no page lists every file of the archive: one page per service year,
 * newest first, and on it the reports by district (Chinese order), newest first within each. Pure.
 */
import { indexUrls } from '../site/urls.ts';
export interface GroupableRecord {
  id: string;
  serviceYear: string;
  reportDate: string;
  station: { district: string };
}

export interface YearGroup<R> {
  year: string;
  count: number;
  districts: { district: string; reports: R[] }[];
}

export const dataYearPath = indexUrls.dataYear;

export function filesByYear<R extends GroupableRecord>(records: readonly R[]): YearGroup<R>[] {
  const zh = new Intl.Collator('zh-CN');
  const years = [...new Set(records.map((r) => r.serviceYear))].sort().reverse();
  return years.map((year) => {
    const ofYear = records
      .filter((r) => r.serviceYear === year)
      .sort((a, b) => b.reportDate.localeCompare(a.reportDate) || a.id.localeCompare(b.id));
    const districts = [...new Set(ofYear.map((r) => r.station.district))].sort(zh.compare);
    return {
      year,
      count: ofYear.length,
      districts: districts.map((district) => ({ district, reports: ofYear.filter((r) => r.station.district === district) })),
    };
  });
}
