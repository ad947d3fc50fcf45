import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gradeDropMargins,
  gradeOf,
  partyPoints,
  pointsToRating,
  toHundredths,
  type PartyId,
  type PartyScores,
  type RuleSet,
} from '../../src/scoring/index.ts';
import { BOTH_RULE_SETS, GZ_2023 as GZ } from '../fixtures/rule-sets.ts';

// 流花街 2023–2024 final: 83.62, 良好, 3.62 above the 80 floor.
const LIUHUA: PartyScores = { supervisor: 870, purchaser: 1800, supervisionCentre: 1280, thirdParty: 4412 };
const sum = (rules: RuleSet, s: PartyScores) => rules.parties.reduce((t, p) => t + s[p.id]!, 0);

describe('gradeDropMargins', () => {
  it('lets each party of 83.62 fall by 3.62 and stay 良好', () => {
    const r = gradeDropMargins(GZ, LIUHUA);
    expect(r.grade).toBe('良好');
    for (const p of GZ.parties) expect(r.parties?.[p.id]).toEqual({ margin: 362, wholeScore: false });
  });

  it('caps the margin at the party’s own points', () => {
    // 90.60 with 监督方 at 0.60: 监督方 can fall to 0 (90.00, still 优秀), the others by 0.60.
    const r = gradeDropMargins(GZ, { supervisor: 60, purchaser: 2000, supervisionCentre: 1500, thirdParty: 5500 });
    expect(r.grade).toBe('优秀');
    expect(r.parties?.supervisor).toEqual({ margin: 60, wholeScore: true });
    expect(r.parties?.thirdParty).toEqual({ margin: 60, wholeScore: false });
  });

  it('is 0 exactly on a band floor and null in the lowest band', () => {
    const floor = gradeDropMargins(GZ, { supervisor: 1000, purchaser: 2000, supervisionCentre: 1500, thirdParty: 4500 });
    expect(floor.grade).toBe('优秀');
    expect(floor.parties?.purchaser?.margin).toBe(0);
    const low = gradeDropMargins(GZ, { supervisor: 500, purchaser: 1000, supervisionCentre: 1000, thirdParty: 3000 });
    expect(low).toEqual({ grade: '不合格', parties: null });
  });

});

describe.each(BOTH_RULE_SETS)('gradeDropMargins under %s', (_id, rules) => {
  it('property: losing the margin keeps the grade; one hundredth more drops it unless capped', () => {
    const scores = fc.record(
      Object.fromEntries(rules.parties.map((p) => [p.id, fc.integer({ min: 0, max: toHundredths(p.maxPoints) })])) as Record<
        PartyId,
        fc.Arbitrary<number>
      >,
    );
    fc.assert(
      fc.property(scores, fc.constantFrom(...rules.parties), (s, party) => {
        const r = gradeDropMargins(rules, s);
        const total = sum(rules, s);
        expect(r.grade).toBe(gradeOf(rules, total));
        if (r.parties === null) {
          expect(r.grade).toBe(rules.bands.at(-1)!.grade);
          return;
        }
        const { margin, wholeScore } = r.parties[party.id]!;
        expect(margin).toBeGreaterThanOrEqual(0);
        expect(margin).toBeLessThanOrEqual(s[party.id]!);
        expect(gradeOf(rules, total - margin)).toBe(r.grade);
        if (!wholeScore) expect(gradeOf(rules, total - margin - 1)).not.toBe(r.grade);
      }),
    );
  });
});

describe('pointsToRating', () => {
  it('converts a gz-2023 party’s points to its 100-point score', () => {
    expect(pointsToRating(GZ, 'purchaser', 1800)).toBe(9000);
    expect(pointsToRating(GZ, 'supervisor', 870)).toBe(8700);
    expect(pointsToRating(GZ, 'thirdParty', 4412)).toBe(8022); // 80.218… → 80.22
  });

  it.each(BOTH_RULE_SETS)('property under %s: converting back with partyPoints gives the same points', (_id, rules) => {
    fc.assert(
      fc.property(
        fc.constantFrom(...rules.parties).chain((p) => fc.tuple(fc.constant(p), fc.integer({ min: 0, max: toHundredths(p.maxPoints) }))),
        ([party, points]) => {
          const rating = pointsToRating(rules, party.id, points);
          expect(rating).toBeGreaterThanOrEqual(0);
          expect(rating).toBeLessThanOrEqual(toHundredths(party.scale));
          expect(partyPoints(rules, party.id, { value: rating / 100, scale: 'rating' })).toEqual({ ok: true, value: points });
        },
      ),
    );
  });
});
