/**
 * /calculator/prefill/<report-id>.json: a report's figures as a calculator
 * state, fetched by the calculator when opened as /calculator/?report=<id>.
 */
import type { APIRoute } from 'astro';
import { stateFromReport } from '../../../calculator/from-report.ts';
import { getReports, type Report } from '../../../reports/load.ts';

export async function getStaticPaths() {
  const reports = await getReports();
  return reports.map((report) => ({ params: { id: report.id }, props: { report } }));
}

export const GET: APIRoute<{ report: Report }> = ({ props }) =>
  new Response(JSON.stringify(stateFromReport(props.report.id, props.report.data)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
