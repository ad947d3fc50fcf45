/**
 * Staffing (六、（一）): the staff total is certified + uncertified, and the stated 稳岗率, attendance
 * surpluses and experienced share are what the rule set computes from their counts. Pure.
 */
import { attendance, experiencedShare, formatHundredths as fmt, retentionRate, toHundredths, type RuleSet } from '../../scoring/index.ts';
import { mismatch, type Problem, type ReportFigures } from './problem.ts';

type Staffing = ReportFigures['staffing'];

function totalProblems(s: Staffing): Problem[] {
  if (s.certifiedStaff + s.uncertifiedStaff === s.totalStaff) return [];
  return [mismatch(['staffing', 'totalStaff'], '社工总数应为持证与非持证之和', String(s.totalStaff), String(s.certifiedStaff + s.uncertifiedStaff))];
}

function retentionProblems(s: Staffing, rules: RuleSet): Problem[] {
  const retention = retentionRate(rules, s.retention.stableStaff, s.retention.requiredPosts);
  if (!retention.ok) return [{ path: ['staffing', 'retention', 'requiredPosts'], message: retention.error.message }];
  if (retention.value.rate === toHundredths(s.retention.statedRate)) return [];
  return [
    mismatch(
      ['staffing', 'retention', 'statedRate'],
      `稳岗率（${s.retention.stableStaff} / ${s.retention.requiredPosts}）`,
      `${fmt(toHundredths(s.retention.statedRate))}%`,
      `${fmt(retention.value.rate)}%`,
    ),
  ];
}

function attendanceProblems(s: Staffing): Problem[] {
  const problems: Problem[] = [];
  const rows = [
    ['attendance', '社工到岗超配人次', s.attendance],
    ['certifiedAttendance', '持证社工到岗超配人次', s.certifiedAttendance],
  ] as const;
  for (const [field, what, row] of rows) {
    if (!row) continue;
    const a = attendance(row.expected, row.actual);
    if (a.ok && a.value.surplus !== toHundredths(row.statedSurplus)) {
      problems.push(mismatch(['staffing', field, 'statedSurplus'], `${what}（${row.actual} − ${row.expected}）`, String(row.statedSurplus), fmt(a.value.surplus)));
    }
  }
  return problems;
}

function experiencedProblems(s: Staffing): Problem[] {
  if (!s.experiencedAttendance) return [];
  const share = experiencedShare(s.experiencedAttendance.personMonths, s.attendance.actual);
  if (!share.ok) return [{ path: ['staffing', 'experiencedAttendance', 'personMonths'], message: share.error.message }];
  if (share.value === toHundredths(s.experiencedAttendance.statedShare)) return [];
  return [
    mismatch(
      ['staffing', 'experiencedAttendance', 'statedShare'],
      `从业 2 年以上社工到岗人次占比（${s.experiencedAttendance.personMonths} / ${s.attendance.actual}）`,
      `${fmt(toHundredths(s.experiencedAttendance.statedShare))}%`,
      `${fmt(share.value)}%`,
    ),
  ];
}

export function staffingProblems(data: ReportFigures, rules: RuleSet): Problem[] {
  const s = data.staffing;
  return [...totalProblems(s), ...retentionProblems(s, rules), ...attendanceProblems(s), ...experiencedProblems(s)];
}
