/**
 * The indicator completion chart, one design for the report pages and the calculator: a
 * horizontal bar per indicator showing its completion rate, coloured met / not met, with a
 * dashed line at the rate that counts as met. Pure data (chart.js types only), so pages and unit
 * tests build it without loading the library; the chart islands hand it to chart.js.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import type { Hundredths } from '../scoring/core.ts';

export interface IndicatorPoint {
  name: string;
  /** Completion rate in hundredths of a percent, as the scoring module computes it. */
  rate: Hundredths;
  met: boolean;
}

/** The site's colours (global.css custom properties, light or dark), read by the islands. */
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

/**
 * The x axis in percent: a step of 50 % (100 % once a bar passes 200 %), ending on a whole step at
 * or past the highest bar and past the met line (`metPercent`, the rule set's threshold), so a phone
 * shows a few ticks that do not collide.
 */
export function indicatorAxis(ratesPercent: readonly number[], metPercent: number): { max: number; step: number } {
  const highest = Math.max(metPercent + 20, ...ratesPercent);
  const step = highest > 200 ? 100 : 50;
  return { max: Math.ceil(highest / step) * step, step };
}

/** Height of the chart in rem, growing with the bars and their label lines so labels stay readable on a phone. */
export function indicatorChartHeightRem(points: readonly IndicatorPoint[]): number {
  const lines = points.reduce((n, p) => n + [wrapLabel(p.name)].flat().length, 0);
  return Math.max(8, 5 + 1.5 * points.length + 1.1 * lines);
}

/** What every bar chart of the site shares: horizontal bars, sized by their box, drawn at once. */
export const HORIZONTAL_BAR_OPTIONS = {
  indexAxis: 'y',
  responsive: true,
  maintainAspectRatio: false,
  // The calculator redraws on every keystroke: no animation to wait for.
  animation: false,
} as const;

/** The met line: dashed, across the plot at `percent` on the x axis. */
function metLine(percent: number, colour: string): Plugin<'bar'> {
  return {
    id: 'metLine',
    afterDatasetsDraw({ ctx, chartArea, scales }) {
      const x = scales.x?.getPixelForValue(percent);
      if (x === undefined) return;
      ctx.save();
      ctx.strokeStyle = colour;
      ctx.lineWidth = 2;
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
      ctx.restore();
    },
  };
}

/** The chart for `points`, with the met line at the rule set's threshold (`metPercent`). */
export function indicatorBarsChart(
  points: readonly IndicatorPoint[],
  metPercent: number,
  palette: ChartPalette,
): ChartConfiguration<'bar'> {
  const rates = points.map((p) => p.rate / 100);
  const axis = indicatorAxis(rates, metPercent);
  return {
    type: 'bar',
    data: {
      labels: points.map((p) => wrapLabel(p.name)),
      datasets: [
        {
          label: '完成率（%）',
          data: rates,
          backgroundColor: points.map((p) => (p.met ? palette.good : palette.warn)),
        },
      ],
    },
    options: {
      ...HORIZONTAL_BAR_OPTIONS,
      scales: {
        x: {
          min: 0,
          max: axis.max,
          ticks: { color: palette.text, stepSize: axis.step, callback: (v) => `${v}%` },
          grid: { color: palette.grid },
          title: { display: true, text: `完成率（虚线为 ${metPercent}%，达到即完成协议指标）`, color: palette.text },
        },
        // Every indicator named: chart.js would otherwise skip labels that do not fit.
        y: { ticks: { color: palette.text, autoSkip: false, font: { size: 14 } }, grid: { display: false } },
      },
      plugins: { legend: { display: false } },
    },
    plugins: [metLine(metPercent, palette.text)],
  };
}
