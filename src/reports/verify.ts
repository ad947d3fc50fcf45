/**
 * Build-time verification of a report's stated figures through the scoring
 * module. Pure: takes the parsed frontmatter, returns every mismatch with the
 * field's path, the stated value and the computed one.
 */
import {
  attendance,
  completionRate,
  experiencedShare,
  formatHundredths,
  gradeOf,
  retentionRate,
  toHundredths,
  totalFromPoints,
  type RuleSet,
} from '../scoring/index.ts';
import type { ReportData } from '../schemas/report/index.ts';
import { statedPartyPoints } from './party-points.ts';
import { ratePrints } from './printed-rate.ts';

export interface FigureMismatch {
  /** Path of the field in the frontmatter, e.g. ['scores', 'total']. */
  path: (string | number)[];
  /** Chinese sentence naming the field, the stated value and the computed one. */
  message: string;
}

/** The figures verification reads. */
export type VerifiableReport = Pick<ReportData, 'scores' | 'indicators' | 'staffing' | 'population'>;

const fmt = (h: number) => formatHundredths(h);

/** Every mismatch between the report's stated figures and what its rule set computes from them. */
export function verifyReport(report: VerifiableReport, rules: RuleSet): FigureMismatch[] {
  const issues: FigureMismatch[] = [];
  const mismatch = (path: (string | number)[], what: string, stated: string, computed: string) =>
    issues.push({ path, message: `${what}：报告写 ${stated}，按规则计算为 ${computed}` });

  // Each party within 0..its maximum (the schema already requires ≥ 0).
  const points = statedPartyPoints(rules, report.scores);
  for (const party of rules.parties) {
    const value = points[party.id]!;
    if (value > party.maxPoints) {
      issues.push({
        path: ['scores', party.id],
        message: `${party.name}评估得分 ${value} 超过该方满分 ${party.maxPoints} 分`,
      });
    }
  }
  if (issues.length === 0) {
    const total = totalFromPoints(rules, points);
    if (total.ok) {
      const stated = toHundredths(report.scores.total);
      if (stated !== total.value.total) {
        mismatch(['scores', 'total'], '总分应等于各方得分之和', fmt(stated), fmt(total.value.total));
      }
      const grade = gradeOf(rules, total.value.total);
      if (grade !== report.scores.grade) {
        mismatch(['scores', 'grade'], `等级应为总分 ${fmt(total.value.total)} 对应的等级`, report.scores.grade, grade);
      }
    }
  }

  const keys = new Set<string>();
  report.indicators.forEach((row, i) => {
    if (keys.has(row.key)) issues.push({ path: ['indicators', i, 'key'], message: `指标 key “${row.key}” 重复` });
    keys.add(row.key);
    const r = completionRate(rules, row.completed, row.target, row.name);
    if (!r.ok) {
      issues.push({ path: ['indicators', i, 'target'], message: r.error.message });
    } else if (
      row.statedDecimals !== undefined
        ? !ratePrints(row.completed, row.target, row.statedRate, row.statedDecimals)
        : r.value.rate !== toHundredths(row.statedRate)
    ) {
      mismatch(
        ['indicators', i, 'statedRate'],
        `指标“${row.name}”完成率（${row.completed} / ${row.target}）`,
        `${fmt(toHundredths(row.statedRate))}%`,
        `${fmt(r.value.rate)}%`,
      );
    }
  });

  const s = report.staffing;
  if (s.certifiedStaff + s.uncertifiedStaff !== s.totalStaff) {
    mismatch(['staffing', 'totalStaff'], '社工总数应为持证与非持证之和', String(s.totalStaff), String(s.certifiedStaff + s.uncertifiedStaff));
  }
  const retention = retentionRate(rules, s.retention.stableStaff, s.retention.requiredPosts);
  if (!retention.ok) {
    issues.push({ path: ['staffing', 'retention', 'requiredPosts'], message: retention.error.message });
  } else if (retention.value.rate !== toHundredths(s.retention.statedRate)) {
    mismatch(
      ['staffing', 'retention', 'statedRate'],
      `稳岗率（${s.retention.stableStaff} / ${s.retention.requiredPosts}）`,
      `${fmt(toHundredths(s.retention.statedRate))}%`,
      `${fmt(retention.value.rate)}%`,
    );
  }
  const attendanceRows = [
    ['attendance', '社工到岗超配人次', s.attendance],
    ['certifiedAttendance', '持证社工到岗超配人次', s.certifiedAttendance],
  ] as const;
  for (const [field, what, row] of attendanceRows) {
    if (!row) continue;
    const a = attendance(row.expected, row.actual);
    if (a.ok && a.value.surplus !== toHundredths(row.statedSurplus)) {
      mismatch(['staffing', field, 'statedSurplus'], `${what}（${row.actual} − ${row.expected}）`, String(row.statedSurplus), fmt(a.value.surplus));
    }
  }
  if (s.experiencedAttendance) {
    const share = experiencedShare(s.experiencedAttendance.personMonths, s.attendance.actual);
    if (!share.ok) {
      issues.push({ path: ['staffing', 'experiencedAttendance', 'personMonths'], message: share.error.message });
    } else if (share.value !== toHundredths(s.experiencedAttendance.statedShare)) {
      mismatch(
        ['staffing', 'experiencedAttendance', 'statedShare'],
        `从业 2 年以上社工到岗人次占比（${s.experiencedAttendance.personMonths} / ${s.attendance.actual}）`,
        `${fmt(toHundredths(s.experiencedAttendance.statedShare))}%`,
        `${fmt(share.value)}%`,
      );
    }
  }

  const p = report.population;
  if (p) {
    const sum = p.categories.reduce((acc, c) => acc + c.count, 0);
    if (p.deduplicatedTotal > sum) {
      issues.push({
        path: ['population', 'deduplicatedTotal'],
        message: `去重合计 ${p.deduplicatedTotal} 人不能多于各类人数之和 ${sum} 人`,
      });
    }
    if (p.over60 !== undefined && p.over60 > p.deduplicatedTotal) {
      issues.push({ path: ['population', 'over60'], message: `60 岁以上 ${p.over60} 人不能多于合计 ${p.deduplicatedTotal} 人` });
    }
  }
  return issues;
}
