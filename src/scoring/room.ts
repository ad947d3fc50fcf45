import { gradeBandOf } from './grade.ts';
import { toHundredths, type Hundredths } from './hundredths.ts';
import type { PartyScores } from './party-scores.ts';
import type { GradeName, PartyId, RuleSet } from './rule-set.ts';

/** One party against one boundary: how far it can move alone, and the move that crosses the boundary. */
export interface PartyMove {
  id: PartyId;
  /**
   * How far this party's score can move in that direction at most: up to its maximum (最多可升 = max − score)
   * on the way up, down to 0 (its own points) on the way down.
   */
  reach: Hundredths;
  /**
   * The smallest move of this party alone, the others unchanged, that lands the total in the boundary's band;
   * null when that is more than `reach`: this party alone cannot get there.
   */
  move: Hundredths | null;
}

/** A band other than the current one, and what it takes to get into it. */
export interface Boundary {
  /** The band reached. */
  grade: GradeName;
  /**
   * The smallest change of the total that lands in the band: up, the band's floor − the total (83.62 → 优秀:
   * 6.38); down, the total − the floor of the band just above it, plus one hundredth (83.62 → 合格: 3.63).
   */
  change: Hundredths;
  /** Per party, in the rule set's order. */
  parties: PartyMove[];
}

export interface GradeRoom {
  total: Hundredths;
  grade: GradeName;
  /** 最多可升 per party: its maximum − its score (the hundredths it can still gain). */
  room: Record<PartyId, Hundredths>;
  /** Every higher band, nearest first (empty in the highest). */
  up: Boundary[];
  /** Every lower band, nearest first (empty in the lowest). */
  down: Boundary[];
}

/**
 * Room to grow and to fall, per party and per grade boundary, all from the rule set's parties and bands.
 * Each party moves alone, the others unchanged: so the move to a band is the same for every party that can
 * make it (the gap to the boundary), and null for a party whose room (up) or own points (down) fall short.
 * Exact in hundredths: total + move reaches the band, one hundredth less does not.
 */
export function gradeRoom(rules: RuleSet, parties: PartyScores): GradeRoom {
  let total = 0;
  for (const p of rules.parties) total += parties[p.id] ?? 0;
  const band = gradeBandOf(rules, total);
  const index = rules.bands.indexOf(band);
  const room: Record<PartyId, Hundredths> = {};
  for (const p of rules.parties) room[p.id] = Math.max(0, toHundredths(p.maxPoints) - (parties[p.id] ?? 0));

  const boundary = (grade: GradeName, change: Hundredths, reachOf: (id: PartyId) => Hundredths): Boundary => ({
    grade,
    change,
    parties: rules.parties.map((p) => {
      const reach = reachOf(p.id);
      return { id: p.id, reach, move: change <= reach ? change : null };
    }),
  });

  // Bands are highest first: those before the current one are higher.
  const up = rules.bands
    .slice(0, index)
    .reverse()
    .map((b) => boundary(b.grade, toHundredths(b.min) - total, (id) => room[id]!));
  // Falling into band i means going below the floor of band i − 1, the one just above it.
  const down = rules.bands
    .slice(index + 1)
    .map((b, k) => boundary(b.grade, total - toHundredths(rules.bands[index + k]!.min) + 1, (id) => parties[id] ?? 0));
  return { total, grade: band.grade, room, up, down };
}
