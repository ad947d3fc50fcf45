// The scratch builds of the `scratch` test project (vitest.config.ts), made once by its setup
// (tests/harness/scratch-setup.ts) and served while its test files run:
// - rules: the site with a second rule set, the fictional set of the test fixtures (tests/fixtures/rule-sets/
//   xugou-1000.json) dropped into src/scoring/rule-sets/ as its one new file, a report scored under it and one
//   under gz-2023 (the calculator's switch, the set's methodology page, report page and open data);
// - history: a station with four reports under two rule sets (the fictional 1,000-point set in 2020, gz-2023 after)
//   and a station with one, for a station's history and for comparing reports side by side;
// - citySearch: a slice of the fictional city, 8 stations and 40 reports (the newest two service years in full
//   and half of a third, so three report shards), for search across the per-year index bundles.
// - mixedRound: one round of two reports scored under different rule sets (100 and 1,000 points), for the rankings.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { fictionalCity, fictionalReportBody, fictionalReportData, fictionalStation, reportMdx, writeCity, type CityOptions } from '../../tools/fictional-city/index.ts';
import type { ScratchSite } from '../../tools/scratch-site.ts';
import { numberedName } from '../../tools/fictional-city/names.ts';
import { FICTIONAL_RULES, FICTIONAL_RULES_FILE, GZ_2023 } from '../fixtures/rule-sets.ts';
import type { RuleSet } from '../../src/scoring/index.ts';

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

// ---------- history ----------

/** Station 3 has four reports, station 4 one. */
export const HISTORY_STATION = fictionalStation(3);
export const SINGLE_STATION = fictionalStation(4);

/** One of the history site's reports: n varies the figures; the title names its station and stage. */
function historyReport(n: number, stationNumber: number, year: number, stage: '中期' | '末期', rules: RuleSet) {
  const data = fictionalReportData(n, `xugou-${stationNumber}`, year, rules);
  const slug = stage === '中期' ? 'interim' : 'final';
  return {
    id: `xugou-${stationNumber}-${year}-${year + 1}-${slug}`,
    file: `xugou-${stationNumber}-${year}-${slug}.mdx`,
    rules,
    data: { ...data, stage, title: `虚构${numberedName(stationNumber)}街社工服务站 ${stage}评估报告` },
  };
}

/** Station 3's reports, oldest first: the rule set changes after the first. */
export const HISTORY_REPORTS = [
  historyReport(5, 3, 2020, '末期', FICTIONAL_RULES),
  historyReport(6, 3, 2023, '中期', GZ_2023),
  historyReport(7, 3, 2023, '末期', GZ_2023),
  historyReport(8, 3, 2024, '中期', GZ_2023),
];
export const SINGLE_REPORT = historyReport(4, 4, 2023, '末期', GZ_2023);

function writeHistorySite(site: ScratchSite): void {
  copyFileSync(FICTIONAL_RULES_FILE, join(site.root, 'src', 'scoring', 'rule-sets', `${FICTIONAL_RULES.id}.json`));
  for (const station of [HISTORY_STATION, SINGLE_STATION]) writeFileSync(join(site.stationsDir, station.file), station.yaml);
  for (const r of [...HISTORY_REPORTS, SINGLE_REPORT]) writeFileSync(join(site.reportsDir, r.file), reportMdx(r.data, fictionalReportBody(r.data, r.rules)));
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
  history: { folder: 'history', write: writeHistorySite },
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
