/** /data/overview/<year>.json: the overview figures of one service year (src/across/overview-files.ts). */
import type { APIRoute } from 'astro';
import { getCityOverview } from '../../../across/overview-data.ts';
import { overviewJson } from '../../../across/overview-files.ts';
import { overviewYears, yearOverview } from '../../../across/overview.ts';
import { jsonResponse } from '../../../open-data/csv.ts';

export async function getStaticPaths() {
  const { rounds } = await getCityOverview(undefined);
  return overviewYears(rounds).map((year) => ({ params: { year } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const year = params.year!;
  const { rounds } = await getCityOverview(site);
  return jsonResponse(overviewJson(year, yearOverview(rounds, year)));
};
