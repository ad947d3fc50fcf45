import type { APIRoute } from 'astro';
import { jsonResponse } from '../../open-data/csv.ts';
import { getReportRecords } from '../../open-data/load.ts';
import { urls } from '../../site/urls.ts';

/** Every report, newest first. Fields: /data/. */
export const GET: APIRoute = async ({ site }) => {
  const reports = await getReportRecords(site);
  return jsonResponse({ documentation: new URL(urls.openData, site ?? 'http://localhost/').href, count: reports.length, reports });
};
