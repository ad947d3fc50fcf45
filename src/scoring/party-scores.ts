import { divideHalfUp, percentHundredths, toHundredths, type Hundredths } from './hundredths.ts';
import { fail, ok, type Result } from './result.ts';
import { PARTIES, partyById, type PartyId } from './rules.ts';

/**
 * How a party's score is given: as points on the party's own scale
 * (0..weight, e.g. 18 of 20) or as a 100-point score converted by the weight
 * (90 of 100 for 购买方 → 18.00 points).
 */
export type ScoreScale = 'points' | 'hundred';

export interface PartyScoreInput {
  value: number | undefined;
  scale: ScoreScale;
}

export type PartyScores = Record<PartyId, Hundredths>;

/** Convert one party's score to points in hundredths, or a typed error naming the party. */
export function partyPoints(partyId: PartyId, input: PartyScoreInput): Result<Hundredths> {
  const party = partyById(partyId);
  const { value, scale } = input;
  const max = scale === 'points' ? party.weight : 100;
  const unit = scale === 'points' ? '分' : '分（百分制）';
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
  return ok(scale === 'points' ? h : divideHalfUp(h * party.weight, 100));
}

export interface TotalBreakdown {
  /** Each party's points, in hundredths. */
  parties: PartyScores;
  /** Sum of the four, in hundredths: exact, so 18.00 + 8.70 + 12.80 + 44.12 = 83.62. */
  total: Hundredths;
}

/** The 100-point total: the sum of the four party scores. Reports the first invalid party. */
export function totalScore(inputs: Record<PartyId, PartyScoreInput>): Result<TotalBreakdown> {
  const parties = {} as PartyScores;
  let total = 0;
  for (const party of PARTIES) {
    const input = inputs[party.id];
    const points = partyPoints(party.id, input ?? { value: undefined, scale: 'points' });
    if (!points.ok) return points;
    parties[party.id] = points.value;
    total += points.value;
  }
  return ok({ parties, total });
}

/** Shorthand for the common case: all four scores given as points on their own scales. */
export function totalFromPoints(points: Record<PartyId, number>): Result<TotalBreakdown> {
  const inputs = {} as Record<PartyId, PartyScoreInput>;
  for (const party of PARTIES) inputs[party.id] = { value: points[party.id], scale: 'points' };
  return totalScore(inputs);
}

/**
 * A party's points as a 100-point score (18.00 of 购买方's 20 → 90.00), rounded
 * half up to hundredths. The inverse of the 'hundred' scale in partyPoints:
 * converting back gives the same points, because one hundredth on the
 * 100-point scale is worth at most 0.0055 points (weight ≤ 55).
 */
export function pointsToHundredScale(partyId: PartyId, points: Hundredths): Hundredths {
  return percentHundredths(points / 100, partyById(partyId).weight);
}
