/**
 * Which rule set a report was scored under, from what its 二、（五）评估结果说明 states: each party's
 * weight (“项目监督方（区民政局）评估分值占比10%”), the total (“评估总分为100分”) and the grade bands
 * (“90 分以上为优秀，80 分至 90 分（不含 90 分）为良好 …”), the grade names being those of the rule sets in
 * scope. The rule sets are a parameter, so this stays pure and is tested with rule sets of the test's own. A report whose stated rules match none fails.
 */
import type { PartyId } from '../scoring/index.ts';

/** What matching reads of a rule set (the scoring module's rule sets carry more). */
export interface MatchableRuleSet {
  id: string;
  title: string;
  parties: readonly { id: string; name: string; fullName: string; maxPoints: number }[];
  totalMax: number;
  bands: readonly { grade: string; min: number }[];
}

export interface StatedRules {
  /** Weight per party as stated, by the party's short name as the report words it. */
  weights: { name: string; percent: number; line: number }[];
  totalMax: number | null;
  bands: { grade: string; min: number }[];
  line: number | null;
}

/** A regular-expression alternation of literal names, longest first (不合格 before 合格). */
export function alternatives(names: readonly string[]): string {
  return [...new Set(names)].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** Every grade name of the rule sets in scope: what a band or a result may name. */
export function gradeNames(sets: readonly MatchableRuleSet[]): string[] {
  return sets.flatMap((s) => s.bands.map((b) => b.grade));
}

/** “90 分以上为优秀”, “80 分至 90 分（不含 90 分）为良好”, “60 分以下（不含 60 分）为不合格”, for the given grade names. */
function bandPattern(grades: readonly string[]): RegExp {
  // A grade no rule set in scope knows is still read, so that the refusal can say what the report states.
  const g = `(${[alternatives(grades), '[^\\s，,。；;、（）()]{1,8}'].filter(Boolean).join('|')})`;
  const n = String.raw`(\d+(?:\.\d+)?)\s*分`;
  const not = String.raw`(?:[（(]不含\s*\d+(?:\.\d+)?\s*分[^）)]*[）)])?`;
  return new RegExp(`${n}以上${not}为${g}|${n}至\\s*\\d+(?:\\.\\d+)?\\s*分${not}为${g}|${n}以下${not}为${g}`, 'g');
}

/** Read the stated rules from the text of 二、（五） (paragraphs with their lines), for the grade names in scope. */
export function readStatedRules(paras: { text: string; line: number }[], grades: readonly string[]): StatedRules {
  const BAND = bandPattern(grades);
  const stated: StatedRules = { weights: [], totalMax: null, bands: [], line: paras[0]?.line ?? null };
  for (const p of paras) {
    const total = /总分为\s*(\d+)\s*分/.exec(p.text);
    if (total) stated.totalMax = Number(total[1]);
    // Each clause: “<party>…评估分值占(比)? N%”.
    for (const clause of p.text.split(/[，,。；]/)) {
      const w = /^(?:其中)?(.+?)评估分值占比?\s*(\d+(?:\.\d+)?)\s*%/.exec(clause.trim());
      if (w) stated.weights.push({ name: w[1]!, percent: Number(w[2]), line: p.line });
    }
    for (const m of p.text.matchAll(BAND)) {
      if (m[2]) stated.bands.push({ grade: m[2], min: Number(m[1]) });
      else if (m[4]) stated.bands.push({ grade: m[4], min: Number(m[3]) });
      else if (m[6]) stated.bands.push({ grade: m[6], min: 0 });
    }
  }
  return stated;
}

export type RuleMatch<R extends MatchableRuleSet> =
  | { ok: true; ruleSet: R; partyOf: (statedName: string) => PartyId | null }
  | { ok: false; message: string };

/** The stated party wording names a rule-set party when it contains its short name (监督方, 督导中心 …). */
function partyFor(set: MatchableRuleSet, statedName: string) {
  return set.parties.find((p) => statedName.includes(p.name) || statedName.includes(p.fullName)) ?? null;
}

function describe(stated: StatedRules): string {
  const w = stated.weights.map((x) => `${x.name} ${x.percent}%`).join('、') || '（未写权重）';
  const b = stated.bands.map((x) => `${x.grade} ≥ ${x.min}`).join('、') || '（未写等级）';
  return `报告所写：总分 ${stated.totalMax ?? '？'} 分，${w}；${b}`;
}

export function matchRuleSet<R extends MatchableRuleSet>(stated: StatedRules, sets: readonly R[]): RuleMatch<R> {
  if (stated.weights.length === 0 || stated.bands.length === 0) {
    return { ok: false, message: '报告没有写明评分规则（二、（五）评估结果说明中的各方分值占比和等级划分），无法确定适用哪套规则' };
  }
  for (const set of sets) {
    const total = stated.totalMax ?? set.totalMax;
    if (total !== set.totalMax || stated.weights.length !== set.parties.length) continue;
    const seen = new Set<string>();
    const weightsMatch = stated.weights.every((w) => {
      const party = partyFor(set, w.name);
      if (!party || seen.has(party.id)) return false;
      seen.add(party.id);
      return Math.abs((w.percent / 100) * set.totalMax - party.maxPoints) < 1e-9;
    });
    const bandsMatch =
      stated.bands.length === set.bands.length &&
      set.bands.every((b) => stated.bands.some((s) => s.grade === b.grade && Math.abs(s.min - b.min) < 1e-9));
    if (weightsMatch && bandsMatch) {
      return { ok: true, ruleSet: set, partyOf: (name) => (partyFor(set, name)?.id as PartyId | undefined) ?? null };
    }
  }
  const known = sets.map((s) => `${s.id}（${s.title}）`).join('、') || '（无）';
  return { ok: false, message: `报告所写的评分权重和等级与本站已知的任何一套规则都不符。${describe(stated)}。已知规则：${known}` };
}
