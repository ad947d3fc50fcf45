/**
 * /calculator/reports.json: every published report the calculator can start from (以某份报告为起点), newest
 * first, as id, title and service year. Fetched by the report picker when it is opened; each report's figures
 * are its prefill file (./prefill/[id].json.ts). The compare page's picker searches it by station name too.
 */
import type { APIRoute } from 'astro';
import { getReports } from '../../reports/load.ts';
import { reportTitle } from '../../wording/phrases.ts';

export const GET: APIRoute = async () => {
  const reports = await getReports();
  const list = reports.map(({ id, data }) => ({ id, title: reportTitle(data), year: data.serviceYear }));
  return new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
