/**
 * A report's indicator bar chart. An island hydrated only when scrolled into view
 * (client:visible); chart.js is imported on mount, tree-shaken to the bar chart, through the
 * same setup and configuration the calculator uses. The HTML table next to it is the real
 * content: this canvas carries a one-sentence label and is hidden in print.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { IndicatorPoint } from '../../charts/indicator-bars.ts';

interface Props {
  points: IndicatorPoint[];
  /** The rule set's threshold for a met indicator, where the dashed line is drawn. */
  metPercent: number;
  /** Text alternative: the summary sentence. */
  label: string;
  /** Height of the chart, from indicatorChartHeightRem at build time, so the page does not shift when it draws. */
  heightRem: number;
}

export default function IndicatorChart({ points, metPercent, label, heightRem }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    void import('../../charts/chart-setup.ts').then(({ Chart, indicatorBarsChart, readPalette }) => {
      if (!cancelled && canvas.current) chart = new Chart(canvas.current, indicatorBarsChart(points, metPercent, readPalette()));
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [points, metPercent]);
  return (
    <div class="chart-box">
      {/*
        The box's height without a style attribute (the Content-Security-Policy blocks those): an SVG
        1 rem wide whose viewBox is 1 × heightRem is heightRem rem tall. The canvas lies over it.
      */}
      <svg class="chart-spacer" viewBox={`0 0 1 ${heightRem}`} aria-hidden="true" focusable="false" />
      <canvas ref={canvas} role="img" aria-label={label} data-chart="indicators">
        {label}
      </canvas>
    </div>
  );
}
