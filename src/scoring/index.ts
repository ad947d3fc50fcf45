/**
 * The typed scoring module: pure TypeScript, no DOM, no Astro. The rules are data (rule-sets/*.json,
 * one file per 评估办法, found by the registry); every scoring function takes the RuleSet it scores under.
 * Browser code imports ./core.ts instead (see there why).
 */
export * from './core.ts';
export { ruleSetSchema, parseRuleSet } from './rule-set.ts';
export { ruleSets, ruleSetById, newestRuleSet } from './rule-sets.ts';
export { bundledRuleSets } from './rule-set-files.ts';
