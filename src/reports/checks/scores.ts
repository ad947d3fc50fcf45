/**
 * 七、评估结果 against the report's rule set: first the rule set itself applies (it exists, the report's
 * dates lie in its effective period, `scores` holds exactly its parties, each a figure, and a grade it
 * has), then each party's points are within its maximum, the total is their sum and the grade is the
 * total's. Pure.
 */
import { formatHundredths as fmt, gradeOf, toHundredths, totalFromPoints, type RuleSet } from '../../scoring/index.ts';
import { amount } from '../../schemas/common.ts';
import type { ReportData } from '../../schemas/report/index.ts';
import { statedPartyPoints } from '../party-points.ts';
import { mismatch, type Problem, type ReportFigures } from './problem.ts';

/**
 * The checks that need the report's rule set: it exists, the report's dates lie in its effective
 * period, `scores` holds exactly its parties (each a figure) and a grade it has. The figure checks run
 * only when these find nothing (../validate.ts).
 */
export function ruleSetIssues(
  data: Pick<ReportData, 'rules' | 'scores' | 'agreementPeriod' | 'evaluationDate'>,
  lookup: (id: string) => RuleSet | undefined,
): { rules: RuleSet | null; issues: Problem[] } {
  const rules = lookup(data.rules);
  if (!rules) {
    return { rules: null, issues: [{ path: ['rules'], message: `找不到评估规则 “${data.rules}”（src/scoring/rule-sets/ 下没有 ${data.rules}.json）` }] };
  }
  const issues: Problem[] = [];
  const { from, to } = rules.effective;
  const period = to === null ? `${from} 起` : `${from} 至 ${to}`;
  const start = data.agreementPeriod.start;
  if (start < from || (to !== null && start > to)) {
    issues.push({ path: ['agreementPeriod', 'start'], message: `服务协议期开始于 ${start}，不在评估规则 ${rules.id} 的适用期（${period}）内` });
  }
  if (data.evaluationDate < from) {
    issues.push({ path: ['evaluationDate'], message: `评估日期 ${data.evaluationDate} 早于评估规则 ${rules.id} 的适用期（${period}）` });
  }
  const partyIds = new Set(rules.parties.map((p) => p.id));
  for (const party of rules.parties) {
    const value = data.scores[party.id];
    if (value === undefined) issues.push({ path: ['scores', party.id], message: `缺少${party.fullName}的评估得分（评估规则 ${rules.id}）` });
    else {
      const checked = amount.safeParse(value);
      if (!checked.success) issues.push({ path: ['scores', party.id], message: checked.error.issues[0]?.message ?? '应为数字' });
    }
  }
  for (const key of Object.keys(data.scores)) {
    if (key !== 'total' && key !== 'grade' && !partyIds.has(key)) {
      issues.push({ path: ['scores', key], message: `评估规则 ${rules.id} 没有评估方 “${key}”（应为 ${[...partyIds].join('、')}）` });
    }
  }
  const grades = rules.bands.map((b) => b.grade);
  if (!grades.includes(data.scores.grade)) {
    issues.push({ path: ['scores', 'grade'], message: `应为评估规则 ${rules.id} 的等级之一：${grades.join('、')}` });
  }
  return { rules, issues };
}

/** Each party within 0..its maximum (the schema already requires ≥ 0); when they are, the total and the grade. */
export function scoreProblems(data: ReportFigures, rules: RuleSet): Problem[] {
  const problems: Problem[] = [];
  const points = statedPartyPoints(rules, data.scores);
  for (const party of rules.parties) {
    const value = points[party.id]!;
    if (value > party.maxPoints) {
      problems.push({
        path: ['scores', party.id],
        message: `${party.name}评估得分 ${value} 超过该方满分 ${party.maxPoints} 分`,
      });
    }
  }
  if (problems.length > 0) return problems;
  const total = totalFromPoints(rules, points);
  if (total.ok) {
    const stated = toHundredths(data.scores.total);
    if (stated !== total.value.total) {
      problems.push(mismatch(['scores', 'total'], '总分应等于各方得分之和', fmt(stated), fmt(total.value.total)));
    }
    const grade = gradeOf(rules, total.value.total);
    if (grade !== data.scores.grade) {
      problems.push(mismatch(['scores', 'grade'], `等级应为总分 ${fmt(total.value.total)} 对应的等级`, data.scores.grade, grade));
    }
  }
  return problems;
}
