/**
 * The rule sets the importer matches a report against. Until the scoring module publishes its rule sets
 * as data (issue 11), the one set it holds (src/scoring/rules.ts) is presented in the same shape.
 */
import { GRADE_BANDS, MAX_TOTAL, PARTIES } from '../scoring/index.ts';
import type { MatchableRuleSet } from './rule-sets.ts';

export function knownRuleSets(): MatchableRuleSet[] {
  return [
    {
      id: 'gz-2023',
      title: '《广州市社工站购买服务项目评估办法》',
      parties: PARTIES.map((p) => ({ id: p.id, name: p.name, fullName: p.fullName, maxPoints: p.weight })),
      totalMax: MAX_TOTAL,
      bands: GRADE_BANDS.map((b) => ({ grade: b.grade, min: b.min })),
    },
  ];
}
