import { describe, expect, it } from 'vitest';
import {
  attendance,
  completionRate,
  deriveTarget,
  experiencedShare,
  formatHundredths,
  formatPercent,
  formatSigned,
  gradeOf,
  gradePosition,
  parseUserNumber,
  partyPoints,
  retentionRate,
  totalFromPoints,
  totalScore,
  toHundredths,
} from '../../src/scoring/index.ts';
import { GZ_2023 as GZ } from '../fixtures/rule-sets.ts';

// The 流花街 2023–2024 final report: 购买方 18.00, 监督方 8.70, 督导中心 12.80, 第三方 44.12.
const LIUHUA = { purchaser: 18, supervisor: 8.7, supervisionCentre: 12.8, thirdParty: 44.12 };

describe('gz-2023 parties and maxima', () => {
  it('has the four parties with maxima 10, 20, 15, 55 summing to 100', () => {
    expect(GZ.parties.map((p) => [p.name, p.maxPoints])).toEqual([
      ['监督方', 10],
      ['购买方', 20],
      ['督导中心', 15],
      ['第三方', 55],
    ]);
    expect(GZ.parties.reduce((s, p) => s + p.maxPoints, 0)).toBe(GZ.totalMax);
  });
});

describe('total', () => {
  it('adds the report’s four scores exactly: 83.62', () => {
    const r = totalFromPoints(GZ, LIUHUA);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.total).toBe(8362);
    expect(formatHundredths(r.value.total)).toBe('83.62');
    expect(r.value.parties.supervisor).toBe(870);
  });

  it('converts a 100-point score by the party’s weight (90 for 购买方 → 18.00)', () => {
    const r = partyPoints(GZ, 'purchaser', { value: 90, scale: 'rating' });
    expect(r).toEqual({ ok: true, value: 1800 });
    const mixed = totalScore(GZ, {
      purchaser: { value: 90, scale: 'rating' },
      supervisor: { value: 87, scale: 'rating' },
      supervisionCentre: { value: 12.8, scale: 'points' },
      thirdParty: { value: 44.12, scale: 'points' },
    });
    expect(mixed.ok && mixed.value.total).toBe(8362);
  });

  it('rejects a missing, NaN or out-of-range score with an error naming the party', () => {
    const over = partyPoints(GZ, 'purchaser', { value: 21, scale: 'points' });
    expect(over.ok).toBe(false);
    if (!over.ok) {
      expect(over.error.code).toBe('out-of-range');
      expect(over.error.field).toBe('purchaser');
      expect(over.error.message).toContain('购买方');
      expect(over.error.message).toContain('20');
    }
    const nan = partyPoints(GZ, 'thirdParty', { value: Number.NaN, scale: 'points' });
    expect(!nan.ok && nan.error).toMatchObject({ code: 'not-a-number', field: 'thirdParty' });
    const neg = partyPoints(GZ, 'supervisor', { value: -1, scale: 'points' });
    expect(!neg.ok && neg.error.code).toBe('out-of-range');
    const over100 = partyPoints(GZ, 'supervisor', { value: 100.01, scale: 'rating' });
    expect(!over100.ok && over100.error.code).toBe('out-of-range');
    const missing = totalScore(GZ, {
      purchaser: { value: 18, scale: 'points' },
      supervisor: { value: undefined, scale: 'points' },
      supervisionCentre: { value: 12.8, scale: 'points' },
      thirdParty: { value: 44.12, scale: 'points' },
    });
    expect(!missing.ok && missing.error).toMatchObject({ code: 'missing-party', field: 'supervisor' });
  });
});

describe('grades', () => {
  it.each([
    [0, '不合格'],
    [59.99, '不合格'],
    [60, '合格'],
    [79.99, '合格'],
    [80, '良好'],
    [89.99, '良好'],
    [90, '优秀'],
    [100, '优秀'],
  ] as const)('%s → %s', (total, grade) => {
    expect(gradeOf(GZ, toHundredths(total))).toBe(grade);
  });

  it('83.62 is 良好, 6.38 short of 优秀 and 3.62 above 良好’s floor', () => {
    expect(gradePosition(GZ, 8362)).toEqual({ grade: '良好', nextGrade: '优秀', toNext: 638, marginAboveFloor: 362 });
  });

  it('has no next grade at 优秀 and no floor margin at 不合格', () => {
    expect(gradePosition(GZ, 9500)).toMatchObject({ nextGrade: null, toNext: null, marginAboveFloor: 500 });
    expect(gradePosition(GZ, 5999)).toMatchObject({ nextGrade: '合格', toNext: 1, marginAboveFloor: null });
  });
});

