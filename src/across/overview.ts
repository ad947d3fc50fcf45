/**
 * The city overview: for one round of evaluations (a service year and stage), how many stations got each grade
 * (citywide and per district), how the totals spread, how many met the 稳岗率 requirement, each party's average
 * share of its maximum, and how many stations were below target on each indicator; and, across rounds, the
 * trend of each. Every figure keeps the ids of the reports behind it, so a page can link to them. Pure: from
 * reportFigures (src/across/figures.ts); the overview pages and the open data are made of the same objects.
 */
import { gradeNames, type Hundredths } from '../scoring/index.ts';
import { STAGES, type Stage } from '../schemas/report/index.ts';
import { cohorts } from './cohorts.ts';
import type { ReportFigures } from './figures.ts';
import { mean, spread, type Spread } from './statistics.ts';

/** A count and the reports it counts, in the cohort's order. */
export interface Counted {
  count: number;
  ids: string[];
}

export interface GradeRow {
  /** null: the whole city. */
  district: string | null;
  /** One entry per grade of `grades`, in that order. */
  byGrade: Counted[];
  total: number;
}

export interface TotalsSpread {
  /**
   * What the spread is of: the totals in points when every report of the round has the same maximum, else
   * each total as a share of its maximum (hundredths of a percent), so reports under two rule sets compare.
   */
  measure: { kind: 'points'; max: Hundredths } | { kind: 'share' };
  spread: Spread;
  /** The reports at the lowest and the highest value (more than one on a tie). */
  lowestIds: string[];
  highestIds: string[];
}

export interface PartyAverage {
  id: string;
  name: string;
  /** Reports that have this party (all of them under one rule set). */
  reports: number;
  /** Mean share of the party's maximum, hundredths of a percent. */
  meanShare: Hundredths;
}

export interface IndicatorBelow {
  key: string;
  name: string;
  /** Reports that have this indicator. */
  reports: number;
  below: Counted;
}

export interface CohortOverview {
  serviceYear: string;
  stage: Stage;
  stageId: (typeof STAGES)[Stage];
  reports: number;
  /** The grades of the round's rule sets, best first. */
  grades: string[];
  /** The whole city first, then each district in Chinese order. */
  gradeRows: GradeRow[];
  totals: TotalsSpread;
  retention: { met: Counted; notMet: Counted; noRequirement: Counted };
  parties: PartyAverage[];
  /** In the order of the first report that has them; an indicator no report is below still counts (0). */
  indicators: IndicatorBelow[];
}

const counted = (ids: string[]): Counted => ({ count: ids.length, ids });

function gradeRow(district: string | null, reports: readonly ReportFigures[], grades: readonly string[]): GradeRow {
  return { district, byGrade: grades.map((g) => counted(reports.filter((r) => r.grade === g).map((r) => r.id))), total: reports.length };
}

function totalsSpread(reports: readonly ReportFigures[]): TotalsSpread {
  const maxima = new Set(reports.map((r) => r.totalMax));
  const oneMax = maxima.size === 1;
  const value = (r: ReportFigures) => (oneMax ? r.total : r.share);
  const s = spread(reports.map(value))!;
  return {
    measure: oneMax ? { kind: 'points', max: reports[0]!.totalMax } : { kind: 'share' },
    spread: s,
    lowestIds: reports.filter((r) => value(r) === s.lowest).map((r) => r.id),
    highestIds: reports.filter((r) => value(r) === s.highest).map((r) => r.id),
  };
}

function partyAverages(reports: readonly ReportFigures[]): PartyAverage[] {
  const byParty = new Map<string, { name: string; shares: Hundredths[] }>();
  for (const r of reports) {
    for (const p of r.parties) {
      const entry = byParty.get(p.id) ?? { name: p.name, shares: [] };
      entry.shares.push(p.share);
      byParty.set(p.id, entry);
    }
  }
  return [...byParty].map(([id, { name, shares }]) => ({ id, name, reports: shares.length, meanShare: mean(shares)! }));
}

