/**
 * One report's figures for looking across reports (rankings, histories, compare, the city overview), derived
 * from its open-data record under its own rule set: points in hundredths, each as a share of its maximum, so
 * reports scored out of 100 and out of 1,000 can stand side by side. Pure.
 */
import {
  percentHundredths,
  ruleSetById,
  toHundredths,
  type GradeName,
  type Hundredths,
  type RuleSet,
} from '../scoring/index.ts';
import type { ReportRecord } from '../open-data/record.ts';
import type { Stage } from '../schemas/report/index.ts';

export interface PartyFigure {
  id: string;
  /** The rule set's short name for the party (购买方 …). */
  name: string;
  points: Hundredths;
  max: Hundredths;
  /** points / max, in hundredths of a percent. */
  share: Hundredths;
}

export interface ReportFigures {
  id: string;
  title: string;
  station: { id: string; name: string; district: string };
  serviceYear: string;
  stage: Stage;
  rules: RuleSet;
  total: Hundredths;
  totalMax: Hundredths;
  /** total / totalMax, in hundredths of a percent: what reports under different rule sets are compared on. */
  share: Hundredths;
  grade: GradeName;
  parties: PartyFigure[];
  /** 稳岗率 in hundredths of a percent, and whether the rule set's minimum is met (null: it sets none). */
  retention: { rate: Hundredths; met: boolean | null };
  indicators: { key: string; name: string; rate: Hundredths; met: boolean }[];
  /** How many indicators are below target (not met). */
  belowTarget: number;
}

/** The share of a maximum, in hundredths of a percent (44.12 of 55 → 8021, i.e. 80.21%). */
export function shareOfMaximum(points: Hundredths, max: Hundredths): Hundredths {
  return percentHundredths(points / 100, max / 100);
}

export function reportFigures(record: ReportRecord): ReportFigures {
  const rules = ruleSetById(record.rules);
  // The report schema has already failed the build for an unknown rule set.
  if (!rules) throw new Error(`${record.id}: rules ${record.rules} missing`);
  const total = toHundredths(record.scores.total);
  const totalMax = toHundredths(rules.totalMax);
  const indicators = record.indicators.map((i) => ({ key: i.key, name: i.name, rate: toHundredths(i.rate), met: i.met }));
  return {
    id: record.id,
    title: record.title,
    station: { id: record.station.id, name: record.station.name, district: record.station.district },
    serviceYear: record.serviceYear,
    stage: record.stage,
    rules,
    total,
    totalMax,
    share: shareOfMaximum(total, totalMax),
    grade: record.scores.grade,
    parties: rules.parties.map((p) => {
      const points = toHundredths(Number(record.scores[p.id]));
      const max = toHundredths(p.maxPoints);
      return { id: p.id, name: p.name, points, max, share: shareOfMaximum(points, max) };
    }),
    retention: { rate: toHundredths(record.staffing.retention.rate), met: record.staffing.retention.met },
    indicators,
    belowTarget: indicators.filter((i) => !i.met).length,
  };
}
