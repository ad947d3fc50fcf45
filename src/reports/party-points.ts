import type { PartyId, RuleSet } from '../scoring/index.ts';
import type { ReportData } from '../schemas/report/index.ts';

/**
 * A report's stated points per party of its rule set. The schema has already checked each is a figure
 * (src/reports/checks/scores.ts: ruleSetIssues), so a value that is not a number here is a programming error.
 */
export function statedPartyPoints(rules: RuleSet, scores: ReportData['scores']): Record<PartyId, number> {
  const out: Record<PartyId, number> = {};
  for (const party of rules.parties) {
    const value = scores[party.id];
    if (typeof value !== 'number') throw new Error(`scores.${party.id}: 应为数字（评估规则 ${rules.id}）`);
    out[party.id] = value;
  }
  return out;
}
