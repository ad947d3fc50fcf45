import { describe, expect, it } from 'vitest';
import { indicatorAxis, indicatorBarsChart, indicatorChartHeightRem, wrapLabel, type ChartPalette, type IndicatorPoint } from '../../src/charts/indicator-bars.ts';
import { indicatorSummarySentence } from '../../src/charts/indicator-summary.ts';
import { completionRate } from '../../src/scoring/index.ts';
import { BOTH_RULE_SETS, GZ_2023 as GZ } from '../fixtures/rule-sets.ts';

const MET = GZ.indicatorMetPercent;

const palette: ChartPalette = { text: '#000', grid: '#888', accent: '#00f', good: '#0a0', warn: '#a00', muted: '#444', rest: '#eee' };

/** A point as the scoring module rates it. */
function point(name: string, completed: number, target: number): IndicatorPoint {
  const r = completionRate(GZ, completed, target);
  if (!r.ok) throw new Error(r.error.message);
  return { name, rate: r.value.rate, met: r.value.met };
}

describe('indicator bars (one chart for report pages and the calculator)', () => {
  const points = [point('建档', 412, 387), point('专业小组服务人次', 1522, 720), point('小组', 9, 10)];

  it('draws each rate in percent, coloured met / not met, with every label', () => {
    const config = indicatorBarsChart(points, MET, palette);
    expect(config.data.datasets[0]?.data).toEqual([106.46, 211.39, 90]);
    expect(config.data.datasets[0]?.backgroundColor).toEqual(['#0a0', '#0a0', '#a00']);
    expect(config.data.labels).toEqual(['建档', ['专业小组服务人', '次'], '小组']);
    expect(config.options?.scales?.y?.ticks).toMatchObject({ autoSkip: false });
  });

  it('ends the axis on a whole step past the highest bar and past the met line', () => {
    expect(indicatorAxis([106.46, 211.39, 90], MET)).toEqual({ max: 300, step: 100 });
    expect(indicatorAxis([127.5, 90], MET)).toEqual({ max: 150, step: 50 });
    expect(indicatorAxis([200], MET)).toEqual({ max: 200, step: 50 });
    expect(indicatorAxis([50], MET)).toEqual({ max: 150, step: 50 });
    expect(indicatorAxis([], MET)).toEqual({ max: 150, step: 50 });
    expect(indicatorBarsChart(points, MET, palette).options?.scales?.x).toMatchObject({ min: 0, max: 300, ticks: { stepSize: 100 } });
  });

  it.each(BOTH_RULE_SETS)('under %s draws a dashed line at the set’s met rate from the top to the bottom of the plot', (_id, rules) => {
    const config = indicatorBarsChart(points, rules.indicatorMetPercent, palette);
    const INDICATOR_MET_PERCENT = rules.indicatorMetPercent;
    expect(config.options?.scales?.x).toMatchObject({ title: { text: `完成率（虚线为 ${INDICATOR_MET_PERCENT}%，达到即完成协议指标）` } });
    const plugin = config.plugins?.[0];
    const calls: string[] = [];
    const ctx = new Proxy({} as Record<string, unknown>, {
      get: (_, key: string) => (...args: unknown[]) => calls.push(`${key}(${args.join(',')})`),
      set: (_, key: string, value: unknown) => calls.push(`${key}=${String(value)}`) > 0,
    });
    const chart = { ctx, chartArea: { top: 10, bottom: 300 }, scales: { x: { getPixelForValue: (v: number) => v * 2 } } };
    (plugin?.afterDatasetsDraw as unknown as (c: typeof chart) => void)(chart);
    expect(calls).toContain(`moveTo(${INDICATOR_MET_PERCENT * 2},10)`);
    expect(calls).toContain(`lineTo(${INDICATOR_MET_PERCENT * 2},300)`);
    expect(calls).toContain('setLineDash(6,4)');
    expect(calls).toContain('strokeStyle=#000');
  });

  it('grows taller with more bars and more label lines', () => {
    const one = indicatorChartHeightRem([points[0]!]);
    expect(indicatorChartHeightRem([points[0]!, points[2]!])).toBeGreaterThan(one);
    expect(indicatorChartHeightRem([point('中小型社区活动服务人次（人次）', 1, 1)])).toBeGreaterThan(indicatorChartHeightRem([point('建档', 1, 1)]));
    expect(indicatorChartHeightRem([])).toBe(8);
  });

  it('wraps long labels at 7 characters, the unit on its own line', () => {
    expect(wrapLabel('中小型社区活动服务人次（人次）')).toEqual(['中小型社区活动', '服务人次', '（人次）']);
    expect(wrapLabel('建档（份）')).toBe('建档（份）');
    expect(wrapLabel('一二三四五六七八')).toEqual(['一二三四五六七', '八']);
  });

  it('says in one sentence what the chart shows, naming the unmet indicators', () => {
    expect(indicatorSummarySentence(points)).toBe(
      '3 项服务指标中 1 项未达到协议指标量（小组 90.00%），完成率从 90.00%（小组）到 211.39%（专业小组服务人次）。',
    );
    expect(indicatorSummarySentence([])).toBe('本报告没有服务指标数据。');
  });
});
