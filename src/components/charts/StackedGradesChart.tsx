/**
 * The overview's grade chart (src/charts/stacked-grades.ts). An island hydrated only when scrolled into view
 * (client:visible); chart.js is imported on mount through the site's one chart setup, as the report pages'
 * IndicatorChart does. The table beside it is the real content: the canvas carries a one-sentence label.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { StackedGrades } from '../../charts/stacked-grades.ts';

interface Props {
  data: StackedGrades;
  label: string;
  /** From stackedGradesHeightRem at build time, so the page does not shift when it draws. */
  heightRem: number;
}

export default function StackedGradesChart({ data, label, heightRem }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    void import('../../charts/chart-setup.ts').then(({ Chart, stackedGradesChart, readPalette }) => {
      if (!cancelled && canvas.current) chart = new Chart(canvas.current, stackedGradesChart(data, readPalette()));
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [data]);
  return (
    <div class="chart-box">
      {/* The box's height without a style attribute (see IndicatorChart.tsx). */}
      <svg class="chart-spacer" viewBox={`0 0 1 ${heightRem}`} aria-hidden="true" focusable="false" />
      <canvas ref={canvas} role="img" aria-label={label} data-chart="grades">
        {label}
      </canvas>
    </div>
  );
}
