import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../../open-data/csv.ts';
import { getReportRecord } from '../../../open-data/load.ts';
import { getReports } from '../../../reports/load.ts';

export const getStaticPaths = (async () => (await getReports()).map((r) => ({ params: { id: r.id } }))) satisfies GetStaticPaths;

/** One report's figures. */
export const GET: APIRoute = async ({ params, site }) => jsonResponse(await getReportRecord(String(params.id), site));
