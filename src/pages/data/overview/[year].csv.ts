/** /data/overview/<year>.csv: the overview figures of one service year, one figure a row (BOM, CRLF). */
import type { APIRoute } from 'astro';
import { getCityOverview } from '../../../across/overview-data.ts';
import { overviewCsv } from '../../../across/overview-files.ts';
import { overviewYears, yearOverview } from '../../../across/overview.ts';
import { csvResponse } from '../../../open-data/csv.ts';

export async function getStaticPaths() {
  const { rounds } = await getCityOverview(undefined);
  return overviewYears(rounds).map((year) => ({ params: { year } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const { rounds } = await getCityOverview(site);
  return csvResponse(overviewCsv(yearOverview(rounds, params.year!)));
};
