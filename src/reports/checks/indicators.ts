/**
 * 服务指标完成情况: each indicator's key is unique, and its stated completion rate is completed / target
 * under the rule set, at the precision the report prints it. Pure.
 */
import { completionRate, formatHundredths as fmt, toHundredths, type RuleSet } from '../../scoring/index.ts';
import { ratePrints } from '../printed-rate.ts';
import { mismatch, type Problem, type ReportFigures } from './problem.ts';

export function indicatorProblems(data: ReportFigures, rules: RuleSet): Problem[] {
  const problems: Problem[] = [];
  const keys = new Set<string>();
  data.indicators.forEach((row, i) => {
    if (keys.has(row.key)) problems.push({ path: ['indicators', i, 'key'], message: `指标 key “${row.key}” 重复` });
    keys.add(row.key);
    const r = completionRate(rules, row.completed, row.target, row.name);
    if (!r.ok) {
      problems.push({ path: ['indicators', i, 'target'], message: r.error.message });
    } else if (
      row.statedDecimals !== undefined
        ? !ratePrints(row.completed, row.target, row.statedRate, row.statedDecimals)
        : r.value.rate !== toHundredths(row.statedRate)
    ) {
      problems.push(
        mismatch(
          ['indicators', i, 'statedRate'],
          `指标“${row.name}”完成率（${row.completed} / ${row.target}）`,
          `${fmt(toHundredths(row.statedRate))}%`,
          `${fmt(r.value.rate)}%`,
        ),
      );
    }
  });
  return problems;
}
