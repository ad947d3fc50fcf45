import type { APIRoute } from 'astro';
import { getSiteRankings } from '../../../across/load.ts';
import { rankingCsv, rankingFile } from '../../../across/ranking-data.ts';
import type { CohortRankings } from '../../../across/rankings.ts';
import { csvResponse, toCsv } from '../../../open-data/csv.ts';
import { absoluteUrl, urls } from '../../../site/urls.ts';

/** One service year and stage's ranking as a spreadsheet (UTF-8 with BOM): one row per report, citywide order. */
export async function getStaticPaths() {
  const { rankings } = await getSiteRankings(undefined);
  return rankings.map((c) => ({ params: { cohort: `${c.serviceYear}-${c.stageId}` }, props: { cohort: c } }));
}

export const GET: APIRoute<{ cohort: CohortRankings }> = ({ props, site }) => {
  const file = rankingFile(props.cohort, absoluteUrl(urls.openData, site), (p) => absoluteUrl(p, site), urls.report);
  const { header, rows } = rankingCsv(props.cohort, file);
  return csvResponse(toCsv(header, rows));
};
