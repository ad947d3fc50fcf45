/** The overview's grade chart as data (src/charts/stacked-grades.ts): one stacked dataset per grade, told apart. */
import { describe, expect, it } from 'vitest';
import { gradeColours, stackedGradesChart, stackedGradesHeightRem } from '../../src/charts/stacked-grades.ts';

const PALETTE = { text: 't', grid: 'g', accent: 'a', good: 'good', warn: 'warn', muted: 'm', rest: 'r' };

describe('stackedGradesChart', () => {
  const data = { rows: ['虚构甲区', '虚构乙区'], grades: ['优秀', '良好', '合格', '不合格'], counts: [[1, 2, 0, 0], [0, 3, 1, 1]] };
  const chart = stackedGradesChart(data, PALETTE);

  it('has one dataset per grade, best first, each bar the counts of its row, stacked', () => {
    expect(chart.data.datasets.map((d) => d.label)).toEqual(data.grades);
    expect(chart.data.datasets.map((d) => d.data)).toEqual([[1, 0], [2, 3], [0, 1], [0, 1]]);
    expect(chart.options?.scales?.x).toMatchObject({ stacked: true });
    expect(chart.options?.scales?.y).toMatchObject({ stacked: true });
  });

  it('colours the best grade good and the lowest warn, each grade its own colour', () => {
    expect(chart.data.datasets.map((d) => d.backgroundColor)).toEqual(['good', 'a', 'm', 'warn']);
    // Three grades (a 1,000-point set): good, accent, warn.
    expect(gradeColours(PALETTE, 3)).toEqual(['good', 'a', 'warn']);
  });

  it('grows taller with more rows, so a phone reads every district', () => {
    const more = { ...data, rows: [...data.rows, '虚构丙区', '虚构丁区'], counts: [...data.counts, [0, 0, 0, 1], [1, 0, 0, 0]] };
    expect(stackedGradesHeightRem(more)).toBeGreaterThan(stackedGradesHeightRem(data));
  });
});
