/**
 * The overview's chart: one horizontal bar per row (a district, or a round of evaluations), split into how
 * many stations got each grade. Pure data (chart.js types only), so a page builds it at build time and a unit
 * test reads it; the island hands it to chart.js. The table beside it is the content.
 */
import type { ChartConfiguration } from 'chart.js';
import { HORIZONTAL_BAR_OPTIONS, wrapLabel, type ChartPalette } from './indicator-bars.ts';

export interface StackedGrades {
  /** One label per bar. */
  rows: string[];
  /** Grades, best first. */
  grades: string[];
  /** counts[row][grade]. */
  counts: number[][];
}

/** Grade colours, best first: good for the best, warn for the lowest, accent and muted between. */
export function gradeColours(palette: ChartPalette, n: number): string[] {
  const between = [palette.accent, palette.muted];
  return Array.from({ length: n }, (_, i) => (i === 0 ? palette.good : i === n - 1 ? palette.warn : between[(i - 1) % between.length]!));
}

/** Height in rem: room for each bar and the legend, so the page does not move when the chart draws. */
export function stackedGradesHeightRem(data: StackedGrades): number {
  const lines = data.rows.reduce((n, r) => n + [wrapLabel(r)].flat().length, 0);
  return Math.max(10, 7 + 2 * data.rows.length + 0.6 * lines);
}

export function stackedGradesChart(data: StackedGrades, palette: ChartPalette): ChartConfiguration<'bar'> {
  const colours = gradeColours(palette, data.grades.length);
  return {
    type: 'bar',
    data: {
      labels: data.rows.map((r) => wrapLabel(r)),
      datasets: data.grades.map((grade, g) => ({ label: grade, data: data.counts.map((row) => row[g] ?? 0), backgroundColor: colours[g], stack: 's' })),
    },
    options: {
      ...HORIZONTAL_BAR_OPTIONS,
      scales: {
        x: { stacked: true, min: 0, ticks: { color: palette.text, precision: 0 }, grid: { color: palette.grid }, title: { display: true, text: '社工站数', color: palette.text } },
        y: { stacked: true, ticks: { color: palette.text, autoSkip: false }, grid: { display: false } },
      },
      plugins: { legend: { labels: { color: palette.text } } },
    },
  };
}
