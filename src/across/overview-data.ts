/** The city overview for this build: every report's figures (src/across/figures.ts) and every round's overview, made once. */
import { getReportRecords } from '../open-data/load.ts';
import { reportFigures, type ReportFigures } from './figures.ts';
import { cityOverview, trend, type CohortOverview, type TrendRow } from './overview.ts';

export interface CityOverviewData {
  figures: ReportFigures[];
  byId: Map<string, ReportFigures>;
  rounds: CohortOverview[];
  trend: TrendRow[];
}

let cache: Promise<CityOverviewData> | undefined;

async function build(site: URL | undefined): Promise<CityOverviewData> {
  const figures = (await getReportRecords(site)).map(reportFigures);
  const rounds = cityOverview(figures);
  return { figures, byId: new Map(figures.map((f) => [f.id, f])), rounds, trend: trend(rounds, figures) };
}

export function getCityOverview(site: URL | undefined): Promise<CityOverviewData> {
  cache ??= build(site);
  return cache;
}
