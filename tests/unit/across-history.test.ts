import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figuresUnder } from '../../src/across/report-figures.ts';
import { chronological, rateChartData, scoreChartData, singleReportSentence, stationHistory } from '../../src/across/history.ts';
import { FICTIONAL_RULES, GZ_2023 } from '../fixtures/rule-sets.ts';
import { record, type RecordInput } from '../fixtures/across-records.ts';

const figures = (input: RecordInput) => figuresUnder(record(input), input.rules);

/** A station scored under the 1,000-point set in 2020, then under gz-2023: the mixed case. */
const mixed = [
  figures({ serviceYear: '2024-2025', stage: '中期', rules: GZ_2023, points: { thirdParty: 50 } }),
  figures({ serviceYear: '2020-2021', stage: '末期', rules: FICTIONAL_RULES, points: { evaluator: 630 } }),
  figures({ serviceYear: '2023-2024', stage: '末期', rules: GZ_2023 }),
  figures({ serviceYear: '2023-2024', stage: '中期', rules: GZ_2023, indicators: [['records', '建档', 40, 100, '份']] }),
];

describe('stationHistory', () => {
  it('orders reports oldest first, 中期 before 末期 in a year, and marks where the rule set changes', () => {
    const h = stationHistory(mixed)!;
    expect(h.entries.map((e) => e.label)).toEqual(['2020-2021 末期', '2023-2024 中期', '2023-2024 末期', '2024-2025 中期']);
    expect(h.entries.map((e) => e.rulesChanged)).toEqual([false, true, false, false]);
    expect(h.newestRules.id).toBe(GZ_2023.id);
  });

  it('does not depend on the order the reports come in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(mixed, { minLength: mixed.length, maxLength: mixed.length }), (shuffled) => {
        expect(stationHistory(shuffled)).toEqual(stationHistory(mixed));
      }),
    );
  });

  it('has no history without reports', () => {
    expect(stationHistory([])).toBeNull();
  });

  it('tells mixed maxima apart from one maximum', () => {
    expect(stationHistory(mixed)!.mixedMaxima).toBe(true);
    expect(stationHistory(mixed.filter((f) => f.rules.id === GZ_2023.id))!.mixedMaxima).toBe(false);
  });

  it('lists each party of every rule set once, the newest set’s first, and every indicator by key', () => {
    const h = stationHistory(mixed)!;
    expect(h.parties.map((p) => p.name)).toEqual([...GZ_2023.parties, ...FICTIONAL_RULES.parties].map((p) => p.name));
    expect(h.indicators.map((i) => i.key)).toEqual(['records', 'groups']);
  });
});

describe('scoreChartData', () => {
  it('plots shares of each report’s maximum under mixed maxima, with the bands as shares', () => {
    const h = stationHistory(mixed)!;
    const d = scoreChartData(h);
    expect(d.unit).toBe('%');
    expect(d.max).toBe(100);
    // The total's line: each report's total over its own maximum, oldest first.
    expect(d.series[0]!.values).toEqual(h.entries.map((e) => e.figures.share / 100));
    // The 1,000-point report has none of gz-2023's parties: a gap in their lines, not a zero.
    expect(d.series[1]!.values[0]).toBeNull();
    expect(d.lines).toEqual(GZ_2023.bands.filter((b) => b.min > 0).map((b) => ({ value: (b.min / GZ_2023.totalMax) * 100, label: b.grade })));
    expect(d.stages).toEqual(['末期', '中期', '末期', '中期']);
  });

  it('plots points under one maximum, with the bands in points, and an axis that holds every value and band', () => {
    const h = stationHistory(mixed.filter((f) => f.rules.id === GZ_2023.id))!;
    const d = scoreChartData(h);
    expect(d.unit).toBe('分');
    expect(d.series[0]!.values).toEqual(h.entries.map((e) => e.figures.total / 100));
    expect(d.lines.map((l) => l.value)).toEqual([90, 80, 60]);
    const values = d.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
    expect(Math.min(...values, 60)).toBeGreaterThanOrEqual(d.min);
    expect(Math.max(...values)).toBeLessThanOrEqual(d.max);
  });
});

describe('rateChartData', () => {
  it('draws 100% and each 稳岗率 minimum the rule sets set, read from the sets', () => {
    const d = rateChartData(stationHistory(mixed)!);
    // gz-2023 sets 80%; the fictional set sets none, so it adds no line.
    expect(d.lines).toEqual([
      { value: 100, label: '100%' },
      { value: GZ_2023.staffing.retentionMinPercent, label: `稳岗率 ${GZ_2023.staffing.retentionMinPercent}%` },
    ]);
    expect(d.series[0]!.name).toBe('稳岗率');
    expect(d.series[0]!.values).toEqual([85, 85, 85, 85]);
    // 小组 is missing from the 2023 中期 report: a gap.
    expect(d.series.find((s) => s.name === '小组')!.values).toEqual([90, null, 90, 90]);
    expect(d.max % 50).toBe(0);
    expect(d.max).toBeGreaterThanOrEqual(110);
  });
});

describe('singleReportSentence', () => {
  it('says what the one report is, with its total, maximum and grade', () => {
    const f = figures({ serviceYear: '2020-2021', stage: '末期', rules: FICTIONAL_RULES, points: { evaluator: 630 } });
    expect(singleReportSentence(f)).toBe(
      `目前只公开了这个社工站的一份评估报告（2020-2021 服务年度末期评估），总分 ${(f.total / 100).toFixed(2)} 分（满分 1000 分），等级${f.grade}。有第二份报告后，这里会列出历次得分的变化。`,
    );
  });
});

describe('chronological', () => {
  it('puts 中期 before 末期 of the same year', () => {
    const a = figures({ serviceYear: '2023-2024', stage: '末期', rules: GZ_2023 });
    const b = figures({ serviceYear: '2023-2024', stage: '中期', rules: GZ_2023 });
    expect([a, b].sort(chronological).map((f) => f.stage)).toEqual(['中期', '末期']);
  });
});
