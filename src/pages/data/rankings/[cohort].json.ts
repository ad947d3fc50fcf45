import type { APIRoute } from 'astro';
import { getSiteRankings } from '../../../across/load.ts';
import { rankingFile } from '../../../across/ranking-data.ts';
import type { CohortRankings } from '../../../across/rankings.ts';
import { jsonResponse } from '../../../open-data/csv.ts';
import { absoluteUrl, urls } from '../../../site/urls.ts';

/** One service year and stage's ranking, citywide order with each report's district rank. Fields: /data/. */
export async function getStaticPaths() {
  const { rankings } = await getSiteRankings(undefined);
  return rankings.map((c) => ({ params: { cohort: `${c.serviceYear}-${c.stageId}` }, props: { cohort: c } }));
}

export const GET: APIRoute<{ cohort: CohortRankings }> = ({ props, site }) => {
  const documentation = absoluteUrl(`${urls.openData}#ranking-fields`, site);
  return jsonResponse(rankingFile(props.cohort, documentation, (p) => absoluteUrl(p, site), urls.report));
};
