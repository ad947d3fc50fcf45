import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  completionRate,
  gradeOf,
  gradeRank,
  parseUserNumber,
  partyPoints,
  pointsToRating,
  toHundredths,
  totalScore,
  type PartyId,
  type PartyScoreInput,
  type RuleSet,
} from '../../src/scoring/index.ts';
import { BOTH_RULE_SETS } from '../fixtures/rule-sets.ts';

/** A valid score on a party's share of the total, with at most two decimals. */
const pointsFor = (max: number) => fc.integer({ min: 0, max: toHundredths(max) }).map((h) => h / 100);

const validScores = (rules: RuleSet) =>
  fc.record(Object.fromEntries(rules.parties.map((p) => [p.id, pointsFor(p.maxPoints)])) as Record<PartyId, fc.Arbitrary<number>>);

const asInputs = (rules: RuleSet, points: Record<PartyId, number>): Record<PartyId, PartyScoreInput> =>
  Object.fromEntries(rules.parties.map((p) => [p.id, { value: points[p.id], scale: 'points' }]));

// The same properties hold under gz-2023 and the fictional 3-party, 1,000-point set.
describe.each(BOTH_RULE_SETS)('scoring properties under %s', (_id, rules) => {
  const maxH = toHundredths(rules.totalMax);

  it('the total is exactly the sum of the party scores in hundredths, within the set’s maximum, never NaN', () => {
    fc.assert(
      fc.property(validScores(rules), (points) => {
        const r = totalScore(rules, asInputs(rules, points));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const expected = rules.parties.reduce((s, p) => s + Math.round(points[p.id]! * 100), 0);
        expect(r.value.total).toBe(expected);
        expect(Number.isInteger(r.value.total)).toBe(true);
        expect(r.value.total).toBeGreaterThanOrEqual(0);
        expect(r.value.total).toBeLessThanOrEqual(maxH);
      }),
    );
  });

  it('the grade never decreases as the total rises, and is one of the set’s bands', () => {
    const grades = rules.bands.map((b) => b.grade);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: maxH }), fc.integer({ min: 0, max: maxH }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(grades).toContain(gradeOf(rules, lo));
        expect(gradeRank(rules, gradeOf(rules, lo))).toBeLessThanOrEqual(gradeRank(rules, gradeOf(rules, hi)));
      }),
    );
  });

  it('each band starts exactly at its minimum', () => {
    for (const [i, band] of rules.bands.entries()) {
      expect(gradeOf(rules, toHundredths(band.min))).toBe(band.grade);
      if (band.min > 0) expect(gradeOf(rules, toHundredths(band.min) - 1)).toBe(rules.bands[i + 1]!.grade);
    }
  });

  it('a rating on the party’s own scale converts to at most its maximum, and back', () => {
    fc.assert(
      fc.property(fc.constantFrom(...rules.parties), fc.double({ min: 0, max: 1, noNaN: true }), (party, f) => {
        const rating = Math.round(f * party.scale * 100) / 100;
        const r = partyPoints(rules, party.id, { value: rating, scale: 'rating' });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(Number.isNaN(r.value)).toBe(false);
        expect(r.value).toBeLessThanOrEqual(toHundredths(party.maxPoints));
        // Points → rating → points is exact while the maximum is at most the scale (every set here).
        const back = partyPoints(rules, party.id, { value: pointsToRating(rules, party.id, r.value) / 100, scale: 'rating' });
        expect(back.ok && back.value).toBe(r.value);
      }),
    );
  });

  it('every invalid party score is rejected with an error naming the party', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...rules.parties),
        fc.constantFrom('points' as const, 'rating' as const),
        fc.oneof(fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY), fc.double({ max: -0.001, noNaN: true }), fc.constant(undefined), fc.constant('over' as const)),
        (party, scale, picked) => {
          const over = (scale === 'points' ? party.maxPoints : party.scale) + 0.01;
          const r = partyPoints(rules, party.id, { value: picked === 'over' ? over : picked, scale });
          expect(r.ok).toBe(false);
          if (!r.ok) {
            expect(r.error.field).toBe(party.id);
            expect(r.error.message).toContain(party.name);
          }
        },
      ),
    );
  });

  it('completion rates are finite for every positive target, met from the set’s threshold', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), (done, target) => {
        const r = completionRate(rules, done, target);
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(Number.isFinite(r.value.rate)).toBe(true);
          expect(r.value.met).toBe(done * 100 >= target * rules.indicatorMetPercent);
        }
      }),
    );
  });
});

describe('parsing properties', () => {
  it('parses every number it prints back, in half- and full-width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (h) => {
        const text = (h / 100).toFixed(2);
        const wide = text.replace(/[0-9.]/g, (c) => (c === '.' ? '．' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
        for (const t of [text, wide, ` ${text} `]) {
          const r = parseUserNumber(t);
          expect(r.ok && r.value.value).toBe(h / 100);
        }
      }),
    );
  });

  it('rejects any text containing a letter', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...'abcxyzABC'), fc.string(), (a, letter, b) => {
        const r = parseUserNumber(`${a}${letter}${b}`);
        expect(r.ok).toBe(false);
      }),
    );
  });
});
