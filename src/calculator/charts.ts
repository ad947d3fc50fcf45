/**
 * Chart configurations as plain data, built from the results. The charts
 * are a picture of the tables next to them; the tables are the content.
 * Type-only import: chart.js itself is loaded lazily by the chart island.
 */
import type { ChartConfiguration } from 'chart.js';
import { INDICATOR_MET_PERCENT } from '../scoring/index.ts';
import type { CalculatorResults } from './results.ts';

export interface ChartPalette {
  text: string;
  grid: string;
  accent: string;
  good: string;
  warn: string;
  muted: string;
  /** Fill for the part of a bar not scored. */
  rest: string;
}

const BASE_OPTIONS = {
  indexAxis: 'y' as const,
  responsive: true,
  maintainAspectRatio: false,
  // Live updates on every keystroke: no animation to wait for.
  animation: false as const,
};

/**
 * A long label as lines of at most `width` characters, a trailing “（unit）”
 * on its own line, so a phone-wide chart does not cut it off.
 */
export function wrapLabel(text: string, width = 7): string | string[] {
  const chars = Array.from(text);
  if (chars.length <= width) return text;
  const bracket = chars.indexOf('（');
  const head = bracket > 0 ? chars.slice(0, bracket) : chars;
  const lines: string[] = [];
  for (let i = 0; i < head.length; i += width) lines.push(head.slice(i, i + width).join(''));
  if (bracket > 0) lines.push(chars.slice(bracket).join(''));
  return lines;
}

/** Stacked bars, one per party: the points it gives and what is left to its maximum. */
export function compositionChart(results: CalculatorResults, palette: ChartPalette): ChartConfiguration<'bar'> {
  const labels = results.parties.map((p) => `${p.party.name}（${p.party.weight}）`);
  const points = results.parties.map((p) => (p.points === null ? null : p.points / 100));
  const rest = results.parties.map((p) => (p.points === null ? null : (p.party.weight * 100 - p.points) / 100));
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
      ...BASE_OPTIONS,
      scales: {
        x: { stacked: true, min: 0, max: 55, ticks: { color: palette.text }, grid: { color: palette.grid }, title: { display: true, text: '分', color: palette.text } },
        y: { stacked: true, ticks: { color: palette.text }, grid: { display: false } },
      },
      plugins: { legend: { labels: { color: palette.text } } },
    },
  };
}

/** One bar per rated indicator: its completion rate, coloured met / not met. */
export function indicatorChart(results: CalculatorResults, palette: ChartPalette): ChartConfiguration<'bar'> {
  const rated = results.indicators.filter((i) => i.completion !== null);
  const rates = rated.map((i) => (i.completion ? i.completion.rate / 100 : 0));
  const top = Math.max(INDICATOR_MET_PERCENT + 20, ...rates.map((r) => Math.ceil(r / 10) * 10));
  return {
    type: 'bar',
    data: {
      labels: rated.map((i) => wrapLabel(i.name)),
      datasets: [
        {
          label: '完成率（%）',
          data: rates,
          backgroundColor: rated.map((i) => (i.completion?.met ? palette.good : palette.warn)),
        },
      ],
    },
    options: {
      ...BASE_OPTIONS,
      scales: {
        x: { min: 0, max: top, ticks: { color: palette.text }, grid: { color: palette.grid }, title: { display: true, text: `完成率（%，${INDICATOR_MET_PERCENT}% 为达标）`, color: palette.text } },
        // Every indicator named: chart.js would otherwise skip labels that do not fit.
        y: { ticks: { color: palette.text, autoSkip: false, font: { size: 14 } }, grid: { display: false } },
      },
      plugins: { legend: { display: false } },
    },
  };
}
