/**
 * One report's figures for looking across reports, derived from its open-data record under a rule set the
 * caller hands in. Browser-safe: it imports the scoring functions only, not the rule-set registry (whose zod
 * checks would ride into an island), so the compare page's island derives the same figures the build does.
 * ./figures.ts finds the rule set in the registry for the build. Pure.
 */
import { percentHundredths, toHundredths, type GradeName, type Hundredths, type RuleSet } from '../scoring/core.ts';
import type { ReportRecord } from '../open-data/record.ts';
import type { Stage } from '../schemas/report/identity.ts';

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

/** The part of an open-data record the figures are made of (a whole ReportRecord fits). */
export type FiguresSource = Pick<ReportRecord, 'id' | 'title' | 'station' | 'serviceYear' | 'stage' | 'scores'> & {
  indicators: { key: string; name: string; rate: number; met: boolean }[];
  staffing: { retention: { rate: number; met: boolean | null } };
};

/** The share of a maximum, in hundredths of a percent (44.12 of 55 → 8021, i.e. 80.21%). */
export function shareOfMaximum(points: Hundredths, max: Hundredths): Hundredths {
  return percentHundredths(points / 100, max / 100);
}

/** The figures of `record`, scored under `rules` (the set its `rules` field names). */
export function figuresUnder(record: FiguresSource, rules: RuleSet): ReportFigures {
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
