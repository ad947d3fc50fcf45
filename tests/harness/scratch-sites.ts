// The scratch builds of the `scratch` test project (vitest.config.ts), made once by its setup
// (tests/harness/scratch-setup.ts) and served while its test files run:
// - rules: the site with a second rule set, the fictional set of the test fixtures (tests/fixtures/rule-sets/
//   xugou-1000.json) dropped into src/scoring/rule-sets/ as its one new file, a report scored under it and one
//   under gz-2023 (the calculator's switch, the set's methodology page, report page and open data);
// - citySearch: a slice of the fictional city, 8 stations and 40 reports (the newest two service years in full
//   and half of a third, so three report shards), for search across the per-year index bundles.
// - mixedRound: one round of two reports scored under different rule sets (100 and 1,000 points), for the rankings.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { fictionalCity, fictionalReportBody, fictionalReportData, fictionalStation, reportMdx, writeCity, type CityOptions } from '../../tools/fictional-city/index.ts';
import type { ScratchSite } from '../../tools/scratch-site.ts';
import { FICTIONAL_RULES, FICTIONAL_RULES_FILE } from '../fixtures/rule-sets.ts';

// ---------- rules ----------

/** Station 1's report is scored under gz-2023, station 2's under the fictional set. */
export const GZ_STATION = fictionalStation(1);
export const FICTIONAL_STATION = fictionalStation(2);
/** The fictional set's service year: inside its effective period. */
export const FICTIONAL_YEAR = 2020;
export const GZ_REPORT_ID = `${GZ_STATION.id}-2023-2024-final`;
export const FICTIONAL_REPORT_ID = `${FICTIONAL_STATION.id}-${FICTIONAL_YEAR}-${FICTIONAL_YEAR + 1}-final`;
/** The report scored under the fictional set, as the rules site has it. */
export const fictionalReport = () => fictionalReportData(2, FICTIONAL_STATION.id, FICTIONAL_YEAR, FICTIONAL_RULES);

function writeRulesSite(site: ScratchSite): void {
  copyFileSync(FICTIONAL_RULES_FILE, join(site.root, 'src', 'scoring', 'rule-sets', `${FICTIONAL_RULES.id}.json`));
  for (const station of [GZ_STATION, FICTIONAL_STATION]) writeFileSync(join(site.stationsDir, station.file), station.yaml);
  writeFileSync(join(site.reportsDir, 'gz-report.mdx'), reportMdx(fictionalReportData(1, GZ_STATION.id)));
  const data = fictionalReport();
  writeFileSync(join(site.reportsDir, 'fictional-report.mdx'), reportMdx(data, fictionalReportBody(data, FICTIONAL_RULES)));
}

// ---------- citySearch ----------

export const CITY_SEARCH_SLICE: CityOptions = { reports: 40, stations: 8 };
/** The city the citySearch site holds (the generator is deterministic: the same as the setup wrote). */
export const citySearchCity = () => fictionalCity(CITY_SEARCH_SLICE);

function writeCitySearch(site: ScratchSite): void {
  writeCity(join(site.root, 'content'), CITY_SEARCH_SLICE);
}

// ---------- mixedRound ----------

/**
 * One round (2022-2023 末期) whose two reports were scored under different rule sets, as in a year when the
 * rules changed: station 3's agreement began under the fictional 1,000-point set, station 4's under gz-2023 (its
 * agreement starting the day gz-2023 took effect). For the rankings, which must rank such a round on shares.
 */
export const MIXED_STATIONS = [fictionalStation(3), fictionalStation(4)] as const;
export const MIXED_YEAR = 2022;
export const mixedRoundReports = () => {
  const early = fictionalReportData(3, MIXED_STATIONS[0].id, MIXED_YEAR, FICTIONAL_RULES);
  const late = fictionalReportData(4, MIXED_STATIONS[1].id, MIXED_YEAR);
  return [
    early,
    {
      ...late,
      agreementPeriod: { start: '2023-04-23', end: '2024-04-22' },
      evaluationPeriod: { start: '2023-04-23', end: '2023-12-31', months: 8 },
      evaluationDate: '2024-01-10',
      reportDate: '2024-01-20',
    },
  ];
};

function writeMixedRound(site: ScratchSite): void {
  copyFileSync(FICTIONAL_RULES_FILE, join(site.root, 'src', 'scoring', 'rule-sets', `${FICTIONAL_RULES.id}.json`));
  for (const station of MIXED_STATIONS) writeFileSync(join(site.stationsDir, station.file), station.yaml);
  mixedRoundReports().forEach((data, i) => writeFileSync(join(site.reportsDir, `mixed-${i}.mdx`), reportMdx(data, fictionalReportBody(data, i === 0 ? FICTIONAL_RULES : undefined))));
}

// ---------- both ----------

export const SCRATCH_SITES = {
  rules: { folder: 'fictional-rules', write: writeRulesSite },
  citySearch: { folder: 'city-search', write: writeCitySearch },
  mixedRound: { folder: 'mixed-round', write: writeMixedRound },
} as const;
export type ScratchSiteName = keyof typeof SCRATCH_SITES;

/** A built scratch site as the setup serves it. */
export interface ServedSite {
  origin: string;
  /** Its dist/ folder. */
  dist: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    scratchSites: Record<ScratchSiteName, ServedSite>;
  }
}

/** A scratch site of the setup, in a test file of the scratch project. */
export function scratchSite(name: ScratchSiteName): ServedSite {
  return inject('scratchSites')[name];
}
