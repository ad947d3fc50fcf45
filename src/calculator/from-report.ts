/**
 * Prefill: a published report's figures as a calculator state under the
 * report's own rule set, so a report page's "在计算器中打开" link starts the
 * calculator from that report. Pure; the figures come from the report's
 * frontmatter and nowhere else.
 */
import { formatHundredths, toHundredths, type RuleSet } from '../scoring/core.ts';
import type { ReportData } from '../schemas/report/index.ts';
import { statedPartyPoints } from '../reports/party-points.ts';
import { reportTitle } from '../wording/phrases.ts';
import { emptyState, validateState, type CalculatorState, type DerivedFigure } from './state.ts';

/** The report data the prefill reads. */
export type PrefillableReport = Pick<
  ReportData,
  'title' | 'serviceYear' | 'scores' | 'indicators' | 'staffing' | 'agreementPeriod' | 'evaluationPeriod'
>;

const asText = (n: number | undefined) => (n === undefined ? '' : String(n));

/**
 * The months of a service agreement, first and last day included, to the nearest half month: 2023-04-23 to
 * 2024-04-22 is 12. The calculator's service year, against which the report's 考核月份 is set.
 */
export function agreementMonths(period: { start: string; end: string }): number {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const start = day(period.start);
  const after = day(period.end);
  after.setUTCDate(after.getUTCDate() + 1);
  let whole = (after.getUTCFullYear() - start.getUTCFullYear()) * 12 + after.getUTCMonth() - start.getUTCMonth();
  const at = (months: number) => {
    const d = new Date(start);
    d.setUTCMonth(d.getUTCMonth() + months);
    return d;
  };
  while (whole > 0 && at(whole) > after) whole--;
  const restDays = (after.getTime() - at(whole).getTime()) / 86_400_000;
  return whole + Math.round(restDays / 15) / 2;
}

/**
 * The calculator state for a report scored under `rules`. Scores are written as
 * the report prints them (18.00, 8.70), as points. Throws when the report does
 * not fit the calculator (e.g. more indicator rows than it takes), so the
 * build stops instead of publishing a link that cannot load.
 */
export function stateFromReport(reportId: string, report: PrefillableReport, rules: RuleSet): CalculatorState {
  const state = emptyState(rules);
  const points = statedPartyPoints(rules, report.scores);
  for (const party of rules.parties) {
    state.parties[party.id] = { text: formatHundredths(toHundredths(points[party.id]!)), scale: 'points' };
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
  // The report's 考核月份 of its service year, so the pace starts where the report stood.
  state.months = String(report.evaluationPeriod.months);
  state.yearMonths = String(agreementMonths(report.agreementPeriod));
  const derived: DerivedFigure[] = [];
  if (report.indicators.some((row) => row.targetDerived)) derived.push('indicatorTargets');
  if (s.retention.requiredPostsDerived) derived.push('requiredPosts');
  state.source = { reportId, title: reportTitle(report), derived };
  const checked = validateState(state, (id) => (id === rules.id ? rules : undefined));
  if (!checked.ok) throw new Error(`报告 ${reportId} 无法载入计算器（${checked.reason}）。`);
  return checked.value;
}
