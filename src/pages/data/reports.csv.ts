import type { APIRoute } from 'astro';
import { csvResponse, toCsv } from '../../open-data/csv.ts';
import { columnLabel, csvValue, REPORT_FIELD_BY_PATH, REPORT_SUMMARY_COLUMNS, valueAt } from '../../open-data/fields.ts';
import { getReportRecords } from '../../open-data/load.ts';

/** One row per report: the summary columns listed on /data/. */
export const GET: APIRoute = async ({ site }) => {
  const reports = await getReportRecords(site);
  const header = REPORT_SUMMARY_COLUMNS.map((p) => columnLabel(p, REPORT_FIELD_BY_PATH));
  const rows = reports.map((r) => REPORT_SUMMARY_COLUMNS.map((p) => csvValue(valueAt(r, p), REPORT_FIELD_BY_PATH.get(p))));
  return csvResponse(toCsv(header, rows));
};
