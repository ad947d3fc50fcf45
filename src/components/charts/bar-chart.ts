/** Draws a BarChartSpec with chart.js: horizontal bars and a dashed 100% reference line. */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from 'chart.js';
import type { BarChartSpec } from '../../charts/indicator-chart.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

const referenceLine = (value: number): Plugin<'bar'> => ({
  id: 'referenceLine',
  afterDatasetsDraw(chart) {
    const { ctx, chartArea, scales } = chart;
    const x = scales.x!.getPixelForValue(value);
    ctx.save();
    ctx.strokeStyle = cssVar('--color-text', '#1a1a1a');
    ctx.lineWidth = 2;
    ctx.setLineDash([6, 4]);
    ctx.beginPath();
    ctx.moveTo(x, chartArea.top);
    ctx.lineTo(x, chartArea.bottom);
    ctx.stroke();
    ctx.restore();
  },
});

export function drawIndicatorBars(canvas: HTMLCanvasElement, spec: BarChartSpec): Chart<'bar'> {
  const good = cssVar('--color-accent', '#0b4f9c');
  const warn = cssVar('--color-warn', '#8a2c00');
  const text = cssVar('--color-text', '#1a1a1a');
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: [
        {
          label: '完成率（%）',
          data: spec.values,
          backgroundColor: spec.met.map((m) => (m ? good : warn)),
        },
      ],
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      animation: false,
      events: [],
      scales: {
        x: { min: 0, max: spec.max, ticks: { color: text, stepSize: 100, callback: (v) => `${v}%` } },
        y: { ticks: { color: text, font: { size: 14 } } },
      },
    },
    plugins: [referenceLine(spec.reference)],
  });
}
