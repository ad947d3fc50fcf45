/**
 * A station's history as line charts: one line per series over its reports (oldest left), 中期 drawn as hollow
 * triangles and 末期 as filled circles, and dashed horizontal lines for the grade floors or for 100% and the
 * 稳岗率 minimum, each labelled. Pure data (chart.js types only), like indicator-bars.ts: the station page's
 * chart island hands it to chart.js; the table beside it is the content.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import type { ChartPalette } from './indicator-bars.ts';

/** What the chart draws; src/across/history.ts makes it from the reports. */
export interface HistoryLinesData {
  labels: string[];
  stages: ('中期' | '末期')[];
  unit: '分' | '%';
  min: number;
  max: number;
  series: { name: string; values: (number | null)[] }[];
  lines: { value: number; label: string }[];
}

/** Distinct line dashes so lines differ by more than colour (the first, the total or 稳岗率, is solid and thick). */
const DASHES: number[][] = [[], [8, 4], [2, 3], [12, 4, 2, 4], [4, 4]];

/** Height of the chart in rem: a plot of about 20 rem, plus the legend's rows (about two series a row on a phone). */
export function historyChartHeightRem(data: Pick<HistoryLinesData, 'series'>): number {
  return 20 + 1.8 * Math.ceil(data.series.length / 2);
}

/** Labelled dashed horizontal lines across the plot (grade floors, 100%, the 稳岗率 minimum). */
function levelLines(lines: HistoryLinesData['lines'], colour: string): Plugin<'line'> {
  return {
    id: 'levelLines',
    beforeDatasetsDraw({ ctx, chartArea, scales }) {
      const y = scales.y;
      if (!y) return;
      ctx.save();
      ctx.strokeStyle = colour;
      ctx.fillStyle = colour;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([6, 4]);
      ctx.font = '14px sans-serif';
      ctx.textAlign = 'right';
      ctx.textBaseline = 'bottom';
      for (const line of lines) {
        const py = y.getPixelForValue(line.value);
        if (py < chartArea.top || py > chartArea.bottom) continue;
        ctx.beginPath();
        ctx.moveTo(chartArea.left, py);
        ctx.lineTo(chartArea.right, py);
        ctx.stroke();
        ctx.fillText(line.label, chartArea.right - 2, py - 2);
      }
      ctx.restore();
    },
  };
}

export function historyLinesChart(data: HistoryLinesData, palette: ChartPalette): ChartConfiguration<'line'> {
  const colours = [palette.accent, palette.good, palette.warn, palette.text, palette.muted];
  return {
    type: 'line',
    data: {
      labels: data.labels.map((l) => l.split(' ')),
      datasets: data.series.map((s, i) => ({
        label: s.name,
        data: s.values,
        borderColor: colours[i % colours.length],
        backgroundColor: data.stages.map((st) => (st === '末期' ? colours[i % colours.length]! : palette.rest)),
        borderDash: DASHES[i % DASHES.length],
        borderWidth: i === 0 ? 4 : 2,
        pointStyle: data.stages.map((st) => (st === '末期' ? 'circle' : 'triangle')),
        pointRadius: i === 0 ? 6 : 4,
        pointBorderColor: colours[i % colours.length],
        spanGaps: true,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        // A decade is twenty reports: on a phone chart.js skips and turns labels that would collide (the table names every one).
        x: { ticks: { color: palette.text, autoSkip: true, maxRotation: 90 }, grid: { color: palette.grid } },
        y: {
          min: data.min,
          max: data.max,
          ticks: { color: palette.text, callback: (v) => `${v}${data.unit === '%' ? '%' : ''}` },
          grid: { color: palette.grid },
          title: { display: true, text: data.unit === '%' ? '百分比' : '分', color: palette.text },
        },
      },
      plugins: {
        legend: { labels: { color: palette.text, usePointStyle: false, boxWidth: 24 } },
      },
    },
    plugins: [levelLines(data.lines, palette.muted)],
  };
}
