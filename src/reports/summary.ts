/**
 * What a report page, the report index and the open data show about one
 * report, derived from its frontmatter through the scoring module. Pure.
 */
import {
  attendance,
  completionRate,
  experiencedShare,
  gradePosition,
  PARTIES,
  retentionRate,
  RETENTION_REQUIREMENT_PERCENT,
  totalFromPoints,
  type Attendance,
  type GradePosition,
  type Hundredths,
  type Party,
  type Retention,
} from '../scoring/index.ts';
import type { VerifiableReport } from './verify.ts';

export interface PartyRow {
  party: Party;
  /** Points on the party's own scale, in hundredths. */
  points: Hundredths;
  /** The party's weight in hundredths (its maximum). */
  max: Hundredths;
}

export interface IndicatorRow {
  key: string;
  name: string;
  group?: string | undefined;
  unit: string;
  completed: number;
  target: number;
  targetDerived: boolean;
  rate: Hundredths;
  met: boolean;
}

export interface ReportSummary {
  parties: PartyRow[];
  total: Hundredths;
  position: GradePosition;
  indicators: IndicatorRow[];
  retention: Retention & { stableStaff: number; requiredPosts: number; requiredPostsDerived: boolean };
  retentionRequirement: number;
  attendance: Attendance;
  certifiedAttendance: Attendance | null;
  experiencedShare: Hundredths | null;
}

/** The report data the summary reads (the report schema's output satisfies it). */
export interface SummarisableReport extends VerifiableReport {
  indicators: (VerifiableReport['indicators'][number] & { unit: string; group?: string | undefined; targetDerived: boolean })[];
  staffing: VerifiableReport['staffing'] & {
    retention: VerifiableReport['staffing']['retention'] & { requiredPostsDerived: boolean };
  };
}

function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  // The build has verified every report before pages are made, so an error here is a programming error.
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

export function summarise(report: SummarisableReport): ReportSummary {
  const total = unwrap(totalFromPoints(report.scores));
  const s = report.staffing;
  return {
    parties: PARTIES.map((party) => ({ party, points: total.parties[party.id], max: party.weight * 100 })),
    total: total.total,
    position: gradePosition(total.total),
    indicators: report.indicators.map((row) => {
      const c = unwrap(completionRate(row.completed, row.target, row.name));
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
      ...unwrap(retentionRate(s.retention.stableStaff, s.retention.requiredPosts)),
      stableStaff: s.retention.stableStaff,
      requiredPosts: s.retention.requiredPosts,
      requiredPostsDerived: s.retention.requiredPostsDerived,
    },
    retentionRequirement: RETENTION_REQUIREMENT_PERCENT,
    attendance: unwrap(attendance(s.attendance.expected, s.attendance.actual)),
    certifiedAttendance: s.certifiedAttendance
      ? unwrap(attendance(s.certifiedAttendance.expected, s.certifiedAttendance.actual))
      : null,
    experiencedShare: s.experiencedAttendance
      ? unwrap(experiencedShare(s.experiencedAttendance.personMonths, s.attendance.actual))
      : null,
  };
}
