/**
 * Prefill: a published report's figures as a calculator state, so a report
 * page's "在计算器中打开" link starts the calculator from that report. Pure;
 * the figures come from the report's frontmatter and nowhere else.
 */
import { formatHundredths, PARTY_IDS, toHundredths, type PartyId } from '../scoring/index.ts';
import { emptyState, validateState, type CalculatorState, type DerivedFigure } from './state.ts';

interface AttendanceFigures {
  expected: number;
  actual: number;
}

/** The report data the prefill reads (the report schema's output satisfies it). */
export interface PrefillableReport {
  title: string;
  serviceYear: string;
  scores: Record<PartyId, number>;
  indicators: { name: string; unit: string; completed: number; target: number; targetDerived: boolean }[];
  staffing: {
    retention: { stableStaff: number; requiredPosts: number; requiredPostsDerived: boolean };
    attendance: AttendanceFigures;
    certifiedAttendance?: AttendanceFigures | undefined;
    experiencedAttendance?: { personMonths: number } | undefined;
  };
}

/** How a report is named on the calculator ("已载入：…"), as its page titles it. */
export function prefillTitle(report: Pick<PrefillableReport, 'title' | 'serviceYear'>): string {
  return `${report.title}（${report.serviceYear}）`;
}

const asText = (n: number | undefined) => (n === undefined ? '' : String(n));

/**
 * The calculator state for a report. Scores are written as the report prints
 * them (18.00, 8.70), on each party's own scale. Throws when the report does
 * not fit the calculator (e.g. more indicator rows than it takes), so the
 * build stops instead of publishing a link that cannot load.
 */
export function stateFromReport(reportId: string, report: PrefillableReport): CalculatorState {
  const state = emptyState();
  for (const id of PARTY_IDS) {
    state.parties[id] = { text: formatHundredths(toHundredths(report.scores[id])), scale: 'points' };
  }
  state.indicators = report.indicators.map((row) => ({
    name: `${row.name}（${row.unit}）`,
    target: asText(row.target),
    completed: asText(row.completed),
  }));
  const s = report.staffing;
  state.staffing = {
    requiredPosts: asText(s.retention.requiredPosts),
    stableStaff: asText(s.retention.stableStaff),
    expectedAll: asText(s.attendance.expected),
    actualAll: asText(s.attendance.actual),
    expectedCertified: asText(s.certifiedAttendance?.expected),
    actualCertified: asText(s.certifiedAttendance?.actual),
    experienced: asText(s.experiencedAttendance?.personMonths),
  };
  const derived: DerivedFigure[] = [];
  if (report.indicators.some((row) => row.targetDerived)) derived.push('indicatorTargets');
  if (s.retention.requiredPostsDerived) derived.push('requiredPosts');
  state.source = { reportId, title: prefillTitle(report), derived };
  const checked = validateState(state);
  if (!checked.ok) throw new Error(`报告 ${reportId} 无法载入计算器（${checked.reason}）。`);
  return checked.value;
}
