/**
 * The rule sets the importer matches a report against: the scoring module's registry
 * (src/scoring/rule-sets/), newest first.
 */
import { ruleSets } from '../scoring/index.ts';
import type { MatchableRuleSet } from './rule-sets.ts';

export function knownRuleSets(): readonly MatchableRuleSet[] {
  return ruleSets();
}
