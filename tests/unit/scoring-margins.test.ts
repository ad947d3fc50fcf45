import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gradeDropMargins,
  gradeOf,
  PARTIES,
  partyPoints,
  pointsToHundredScale,
  type PartyId,
  type PartyScores,
} from '../../src/scoring/index.ts';

// 流花街 2023–2024 final: 83.62, 良好, 3.62 above the 80 floor.
const LIUHUA: PartyScores = { supervisor: 870, purchaser: 1800, supervisionCentre: 1280, thirdParty: 4412 };
const sum = (s: PartyScores) => PARTIES.reduce((t, p) => t + s[p.id], 0);

describe('gradeDropMargins', () => {
  it('lets each party of 83.62 fall by 3.62 and stay 良好', () => {
    const r = gradeDropMargins(LIUHUA);
    expect(r.grade).toBe('良好');
    for (const p of PARTIES) expect(r.parties?.[p.id]).toEqual({ margin: 362, wholeScore: false });
  });

  it('caps the margin at the party’s own points', () => {
    // 90.60 with 监督方 at 0.60: 监督方 can fall to 0 (90.00, still 优秀), the others by 0.60.
    const r = gradeDropMargins({ supervisor: 60, purchaser: 2000, supervisionCentre: 1500, thirdParty: 5500 });
    expect(r.grade).toBe('优秀');
    expect(r.parties?.supervisor).toEqual({ margin: 60, wholeScore: true });
    expect(r.parties?.thirdParty).toEqual({ margin: 60, wholeScore: false });
  });

  it('is 0 exactly on a band floor and null in the lowest band', () => {
    const floor = gradeDropMargins({ supervisor: 1000, purchaser: 2000, supervisionCentre: 1500, thirdParty: 4500 });
    expect(floor.grade).toBe('优秀');
    expect(floor.parties?.purchaser.margin).toBe(0);
    const low = gradeDropMargins({ supervisor: 500, purchaser: 1000, supervisionCentre: 1000, thirdParty: 3000 });
    expect(low).toEqual({ grade: '不合格', parties: null });
  });

  it('property: losing the margin keeps the grade; one hundredth more drops it unless capped', () => {
    const scores = fc.record(
      Object.fromEntries(PARTIES.map((p) => [p.id, fc.integer({ min: 0, max: p.weight * 100 })])) as Record<
        PartyId,
        fc.Arbitrary<number>
      >,
    );
    fc.assert(
      fc.property(scores, fc.constantFrom(...PARTIES), (s, party) => {
        const r = gradeDropMargins(s);
        const total = sum(s);
        expect(r.grade).toBe(gradeOf(total));
        if (r.parties === null) return;
        const { margin, wholeScore } = r.parties[party.id];
        expect(margin).toBeGreaterThanOrEqual(0);
        expect(margin).toBeLessThanOrEqual(s[party.id]);
        expect(gradeOf(total - margin)).toBe(r.grade);
        if (!wholeScore) expect(gradeOf(total - margin - 1)).not.toBe(r.grade);
      }),
    );
  });
});

describe('pointsToHundredScale', () => {
  it('converts a party’s points to its 100-point score', () => {
    expect(pointsToHundredScale('purchaser', 1800)).toBe(9000);
    expect(pointsToHundredScale('supervisor', 870)).toBe(8700);
    expect(pointsToHundredScale('thirdParty', 4412)).toBe(8022); // 80.218… → 80.22
  });

  it('property: converting back with partyPoints gives the same points', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PARTIES).chain((p) => fc.tuple(fc.constant(p), fc.integer({ min: 0, max: p.weight * 100 }))),
        ([party, points]) => {
          const hundred = pointsToHundredScale(party.id, points);
          expect(hundred).toBeGreaterThanOrEqual(0);
          expect(hundred).toBeLessThanOrEqual(10000);
          expect(partyPoints(party.id, { value: hundred / 100, scale: 'hundred' })).toEqual({ ok: true, value: points });
        },
      ),
    );
  });
});
