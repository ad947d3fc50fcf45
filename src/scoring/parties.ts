import type { PartyId, PartyRule, RuleSet } from './rule-set.ts';

/** A party of a rule set, or an error naming both: a programming error (ids come from the same set). */
export function partyById(rules: RuleSet, id: PartyId): PartyRule {
  const party = rules.parties.find((p) => p.id === id);
  if (!party) throw new Error(`评估规则 ${rules.id} 没有评估方 “${id}”`);
  return party;
}

/** The rule set's party ids, in its order. */
export function partyIds(rules: RuleSet): PartyId[] {
  return rules.parties.map((p) => p.id);
}
