/** The indicator chart in words: one sentence for the page and the canvas's text alternative. */
import { formatPercent } from '../scoring/core.ts';
import type { IndicatorPoint } from './indicator-bars.ts';

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
