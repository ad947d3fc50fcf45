import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohorts } from '../../src/across/cohorts.ts';
import { shareOfMaximum } from '../../src/across/figures.ts';
import { mean, median, rankDescending, spread } from '../../src/across/statistics.ts';

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

describe('rankDescending', () => {
  it('gives ties one rank and skips the next (1, 2, 2, 4)', () => {
    const items = [
      { id: 'a', v: 9000 },
      { id: 'b', v: 8500 },
      { id: 'c', v: 8500 },
      { id: 'd', v: 7000 },
    ];
    expect(rankDescending(items, (x) => x.v, byId).map((r) => [r.item.id, r.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });

  it('ranks one item first, and none as an empty list', () => {
    expect(rankDescending([{ id: 'x', v: 1 }], (x) => x.v, byId)).toEqual([{ item: { id: 'x', v: 1 }, rank: 1 }]);
    expect(rankDescending([], (x: { id: string }) => 0, byId)).toEqual([]);
  });

  it('does not depend on the order of its input', () => {
    const item = fc.record({ id: fc.uuid(), v: fc.integer({ min: 0, max: 10000 }) });
    fc.assert(
      fc.property(fc.uniqueArray(item, { selector: (x) => x.id, maxLength: 40 }), fc.infiniteStream(fc.nat()), (items, seeds) => {
        const shuffled = [...items].sort(() => (seeds.next().value % 3) - 1);
        const a = rankDescending(items, (x) => x.v, byId).map((r) => `${r.item.id}:${r.rank}`);
        const b = rankDescending(shuffled, (x) => x.v, byId).map((r) => `${r.item.id}:${r.rank}`);
        expect(b).toEqual(a);
      }),
    );
  });

  it('gives a rank equal to one more than the number of strictly higher values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 40 }), (vs) => {
        const items = vs.map((v, i) => ({ id: String(i).padStart(3, '0'), v }));
        for (const r of rankDescending(items, (x) => x.v, byId)) {
          expect(r.rank).toBe(1 + vs.filter((v) => v > r.item.v).length);
        }
      }),
    );
  });
});

describe('median, spread and mean (in hundredths)', () => {
  it('takes the middle value, or the midpoint of the middle two rounded half up', () => {
    expect(median([8362])).toBe(8362);
    expect(median([9000, 8000, 8500])).toBe(8500);
    expect(median([8361, 8362])).toBe(8362); // 83.615 → 83.62
    expect(median([])).toBeNull();
  });

  it('gives the hinges of a short list a reader can check by hand', () => {
    expect(spread([1, 2, 3, 4, 5, 6, 7])).toEqual({ count: 7, lowest: 1, lowerQuartile: 2, median: 4, upperQuartile: 6, highest: 7 });
    expect(spread([1, 2, 3, 4])).toEqual({ count: 4, lowest: 1, lowerQuartile: 2, median: 3, upperQuartile: 4, highest: 4 });
    expect(spread([8362])).toEqual({ count: 1, lowest: 8362, lowerQuartile: 8362, median: 8362, upperQuartile: 8362, highest: 8362 });
    expect(spread([])).toBeNull();
  });

  it('keeps lowest ≤ lower quartile ≤ median ≤ upper quartile ≤ highest', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100000 }), { minLength: 1, maxLength: 60 }), (vs) => {
        const s = spread(vs)!;
        expect(s.lowest).toBe(Math.min(...vs));
        expect(s.highest).toBe(Math.max(...vs));
        expect(s.lowest <= s.lowerQuartile && s.lowerQuartile <= s.median && s.median <= s.upperQuartile && s.upperQuartile <= s.highest).toBe(true);
      }),
    );
  });

  it('averages in hundredths, rounded half up', () => {
    expect(mean([8000, 8001])).toBe(8001);
    expect(mean([])).toBeNull();
  });
});

describe('shareOfMaximum', () => {
  it('puts points out of 100 and out of 1,000 on one scale', () => {
    expect(shareOfMaximum(4412, 5500)).toBe(8022); // 44.12 / 55 = 80.218… %
    expect(shareOfMaximum(83620, 100000)).toBe(8362);
    expect(shareOfMaximum(8362, 10000)).toBe(8362);
  });
});

describe('cohorts', () => {
  it('groups by year and stage, newest first, 末期 before 中期, districts in Chinese order', () => {
    const r = (serviceYear: string, stage: '中期' | '末期', district: string) => ({ serviceYear, stage, station: { district } });
    const got = cohorts([r('2022-2023', '中期', '越秀区'), r('2023-2024', '中期', '天河区'), r('2023-2024', '末期', '越秀区'), r('2023-2024', '末期', '海珠区')]);
    expect(got.map((c) => `${c.serviceYear}${c.stage}:${c.districts.map((d) => d.district).join('、')}`)).toEqual([
      '2023-2024末期:海珠区、越秀区',
      '2023-2024中期:天河区',
      '2022-2023中期:越秀区',
    ]);
  });
});
