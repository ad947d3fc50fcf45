import { describe, expect, it } from 'vitest';
import { historyChartHeightRem, historyLinesChart, type HistoryLinesData } from '../../src/charts/history-lines.ts';
import type { ChartPalette } from '../../src/charts/indicator-bars.ts';

const palette: ChartPalette = { text: '#000', grid: '#888', accent: '#00f', good: '#0a0', warn: '#a00', muted: '#444', rest: '#eee' };

const data: HistoryLinesData = {
  labels: ['2023-2024 中期', '2023-2024 末期', '2024-2025 中期'],
  stages: ['中期', '末期', '中期'],
  unit: '分',
  min: 50,
  max: 100,
  series: [
    { name: '总分', values: [81.2, 84.5, null] },
    { name: '购买方', values: [16, 17, 18] },
  ],
  lines: [{ value: 90, label: '优秀' }],
};

describe('the history line chart', () => {
  const config = historyLinesChart(data, palette);

  it('draws a line per series, a gap where a report has no figure', () => {
    expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['总分', [81.2, 84.5, null]],
      ['购买方', [16, 17, 18]],
    ]);
    expect(config.data.labels).toEqual([
      ['2023-2024', '中期'],
      ['2023-2024', '末期'],
      ['2024-2025', '中期'],
    ]);
  });

  it('tells 中期 from 末期 by the point’s shape and fill, not colour alone, and lines apart by dash', () => {
    const [total, party] = config.data.datasets;
    expect(total!.pointStyle).toEqual(['triangle', 'circle', 'triangle']);
    expect(total!.backgroundColor).toEqual([palette.rest, palette.accent, palette.rest]);
    expect(total!.borderDash).not.toEqual(party!.borderDash);
  });

  it('holds the axis to the data’s range and draws the level lines as a plugin', () => {
    expect(config.options?.scales?.y).toMatchObject({ min: 50, max: 100 });
    expect(config.plugins?.map((p) => p.id)).toEqual(['levelLines']);
  });

  it('grows taller with the legend’s rows', () => {
    expect(historyChartHeightRem({ series: Array(15).fill(data.series[0]) })).toBeGreaterThan(historyChartHeightRem(data));
  });
});
