/**
 * The calculator's score composition chart as plain data, built from the results under their rule
 * set: a bar per party of the set, to its maximum. (Its indicator chart is the report pages' one,
 * ./indicator-bars.ts.) The charts are a picture of the
 * tables next to them; the tables are the content. Type-only import: chart.js itself is loaded
 * lazily by the chart island.
 */
import type { ChartConfiguration } from 'chart.js';
import { HORIZONTAL_BAR_OPTIONS, type ChartPalette } from './indicator-bars.ts';
import type { CalculatorResults } from '../calculator/results.ts';

/** Stacked bars, one per party: the points it gives and what is left to its maximum. */
export function compositionChart(results: CalculatorResults, palette: ChartPalette): ChartConfiguration<'bar'> {
  const labels = results.parties.map((p) => `${p.party.name}（${p.party.maxPoints}）`);
  const axisMax = Math.max(...results.parties.map((p) => p.party.maxPoints));
  const points = results.parties.map((p) => (p.points === null ? null : p.points / 100));
  const rest = results.parties.map((p) => (p.points === null ? null : (Math.round(p.party.maxPoints * 100) - p.points) / 100));
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { label: '得分', data: points, backgroundColor: palette.accent, stack: 's' },
        { label: '距满分', data: rest, backgroundColor: palette.rest, borderColor: palette.muted, borderWidth: 1, stack: 's' },
      ],
    },
    options: {
      ...HORIZONTAL_BAR_OPTIONS,
      scales: {
        x: { stacked: true, min: 0, max: axisMax, ticks: { color: palette.text }, grid: { color: palette.grid }, title: { display: true, text: '分', color: palette.text } },
        y: { stacked: true, ticks: { color: palette.text }, grid: { display: false } },
      },
      plugins: { legend: { labels: { color: palette.text } } },
    },
  };
}
