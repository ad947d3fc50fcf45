/**
 * /calculator/prefill/<report-id>.json: a report's figures as a calculator
 * state, fetched by the calculator when opened as /calculator/?report=<id>.
 */
import type { APIRoute } from 'astro';
import { stateFromReport } from '../../../calculator/from-report.ts';
import { getReports, type Report } from '../../../reports/load.ts';
import { ruleSetById } from '../../../scoring/index.ts';
import { pathsById } from '../../../site/static-paths.ts';
import { pagesToRender } from '../../../site/kept-pages.ts';
import { urls } from '../../../site/urls.ts';

// A rebuild writes only the files whose report changed (src/site/kept-pages.ts): the file is its frontmatter's
// figures under its rule set (the rules are code, in the build cache's key).
export async function getStaticPaths() {
  return pathsById(pagesToRender('calculator-prefill', await getReports(), (r) => urls.calculatorPrefill(r.id), (r) => [r.id, r.data]), 'report');
}

export const GET: APIRoute<{ report: Report }> = ({ props }) => {
  const { id, data } = props.report;
  // The schema has already failed the build for a report naming an unknown rule set.
  const rules = ruleSetById(data.rules);
  if (!rules) throw new Error(`${id}: rules: 找不到评估规则 “${data.rules}”`);
  // The state carries the report's rule set, so the calculator selects it.
  return new Response(JSON.stringify(stateFromReport(id, data, rules)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
