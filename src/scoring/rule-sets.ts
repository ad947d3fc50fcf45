/**
 * The registry of rule sets: every file in ./rule-sets/, checked against the schema (rule-set.ts).
 * A bad file throws, naming the file and the field, wherever the registry is first used (the build's
 * report schema, the tests, a script).
 */
import { parseRuleSet, type RuleSet } from './rule-set.ts';
import { newestFirst, ruleSetFiles } from './rule-set-files.ts';

let checked: readonly RuleSet[] | undefined;

/** Every rule set, newest first. */
export function ruleSets(): readonly RuleSet[] {
  checked ??= newestFirst(Object.entries(ruleSetFiles()).map(([file, raw]) => parseRuleSet(raw, `src/scoring/${file.slice(2)}`)));
  return checked;
}

export function ruleSetById(id: string): RuleSet | undefined {
  return ruleSets().find((r) => r.id === id);
}

/** The newest rule set: the calculator's default. */
export function newestRuleSet(): RuleSet {
  const first = ruleSets()[0];
  if (!first) throw new Error('src/scoring/rule-sets/ 中没有评估规则文件');
  return first;
}
