/**
 * The calculator's results as the charts read them: the rated indicators as chart points, and the charts
 * in words, for the canvases' text alternatives. Apart from the configurations (composition.ts,
 * indicator-bars.ts) because those load lazily with chart.js.
 */
import { formatHundredths, formatPercent } from '../scoring/core.ts';
import type { CalculatorResults } from '../calculator/results.ts';
import type { IndicatorPoint } from './indicator-bars.ts';

/** The indicators with a completion rate so far, as points of the indicator chart. */
export function ratedIndicatorPoints(results: CalculatorResults): IndicatorPoint[] {
  return results.indicators.flatMap((i) => (i.completion ? [{ name: i.name, rate: i.completion.rate, met: i.completion.met }] : []));
}

/** The composition chart in one sentence, for the canvas's text alternative. */
export function compositionSummary(results: CalculatorResults): string {
  const parts = results.parties.map((p) =>
    p.points === null ? `${p.party.name}未填写` : `${p.party.name} ${formatHundredths(p.points)} / ${p.party.maxPoints} 分`,
  );
  return `得分构成图：${parts.join('，')}。数字见各方得分表。`;
}

export function indicatorSummary(results: CalculatorResults): string {
  const rated = ratedIndicatorPoints(results);
  if (rated.length === 0) return '指标完成率图：尚无可计算的指标。';
  const parts = rated.map((p) => `${p.name} ${formatPercent(p.rate)}`);
  return `指标完成率图：${parts.join('，')}。详见下表。`;
}
