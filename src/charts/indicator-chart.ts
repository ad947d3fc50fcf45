/**
 * Chart configuration for indicator completion, built from rows the scoring
 * module computed. Pure data: no chart.js import, so pages and tests can use
 * it without loading the library; the island hands it to chart.js.
 */
import { formatPercent, INDICATOR_MET_PERCENT, type Hundredths } from '../scoring/index.ts';

export interface IndicatorPoint {
  name: string;
  /** Completion rate in hundredths of a percent. */
  rate: Hundredths;
  met: boolean;
}

export interface BarChartSpec {
  labels: string[];
  /** Completion rates in percent (106.46). */
  values: number[];
  /** Per-bar: met or not, for the colour and pattern. */
  met: boolean[];
  /** The 100% line. */
  reference: number;
  /** Axis maximum: the next 100% step above the highest bar, at least 200%, so ticks stay few on a phone. */
  max: number;
}

export function indicatorChartSpec(rows: readonly IndicatorPoint[]): BarChartSpec {
  const values = rows.map((r) => r.rate / 100);
  const highest = Math.max(INDICATOR_MET_PERCENT, ...values);
  return {
    labels: rows.map((r) => r.name),
    values,
    met: rows.map((r) => r.met),
    reference: INDICATOR_MET_PERCENT,
    max: Math.max(200, Math.ceil(highest / 100) * 100),
  };
}

/** One Chinese sentence that says what the chart shows; also the canvas's text alternative. */
export function indicatorSummarySentence(rows: readonly IndicatorPoint[]): string {
  if (rows.length === 0) return '本报告没有服务指标数据。';
  const sorted = [...rows].sort((a, b) => a.rate - b.rate);
  const low = sorted[0]!;
  const high = sorted[sorted.length - 1]!;
  const unmet = rows.filter((r) => !r.met);
  const range = `完成率从 ${formatPercent(low.rate)}（${low.name}）到 ${formatPercent(high.rate)}（${high.name}）`;
  if (unmet.length === 0) return `${rows.length} 项服务指标全部达到协议指标量，${range}。`;
  return `${rows.length} 项服务指标中 ${unmet.length} 项未达到协议指标量（${unmet
    .map((r) => `${r.name} ${formatPercent(r.rate)}`)
    .join('、')}），${range}。`;
}