function indicatorsBelow(reports: readonly ReportFigures[]): IndicatorBelow[] {
  const byKey = new Map<string, { name: string; reports: number; below: string[] }>();
  for (const r of reports) {
    for (const i of r.indicators) {
      const entry = byKey.get(i.key) ?? { name: i.name, reports: 0, below: [] };
      entry.reports++;
      if (!i.met) entry.below.push(r.id);
      byKey.set(i.key, entry);
    }
  }
  return [...byKey].map(([key, e]) => ({ key, name: e.name, reports: e.reports, below: counted(e.below) }));
}

/** The overview of one round; `reports` must be non-empty and all of that round. */
export function cohortOverview(serviceYear: string, stage: Stage, reports: readonly ReportFigures[], districts: readonly { district: string; reports: readonly ReportFigures[] }[]): CohortOverview {
  const grades = gradeNames([...new Map(reports.map((r) => [r.rules.id, r.rules])).values()]);
  const ids = (pick: (r: ReportFigures) => boolean) => counted(reports.filter(pick).map((r) => r.id));
  return {
    serviceYear,
    stage,
    stageId: STAGES[stage],
    reports: reports.length,
    grades,
    gradeRows: [gradeRow(null, reports, grades), ...districts.map((d) => gradeRow(d.district, d.reports, grades))],
    totals: totalsSpread(reports),
    retention: {
      met: ids((r) => r.retention.met === true),
      notMet: ids((r) => r.retention.met === false),
      noRequirement: ids((r) => r.retention.met === null),
    },
    parties: partyAverages(reports),
    indicators: indicatorsBelow(reports),
  };
}

/** Every round's overview, newest year first, 末期 before 中期. */
export function cityOverview(reports: readonly ReportFigures[]): CohortOverview[] {
  return cohorts(reports).map((c) => cohortOverview(c.serviceYear, c.stage, c.reports, c.districts));
}

/** The rounds of one service year. */
export function yearOverview(all: readonly CohortOverview[], serviceYear: string): CohortOverview[] {
  return all.filter((c) => c.serviceYear === serviceYear);
}

/** The service years with a round, newest first. */
export function overviewYears(all: readonly CohortOverview[]): string[] {
  return [...new Set(all.map((c) => c.serviceYear))];
}

/** One round as a line of the trend across rounds. */
export interface TrendRow {
  serviceYear: string;
  stage: Stage;
  reports: number;
  /** Count per grade, by name (grades differ between rule sets). */
  grades: Record<string, number>;
  median: Hundredths;
  measure: TotalsSpread['measure'];
  retentionMet: number;
  /** Of the reports whose rule set sets a 稳岗率 minimum. */
  retentionRequired: number;
  /** Reports with at least one indicator below target. */
  anyIndicatorBelow: number;
  /** Each party's mean share of its maximum, by party name. */
  parties: Record<string, Hundredths>;
  /** Each indicator's count below target, by indicator name. */
  below: Record<string, number>;
}

/** The trend, oldest round first (as a reader reads a time line), from the rounds' overviews and their reports. */
export function trend(all: readonly CohortOverview[], reports: readonly ReportFigures[]): TrendRow[] {
  const byId = new Map(reports.map((r) => [r.id, r]));
  return [...all].reverse().map((c) => {
    const city = c.gradeRows[0]!;
    const ids = city.byGrade.flatMap((g) => g.ids);
    return {
      serviceYear: c.serviceYear,
      stage: c.stage,
      reports: c.reports,
      grades: Object.fromEntries(c.grades.map((g, i) => [g, city.byGrade[i]!.count])),
      median: c.totals.spread.median,
      measure: c.totals.measure,
      retentionMet: c.retention.met.count,
      retentionRequired: c.retention.met.count + c.retention.notMet.count,
      anyIndicatorBelow: ids.filter((id) => (byId.get(id)?.belowTarget ?? 0) > 0).length,
      parties: Object.fromEntries(c.parties.map((p) => [p.name, p.meanShare])),
      below: Object.fromEntries(c.indicators.map((i) => [i.name, i.below.count])),
    };
  });
}
