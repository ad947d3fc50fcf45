import { divideHalfUp, toHundredths, type Hundredths } from './hundredths.ts';
import { partyById } from './parties.ts';
import { fail, ok, type Result } from './result.ts';
import type { PartyId, RuleSet } from './rule-set.ts';

/**
 * How a party's score is given: as points on the party's share of the total (0..maxPoints, e.g.
 * 18 of 20) or as a rating on the party's own scale (`scale` in the rule set: 90 of 100 for gz-2023's
 * 购买方 → 18.00 points).
 */
export type ScoreScale = 'points' | 'rating';

export interface PartyScoreInput {
  value: number | undefined;
  scale: ScoreScale;
}

/** Points per party id, in hundredths. */
export type PartyScores = Record<PartyId, Hundredths>;

/** Convert one party's score to points in hundredths, or a typed error naming the party. */
export function partyPoints(rules: RuleSet, partyId: PartyId, input: PartyScoreInput): Result<Hundredths> {
  const party = partyById(rules, partyId);
  const { value, scale } = input;
  const max = scale === 'points' ? party.maxPoints : party.scale;
  const unit = scale === 'points' ? '分' : `分（${scaleName(party.scale)}）`;
  if (value === undefined || value === null) {
    return fail('missing-party', `缺少${party.name}评估得分。`, partyId);
  }
  if (typeof value !== 'number' || Number.isNaN(value) || !Number.isFinite(value)) {
    return fail('not-a-number', `${party.name}评估得分应为数字。`, partyId);
  }
  if (value < 0 || value > max) {
    return fail('out-of-range', `${party.name}评估得分应在 0 到 ${max} ${unit}之间，现为 ${value}。`, partyId);
  }
  const h = toHundredths(value);
  return ok(scale === 'points' ? h : divideHalfUp(h * toHundredths(party.maxPoints), toHundredths(party.scale)));
}

/** 百分制 for a 100-point rating scale, “1000 分制” for others. */
export function scaleName(scale: number): string {
  return scale === 100 ? '百分制' : `${scale} 分制`;
}

export interface TotalBreakdown {
  /** Each party's points, in hundredths. */
  parties: PartyScores;
  /** Their sum, in hundredths: exact, so 18.00 + 8.70 + 12.80 + 44.12 = 83.62. */
  total: Hundredths;
}

/** The total: the sum of the rule set's party scores. Reports the first invalid party. */
export function totalScore(rules: RuleSet, inputs: Record<PartyId, PartyScoreInput>): Result<TotalBreakdown> {
  const parties: PartyScores = {};
  let total = 0;
  for (const party of rules.parties) {
    const points = partyPoints(rules, party.id, inputs[party.id] ?? { value: undefined, scale: 'points' });
    if (!points.ok) return points;
    parties[party.id] = points.value;
    total += points.value;
  }
  return ok({ parties, total });
}

/** Shorthand for the common case: every party's score given as points (a report's `scores`). */
export function totalFromPoints(rules: RuleSet, points: Record<PartyId, number | undefined>): Result<TotalBreakdown> {
  const inputs: Record<PartyId, PartyScoreInput> = {};
  for (const party of rules.parties) inputs[party.id] = { value: points[party.id], scale: 'points' };
  return totalScore(rules, inputs);
}

/**
 * A party's points as a rating on its own scale (18.00 of 购买方's 20 → 90.00 of 100), rounded half up
 * to hundredths. The inverse of the 'rating' scale in partyPoints: converting back gives the same
 * points whenever the party's maximum is at most its scale (as in every shipped set), because one
 * hundredth of a rating is then worth at most one hundredth of a point.
 */
export function pointsToRating(rules: RuleSet, partyId: PartyId, points: Hundredths): Hundredths {
  const party = partyById(rules, partyId);
  return divideHalfUp(points * toHundredths(party.scale), toHundredths(party.maxPoints));
}
