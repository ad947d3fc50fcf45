/**
 * The rankings of the whole site, from the open-data records: made once per build (a report page, a ranking
 * page and a ranking file all read the same), as getReportRecords is.
 */
import { getReportRecords } from '../open-data/load.ts';
import { reportFigures, type ReportFigures } from './figures.ts';
import { cohortRankings, standings, type CohortRankings, type Standing } from './rankings.ts';

export interface SiteRankings {
  figures: ReportFigures[];
  rankings: CohortRankings[];
  standings: Map<string, Standing>;
}

const cache = new Map<string, Promise<SiteRankings>>();

export function getSiteRankings(site: URL | undefined): Promise<SiteRankings> {
  const key = site?.href ?? '';
  let found = cache.get(key);
  if (!found) {
    found = getReportRecords(site).then((records) => {
      const figures = records.map(reportFigures);
      const rankings = cohortRankings(figures);
      return { figures, rankings, standings: standings(rankings) };
    });
    cache.set(key, found);
  }
  return found;
}
