import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  completionRate,
  gradeOf,
  gradeRank,
  PARTIES,
  parseUserNumber,
  partyPoints,
  totalScore,
  type PartyId,
  type PartyScoreInput,
} from '../../src/scoring/index.ts';

/** A valid score on a party's own scale, with at most two decimals. */
const pointsFor = (weight: number) => fc.integer({ min: 0, max: weight * 100 }).map((h) => h / 100);

const validScores = fc.record(
  Object.fromEntries(PARTIES.map((p) => [p.id, pointsFor(p.weight)])) as Record<PartyId, fc.Arbitrary<number>>,
);

const asInputs = (points: Record<PartyId, number>): Record<PartyId, PartyScoreInput> =>
  Object.fromEntries(PARTIES.map((p) => [p.id, { value: points[p.id], scale: 'points' }])) as Record<
    PartyId,
    PartyScoreInput
  >;

describe('scoring properties', () => {
  it('the total is exactly the sum of the four scores in hundredths, and never NaN', () => {
    fc.assert(
      fc.property(validScores, (points) => {
        const r = totalScore(asInputs(points));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const expected = PARTIES.reduce((s, p) => s + Math.round(points[p.id] * 100), 0);
        expect(r.value.total).toBe(expected);
        expect(Number.isInteger(r.value.total)).toBe(true);
        expect(r.value.total).toBeGreaterThanOrEqual(0);
        expect(r.value.total).toBeLessThanOrEqual(10000);
      }),
    );
  });

  it('the grade never decreases as the total rises', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 10000 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(gradeRank(gradeOf(lo))).toBeLessThanOrEqual(gradeRank(gradeOf(hi)));
      }),
    );
  });

  it('a 100-point score converts to at most the party’s weight, never NaN', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PARTIES), fc.integer({ min: 0, max: 10000 }), (party, h) => {
        const r = partyPoints(party.id, { value: h / 100, scale: 'hundred' });
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(Number.isNaN(r.value)).toBe(false);
          expect(r.value).toBeLessThanOrEqual(party.weight * 100);
        }
      }),
    );
  });

  it('every invalid party score is rejected with an error naming the party', () => {
    const invalid = fc.oneof(
      fc.constant(Number.NaN),
      fc.constant(Number.POSITIVE_INFINITY),
      fc.double({ max: -0.001, noNaN: true }),
      fc.double({ min: 100.001, noNaN: true }),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(fc.constantFrom(...PARTIES), invalid, fc.constantFrom('points', 'hundred' as const), (party, value, scale) => {
        const r = partyPoints(party.id, { value, scale: scale as 'points' | 'hundred' });
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(r.error.field).toBe(party.id);
          expect(r.error.message).toContain(party.name);
        }
      }),
    );
  });

  it('completion rates are finite for every positive target', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), (done, target) => {
        const r = completionRate(done, target);
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(Number.isFinite(r.value.rate)).toBe(true);
          expect(r.value.met).toBe(done >= target);
        }
      }),
    );
  });

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
