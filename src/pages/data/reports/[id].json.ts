import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../../open-data/csv.ts';
import { urls } from '../../../site/urls.ts';
import { getReportRecord } from '../../../open-data/load.ts';
import { reportFilesToWrite } from '../../../open-data/kept-files.ts';

// A rebuild writes only the files whose record changed (src/site/kept-pages.ts).
export const getStaticPaths = (async () => reportFilesToWrite('report-json', (id) => urls.reportData(id).json)) satisfies GetStaticPaths;

/** One report's figures. */
export const GET: APIRoute = async ({ params, site }) => jsonResponse(await getReportRecord(String(params.id), site));
