/**
 * What a report page, the report index and the open data show about one
 * report, derived from its frontmatter through the scoring module under the
 * report's own rule set. Pure.
 */
import {
  attendance,
  completionRate,
  experiencedShare,
  gradePosition,
  retentionRate,
  toHundredths,
  totalFromPoints,
  type Attendance,
  type GradePosition,
  type Hundredths,
  type PartyRule,
  type Retention,
  type RuleSet,
  ruleSetById,
} from '../scoring/index.ts';
import type { ReportData } from '../schemas/report/index.ts';
import { statedPartyPoints } from './party-points.ts';

export interface PartyRow {
  party: PartyRule;
  /** Points on the party's own share of the total, in hundredths. */
  points: Hundredths;
  /** The party's maximum points, in hundredths. */
  max: Hundredths;
}

type Indicator = ReportData['indicators'][number];
type StatedRetention = ReportData['staffing']['retention'];

export type IndicatorRow = Pick<Indicator, 'key' | 'name' | 'group' | 'unit' | 'completed' | 'target' | 'targetDerived'> & {
  rate: Hundredths;
  met: boolean;
};

export interface ReportSummary {
  /** The rule set the report was scored under. */
  rules: RuleSet;
  parties: PartyRow[];
  total: Hundredths;
  /** The rule set's full score, in hundredths. */
  totalMax: Hundredths;
  position: GradePosition;
  indicators: IndicatorRow[];
  retention: Retention & Pick<StatedRetention, 'stableStaff' | 'requiredPosts' | 'requiredPostsDerived'>;
  attendance: Attendance;
  certifiedAttendance: Attendance | null;
  experiencedShare: Hundredths | null;
}

/** The report data the summary reads. */
export type SummarisableReport = Pick<ReportData, 'scores' | 'indicators' | 'staffing'>;

function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  // The build has verified every report before pages are made, so an error here is a programming error.
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

export function summarise(report: SummarisableReport, rules: RuleSet): ReportSummary {
  const total = unwrap(totalFromPoints(rules, statedPartyPoints(rules, report.scores)));
  const s = report.staffing;
  return {
    rules,
    parties: rules.parties.map((party) => ({ party, points: total.parties[party.id]!, max: toHundredths(party.maxPoints) })),
    total: total.total,
    totalMax: toHundredths(rules.totalMax),
    position: gradePosition(rules, total.total),
    indicators: report.indicators.map((row) => {
      const c = unwrap(completionRate(rules, row.completed, row.target, row.name));
      return {
        key: row.key,
        name: row.name,
        group: row.group,
        unit: row.unit,
        completed: row.completed,
        target: row.target,
        targetDerived: row.targetDerived,
        rate: c.rate,
        met: c.met,
      };
    }),
    retention: {
      ...unwrap(retentionRate(rules, s.retention.stableStaff, s.retention.requiredPosts)),
      stableStaff: s.retention.stableStaff,
      requiredPosts: s.retention.requiredPosts,
      requiredPostsDerived: s.retention.requiredPostsDerived,
    },
    attendance: unwrap(attendance(s.attendance.expected, s.attendance.actual)),
    certifiedAttendance: s.certifiedAttendance
      ? unwrap(attendance(s.certifiedAttendance.expected, s.certifiedAttendance.actual))
      : null,
    experiencedShare: s.experiencedAttendance
      ? unwrap(experiencedShare(s.experiencedAttendance.personMonths, s.attendance.actual))
      : null,
  };
}

/** The summary under the report's own rule set (`rules:`), looked up in the registry. */
export function summariseReport(report: SummarisableReport & Pick<ReportData, 'rules'>): ReportSummary {
  const rules = ruleSetById(report.rules);
  // The schema has already failed the build for a report naming an unknown rule set.
  if (!rules) throw new Error(`rules: 找不到评估规则 “${report.rules}”`);
  return summarise(report, rules);
}
