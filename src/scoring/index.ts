/** The typed scoring module: pure TypeScript, no DOM, no Astro. */
export * from './rules.ts';
export * from './result.ts';
export * from './hundredths.ts';
export * from './parse-number.ts';
export * from './party-scores.ts';
export * from './grade.ts';
export * from './indicators.ts';
export * from './staffing.ts';
export * from './margins.ts';
export { ruleSetSchema, parseRuleSet, type RuleSet, type PartyRule, type RuleSource as RuleSetSource } from './rule-set.ts';
export { ruleSets, ruleSetById, newestRuleSet } from './rule-sets.ts';
export { bundledRuleSets } from './rule-set-files.ts';
