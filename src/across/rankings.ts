/**
 * The rankings: for each service year and stage, the reports ordered by total, citywide and in each district,
 * and where one report stands (its ranks, its district's median). Ranked on the share of the maximum, compared
 * exactly (not on a rounded percentage), so a cohort that mixes a 100-point and a 1,000-point rule set is
 * ranked fairly; within one rule set that is the order of the totals. Ties share a rank (1, 2, 2, 4). Pure.
 */
import { cohorts } from './cohorts.ts';
import type { ReportFigures } from './figures.ts';
import { median, rankDescending, type Ranked } from './statistics.ts';
import type { Hundredths } from '../scoring/index.ts';
import { STAGES, type Stage } from '../schemas/report/index.ts';

/** One party column of a ranking: a party id and its name under each rule set in the cohort. */
export interface PartyColumn {
  id: string;
  /** The party's short names, one per rule set that has it (one name when the sets agree). */
  name: string;
}

export interface Ranking {
  serviceYear: string;
  stage: Stage;
  /** The stage's id in paths: interim, final. */
  stageId: string;
  /** null: citywide. */
  district: string | null;
  rows: Ranked<ReportFigures>[];
  /** The rule sets of the ranked reports, by id; more than one: the ranks compare shares of the maximum. */
  ruleSetIds: string[];
  mixedRules: boolean;
  parties: PartyColumn[];
}

export interface CohortRankings {
  serviceYear: string;
  stage: Stage;
  stageId: string;
  city: Ranking;
  /** One per district, in Chinese collation order. */
  districts: Ranking[];
}

const zh = new Intl.Collator('zh-CN');

/** A stage's id in paths and file names: interim, final. */
export const stageIdOf = (stage: Stage): string => STAGES[stage];

/** Greatest common divisor of two positive integers. */
function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * A value per report whose order and equality are exactly those of total / totalMax: each total scaled to
 * the least common multiple of the maxima (100 and 1,000 points: the 100-point totals times 10). Integers,
 * so two reports tie only when their shares are truly equal.
 */
export function shareKey(figures: readonly ReportFigures[]): (f: ReportFigures) => number {
  const common = figures.reduce((l, f) => (l / gcd(l, f.totalMax)) * f.totalMax, 1);
  return (f) => f.total * (common / f.totalMax);
}

/** Equal shares in station-name order (then id), so the order never depends on the input's order. */
export function tieOrder(a: ReportFigures, b: ReportFigures): number {
  return zh.compare(a.station.name, b.station.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Reports ordered by share of the maximum, highest first, with competition ranks. */
export function rankReports(figures: readonly ReportFigures[]): Ranked<ReportFigures>[] {
  return rankDescending(figures, shareKey(figures), tieOrder);
}

function partyColumns(figures: readonly ReportFigures[]): PartyColumn[] {
  const names = new Map<string, string[]>();
  const seenSets = new Set<string>();
  for (const f of figures) {
    if (seenSets.has(f.rules.id)) continue;
    seenSets.add(f.rules.id);
    for (const p of f.parties) {
      const list = names.get(p.id) ?? [];
      if (!list.includes(p.name)) list.push(p.name);
      names.set(p.id, list);
    }
  }
  return [...names].map(([id, list]) => ({ id, name: list.join('／') }));
}

function ranking(serviceYear: string, stage: Stage, district: string | null, figures: readonly ReportFigures[]): Ranking {
  const ruleSetIds = [...new Set(figures.map((f) => f.rules.id))].sort();
  return {
    serviceYear,
    stage,
    stageId: STAGES[stage],
    district,
    rows: rankReports(figures),
    ruleSetIds,
    mixedRules: ruleSetIds.length > 1,
    parties: partyColumns(figures),
  };
}

/** Every cohort's rankings, newest year first, 末期 before 中期; citywide and per district. */
export function cohortRankings(figures: readonly ReportFigures[]): CohortRankings[] {
  return cohorts(figures).map((c) => ({
    serviceYear: c.serviceYear,
    stage: c.stage,
    stageId: STAGES[c.stage],
    city: ranking(c.serviceYear, c.stage, null, c.reports),
    districts: c.districts.map((d) => ranking(c.serviceYear, c.stage, d.district, d.reports)),
  }));
}

/** A rank among how many. */
export interface Place {
  rank: number;
  count: number;
}

/** Where one report stands in its year and stage. */
export interface Standing {
  reportId: string;
  title: string;
  serviceYear: string;
  stage: Stage;
  stageId: string;
  district: string;
  city: Place;
  inDistrict: Place;
  /**
   * The district's median: of the totals in points when the district's reports share one rule set, of the
   * shares of the maximum (hundredths of a percent) when they mix sets.
   */
  districtMedian: { value: Hundredths; of: 'points' | 'share' };
}

/** Each report's rank in city and district, by report id. */
export function standings(rankings: readonly CohortRankings[]): Map<string, Standing> {
  const out = new Map<string, Standing>();
  for (const c of rankings) {
    const cityRank = new Map(c.city.rows.map((r) => [r.item.id, r.rank]));
    for (const d of c.districts) {
      const items = d.rows.map((r) => r.item);
      const districtMedian = d.mixedRules
        ? { value: median(items.map((f) => f.share))!, of: 'share' as const }
        : { value: median(items.map((f) => f.total))!, of: 'points' as const };
      for (const r of d.rows) {
        out.set(r.item.id, {
          reportId: r.item.id,
          title: r.item.title,
          serviceYear: c.serviceYear,
          stage: c.stage,
          stageId: c.stageId,
          district: d.district!,
          city: { rank: cityRank.get(r.item.id)!, count: c.city.rows.length },
          inDistrict: { rank: r.rank, count: d.rows.length },
          districtMedian,
        });
      }
    }
  }
  return out;
}

const STAGE_ORDER: Record<Stage, number> = { 中期: 0, 末期: 1 };

/**
 * The report of the same station just before this one (by service year, 中期 before 末期), or null. A
 * station with a 中期 and a 末期 report in one year: the 末期's previous report is that year's 中期.
 */
export function previousReport(report: ReportFigures, all: readonly ReportFigures[]): ReportFigures | null {
  const order = (f: ReportFigures) => `${f.serviceYear} ${STAGE_ORDER[f.stage]}`;
  const earlier = all.filter((f) => f.station.id === report.station.id && order(f) < order(report));
  return earlier.sort((a, b) => (order(a) < order(b) ? 1 : -1))[0] ?? null;
}

/** A report's standing and, if its station has one, its previous report's. */
export function reportStanding(
  reportId: string,
  all: readonly ReportFigures[],
  byId: Map<string, Standing>,
): { current: Standing; previous: Standing | null } | null {
  const report = all.find((f) => f.id === reportId);
  const current = byId.get(reportId);
  if (!report || !current) return null;
  const prev = previousReport(report, all);
  return { current, previous: prev ? (byId.get(prev.id) ?? null) : null };
}
