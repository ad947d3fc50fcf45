/**
 * The registered vulnerable residents: the deduplicated total is at most the categories' sum (one person
 * may be in several), and those over 60 at most the total. Pure.
 */
import type { RuleSet } from '../../scoring/index.ts';
import type { Problem, ReportFigures } from './problem.ts';

export function populationProblems(data: ReportFigures, _rules: RuleSet): Problem[] {
  const p = data.population;
  if (!p) return [];
  const problems: Problem[] = [];
  const sum = p.categories.reduce((acc, c) => acc + c.count, 0);
  if (p.deduplicatedTotal > sum) {
    problems.push({
      path: ['population', 'deduplicatedTotal'],
      message: `去重合计 ${p.deduplicatedTotal} 人不能多于各类人数之和 ${sum} 人`,
    });
  }
  if (p.over60 !== undefined && p.over60 > p.deduplicatedTotal) {
    problems.push({ path: ['population', 'over60'], message: `60 岁以上 ${p.over60} 人不能多于合计 ${p.deduplicatedTotal} 人` });
  }
  return problems;
}
