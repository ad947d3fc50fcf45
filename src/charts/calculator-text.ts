/**
 * The charts in words, for the canvases' text alternatives. Apart from the
 * configurations (composition.ts, indicator-bars.ts) because those load lazily with chart.js.
 */
import { formatHundredths, formatPercent } from '../scoring/core.ts';
import { ratedIndicatorPoints, type CalculatorResults } from '../calculator/results.ts';

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
