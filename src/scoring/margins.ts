import { gradePosition } from './grade.ts';
import type { Hundredths } from './hundredths.ts';
import { PARTIES, type GradeName, type PartyId } from './rules.ts';
import type { PartyScores } from './party-scores.ts';

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
export function gradeDropMargins(parties: PartyScores): DropMargins {
  let total = 0;
  for (const p of PARTIES) total += parties[p.id];
  const position = gradePosition(total);
  const above = position.marginAboveFloor;
  if (above === null) return { grade: position.grade, parties: null };
  const out = {} as Record<PartyId, PartyDropMargin>;
  for (const p of PARTIES) {
    const own = parties[p.id];
    out[p.id] = { margin: Math.min(own, above), wholeScore: own <= above };
  }
  return { grade: position.grade, parties: out };
}
