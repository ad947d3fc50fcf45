import type { APIRoute, GetStaticPaths } from 'astro';
import { csvResponse, toCsv } from '../../../open-data/csv.ts';
import { REPORT_FIELD_BY_PATH } from '../../../open-data/fields.ts';
import { FIGURE_CSV_HEADER, figureRows } from '../../../open-data/flatten.ts';
import { getReportRecord } from '../../../open-data/load.ts';
import { reportFilesToWrite } from '../../../open-data/kept-files.ts';
import { urls } from '../../../site/urls.ts';

// A rebuild writes only the files whose record changed (src/site/kept-pages.ts).
export const getStaticPaths = (async () => reportFilesToWrite('report-csv', (id) => urls.reportData(id).csv)) satisfies GetStaticPaths;

/** One report, one figure per row: 字段, 项目, 数值, 单位. */
export const GET: APIRoute = async ({ params, site }) =>
  csvResponse(toCsv(FIGURE_CSV_HEADER, figureRows(await getReportRecord(String(params.id), site), REPORT_FIELD_BY_PATH)));
