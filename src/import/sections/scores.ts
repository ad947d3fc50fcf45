/**
 * 二、（五）评估结果说明 and 七、评估结果: which rule set the report states (weights, total, grade bands),
 * each party's score, the total and the grade, checked as the build checks them: each within its maximum,
 * the total their sum, the grade the band of the total. Grade names and parties come from the rule sets. Pure.
 */
import type { Draft } from '../draft.ts';
import { num } from '../draft.ts';
import { alternatives, gradeNames, matchRuleSet, readStatedRules, type MatchableRuleSet } from '../rule-sets.ts';
import { lineAt } from '../text.ts';
import { N, type Sections } from './context.ts';

export function readScores<R extends MatchableRuleSet>(s: Sections, ruleSets: readonly R[]): { ruleSet: R | null; fatal: string | null } {
  const { draft, find, under, setNum, text } = s;
  const rulesText = under(/评估结果说明/);
  const stated = readStatedRules(rulesText.length ? rulesText : text.body, gradeNames(ruleSets));
  const match = matchRuleSet(stated, ruleSets);
  if (!match.ok) return { ruleSet: null, fatal: match.message };
  const rules = match.ruleSet;
  const results = under(/^七、/);
  const scoreOrder: string[] = [];
  for (const p of results) {
    for (const m of p.text.matchAll(new RegExp(`(\\S+?)评估\\s*得分[：:]\\s*${N}\\s*分`, 'g'))) {
      const id = match.partyOf(m[1]!.replace(/^\d+[.．]\s*/, ''));
      if (!id) continue;
      scoreOrder.push(id);
      draft.set(['scores', id], num(m[2]!), lineAt(p, m.index));
    }
  }
  for (const party of rules.parties) {
    const value = draft.get(['scores', party.id]);
    if (value === undefined) draft.missing(['scores', party.id], `七、评估结果中的${party.name}评估得分`);
  }
  const total = find(new RegExp(`总得分[：:]\\s*${N}\\s*分`), results);
  setNum(['scores', 'total'], total, 1, '总得分');
  const grade = find(new RegExp(`等级[：:]\\s*(${alternatives(rules.bands.map((b) => b.grade))})`), results);
  if (grade) draft.set(['scores', 'grade'], grade.m[1], grade.line);
  else draft.missing(['scores', 'grade'], '等级');
  checkScores(draft, rules, total?.line ?? null, grade?.line ?? null);
  return { ruleSet: rules, fatal: null };
}

/** The build's score checks, with the matched rule set: each within its maximum, total = sum, grade of total. */
function checkScores(draft: Draft, rules: MatchableRuleSet, totalLine: number | null, gradeLine: number | null): void {
  const hundredths = (v: unknown) => (v && typeof v === 'object' && 'value' in v ? Math.round(Number((v as { value: number }).value) * 100) : NaN);
  let sum = 0;
  let complete = true;
  for (const party of rules.parties) {
    const h = hundredths(draft.get(['scores', party.id]));
    if (!Number.isFinite(h)) {
      complete = false;
      continue;
    }
    if (h > party.maxPoints * 100) {
      const row = draft.rows.find((r) => r.field === `scores.${party.id}`);
      draft.failed(['scores', party.id], `${party.name}得分 ${(h / 100).toFixed(2)} 超过该方满分 ${party.maxPoints} 分`, row?.line ?? null);
      complete = false;
    }
    sum += h;
  }
  const total = hundredths(draft.get(['scores', 'total']));
  if (!complete || !Number.isFinite(total)) return;
  if (total !== sum) {
    draft.failed(['scores', 'total'], `总得分报告写 ${(total / 100).toFixed(2)}，各方得分之和为 ${(sum / 100).toFixed(2)}`, totalLine);
    return;
  }
  const grade = draft.get(['scores', 'grade']);
  const expected = [...rules.bands].sort((a, b) => b.min - a.min).find((b) => total >= b.min * 100)?.grade;
  if (typeof grade === 'string' && expected && grade !== expected) {
    draft.failed(['scores', 'grade'], `等级报告写 ${grade}，总分 ${(total / 100).toFixed(2)} 按规则为 ${expected}`, gradeLine);
  }
}
