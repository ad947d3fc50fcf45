/**
 * The scoring functions and types without the rule-set registry: what the browser islands and
 * scripts import. The registry (rule-sets.ts) checks the files with zod, and a module that builds zod
 * schemas at load time cannot be tree-shaken out of a bundle, so code bound for the browser imports
 * this module (and rule-set-files.ts for the data) instead of index.ts.
 */
export type { RuleSet, PartyRule, GradeBand, RuleSource, PartyId, GradeName } from './rule-set.ts';
export * from './parties.ts';
export * from './result.ts';
export * from './hundredths.ts';
export * from './format-count.ts';
export * from './parse-number.ts';
export * from './party-scores.ts';
export * from './grade.ts';
export * from './indicators.ts';
export * from './staffing.ts';
export * from './margins.ts';
export * from './room.ts';
