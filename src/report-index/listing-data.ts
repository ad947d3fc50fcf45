/** The report index's pages for this build: the open-data records placed by src/report-index/listing.ts. */
import { getReportRecords } from '../open-data/load.ts';
import type { ReportRecord } from '../open-data/record.ts';
import { gradeNames, ruleSets } from '../scoring/index.ts';
import { facetValues, listingPages, type FacetKind, type ListingPage } from './listing.ts';

export interface ReportListings {
  pages: ListingPage<{ record: ReportRecord }>[];
  facets: Record<FacetKind, string[]>;
  total: number;
}

let cache: Promise<ReportListings> | undefined;

async function build(site: URL | undefined): Promise<ReportListings> {
  const records = await getReportRecords(site);
  const rows = records.map((record) => ({
    id: record.id,
    year: record.serviceYear,
    district: record.station.district,
    grade: record.scores.grade,
    reportDate: record.reportDate,
    record,
  }));
  // Every grade any rule set awards, in band order, so a list exists for each.
  const grades = gradeNames(ruleSets());
  return { pages: listingPages(rows, grades), facets: facetValues(rows, grades), total: rows.length };
}

/** Every index page, made once per build. */
export function getReportListings(site: URL | undefined): Promise<ReportListings> {
  cache ??= build(site);
  return cache;
}
