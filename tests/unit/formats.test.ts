// The figures and dates the calculator shows are written out by hand (why: tests/gates/client-intl.test.ts), so
// they must come out exactly as Intl's zh-CN formats would write them.
import { describe, expect, it } from 'vitest';
import { chineseDate, formatDate, formatLocalDate, formatPeriod } from '../../src/format/date.ts';
import { formatHundredths, formatPercent, formatSigned } from '../../src/scoring/hundredths.ts';

const twoDecimals = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
const upToTwo = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, useGrouping: false });
const longDate = (timeZone?: string) => new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone });

/** Every count of hundredths from -300.00 to 1,200.00 (a 1,000-point rule set's range and beyond), and a few large ones. */
const HUNDREDTHS = [...Array.from({ length: 150_001 }, (_, i) => i - 30_000), 99_999_999, 123_456_789, -98_765_432];

describe('figures without Intl', () => {
  it('formatHundredths writes what Intl writes with two decimals, for every value in range', () => {
    const wrong = HUNDREDTHS.filter((h) => formatHundredths(h) !== twoDecimals.format(h / 100));
    expect(wrong).toEqual([]);
    expect(formatHundredths(8362)).toBe('83.62');
    expect(formatHundredths(-5)).toBe('-0.05');
    expect(formatPercent(10646)).toBe('106.46%');
  });

  it('formatSigned writes a sign and at most two decimals, as Intl does, for every value in range', () => {
    const wrong = HUNDREDTHS.filter((h) => formatSigned(h) !== `${h < 0 ? '-' : '+'}${upToTwo.format(Math.abs(h) / 100)}`);
    expect(wrong).toEqual([]);
    expect([formatSigned(200), formatSigned(-350), formatSigned(5), formatSigned(0)]).toEqual(['+2', '-3.5', '+0.05', '+0']);
  });

  it('never writes a negative zero', () => {
    expect(formatHundredths(-0)).toBe('0.00');
    expect(formatHundredths(-0.4)).toBe('0.00');
  });
});

describe('dates without Intl', () => {
  it('formatDate writes what Intl writes for every day from 2010 to 2035', () => {
    const wrong: string[] = [];
    const utc = longDate('UTC');
    for (let t = Date.UTC(2010, 0, 1); t <= Date.UTC(2035, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      if (formatDate(iso) !== utc.format(new Date(t))) wrong.push(iso);
    }
    expect(wrong).toEqual([]);
    expect(formatPeriod({ start: '2023-04-23', end: '2024-04-22' })).toBe('2023年4月23日至2024年4月22日');
  });

  it('formatLocalDate writes the reader’s own date as Intl does', () => {
    const local = longDate();
    for (const d of [new Date(2026, 0, 1), new Date(2026, 11, 1, 23, 59), new Date(2030, 1, 28, 0, 0, 1)]) expect(formatLocalDate(d)).toBe(local.format(d));
    expect(chineseDate(2024, 3, 20)).toBe('2024年3月20日');
  });

  it('fails naming a date that is not YYYY-MM-DD', () => {
    expect(() => formatDate('2024-3-20')).toThrow('日期 “2024-3-20” 不是 YYYY-MM-DD');
  });
});