describe('indicator completion', () => {
  it('412 / 387 → 106.46%, met', () => {
    const r = completionRate(GZ, 412, 387);
    expect(r.ok && formatPercent(r.value.rate)).toBe('106.46%');
    expect(r.ok && r.value.met).toBe(true);
  });

  it('is met from exactly 100% and not below', () => {
    expect(completionRate(GZ, 100, 100)).toEqual({ ok: true, value: { rate: 10000, met: true } });
    const r = completionRate(GZ, 99, 100);
    expect(r.ok && r.value.met).toBe(false);
  });

  it('rounds half up: 1 / 8 = 12.50%, 1 / 3 = 33.33%, 2 / 3 = 66.67%', () => {
    expect((completionRate(GZ, 1, 8) as { value: { rate: number } }).value.rate).toBe(1250);
    expect((completionRate(GZ, 1, 3) as { value: { rate: number } }).value.rate).toBe(3333);
    expect((completionRate(GZ, 2, 3) as { value: { rate: number } }).value.rate).toBe(6667);
    // 1 / 20000 = 0.005% exactly: half a hundredth, rounded up to 0.01%.
    expect((completionRate(GZ, 1, 20000) as { value: { rate: number } }).value.rate).toBe(1);
  });

  it('rejects a zero or negative target', () => {
    expect(completionRate(GZ, 5, 0)).toMatchObject({ ok: false, error: { code: 'zero-target' } });
    expect(completionRate(GZ, -1, 5)).toMatchObject({ ok: false, error: { code: 'negative' } });
  });

  it('derives the target from the completed count and stated rate (412 at 106.46% → 387)', () => {
    expect(deriveTarget(412, 10646)).toBe(387);
    expect(deriveTarget(1522, 21139)).toBe(720);
    expect(deriveTarget(412, 10647)).toBe(null);
  });
});

describe('staffing', () => {
  it('稳岗率 13 / 20 → 65.00%, not met, 3 short', () => {
    const r = retentionRate(GZ, 13, 20);
    expect(r).toEqual({ ok: true, value: { rate: 6500, requirement: 80, met: false, shortBy: 3 } });
    expect(r.ok && formatPercent(r.value.rate)).toBe('65.00%');
  });

  it('稳岗率 16 / 20 meets the 80% requirement', () => {
    expect(retentionRate(GZ, 16, 20)).toEqual({ ok: true, value: { rate: 8000, requirement: 80, met: true, shortBy: 0 } });
  });

  it('attendance surplus: 212 vs 210 → +2; 持证 159 vs 105 → +54', () => {
    const all = attendance(210, 212);
    expect(all.ok && formatSigned(all.value.surplus)).toBe('+2');
    const certified = attendance(105, 159);
    expect(certified.ok && certified.value.surplus).toBe(5400);
    expect(certified.ok && certified.value.met).toBe(true);
    const short = attendance(10, 6.5);
    expect(short.ok && formatSigned(short.value.surplus)).toBe('-3.5');
  });

  it('experienced share 161.5 / 212 → 76.18%', () => {
    const r = experiencedShare(161.5, 212);
    expect(r.ok && formatPercent(r.value)).toBe('76.18%');
  });

  it('rejects impossible staffing figures', () => {
    expect(retentionRate(GZ, 3, 0)).toMatchObject({ ok: false, error: { code: 'zero-target' } });
    expect(experiencedShare(300, 212)).toMatchObject({ ok: false, error: { code: 'out-of-range' } });
    expect(attendance(-1, 3)).toMatchObject({ ok: false, error: { code: 'negative' } });
  });
});

describe('parsing numbers typed by Chinese users', () => {
  it.each([
    ['18', 18, false],
    [' 18.50 ', 18.5, false],
    ['１８．５０', 18.5, false],
    ['８７％', 87, true],
    ['87%', 87, true],
    ['1,547', 1547, false],
    ['１，５４７', 1547, false],
    ['12。8', 12.8, false],
    ['　４４．１２　', 44.12, false],
    ['.5', 0.5, false],
    ['18分', 18, false],
    ['-3', -3, false],
  ] as const)('%j → %s', (text, value, percent) => {
    expect(parseUserNumber(text)).toEqual({ ok: true, value: { value, percent } });
  });

  it.each(['abc', '1.2.3', '12,34', '十八', '1e5', '--1', '.', '18 5', '0x10', 'Infinity'])(
    '%j is not a number, with a Chinese message',
    (text) => {
      const r = parseUserNumber(text, '购买方得分');
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('not-a-number');
        expect(r.error.message).toMatch(/^购买方得分应为数字/);
      }
    },
  );

  it('an empty field asks to be filled', () => {
    expect(parseUserNumber('  ', '监督方得分')).toMatchObject({ ok: false, error: { code: 'empty', message: '请填写监督方得分。' } });
  });
});
