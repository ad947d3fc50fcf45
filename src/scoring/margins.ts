import { gradePosition } from './grade.ts';
import type { Hundredths } from './hundredths.ts';
import type { PartyScores } from './party-scores.ts';
import type { GradeName, PartyId, RuleSet } from './rule-set.ts';

export interface PartyDropMargin {
  /** Points this party's score can fall, all others unchanged, and the total keep its grade. */
  margin: Hundredths;
  /** True when the margin is the party's whole score: it could fall to 0 and the grade would hold. */
  wholeScore: boolean;
}

export interface DropMargins {
  grade: GradeName;
  /** Per party; null when the grade is already the lowest (it cannot drop). */
  parties: Record<PartyId, PartyDropMargin> | null;
}

/**
 * How far each party's score can fall before the grade drops. The grade drops
 * when the total goes below its band's floor, so a party can lose up to the
 * margin above the floor and keep the grade (83.62 → 3.62: the total is then
 * exactly 80.00, still 良好), but never more than the points it has.
 */
export function gradeDropMargins(rules: RuleSet, parties: PartyScores): DropMargins {
  let total = 0;
  for (const p of rules.parties) total += parties[p.id] ?? 0;
  const position = gradePosition(rules, total);
  const above = position.marginAboveFloor;
  if (above === null) return { grade: position.grade, parties: null };
  const out: Record<PartyId, PartyDropMargin> = {};
  for (const p of rules.parties) {
    const own = parties[p.id] ?? 0;
    out[p.id] = { margin: Math.min(own, above), wholeScore: own <= above };
  }
  return { grade: position.grade, parties: out };
}
