/**
 * One of a station's history charts (scores, or rates). An island hydrated only when scrolled into view
 * (client:visible); chart.js and its line chart are imported on mount (history-setup.ts). The tables beside it
 * are the content: the canvas carries a one-sentence label and is hidden in print.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { HistoryLinesData } from '../../charts/history-lines.ts';

interface Props {
  data: HistoryLinesData;
  /** Which chart, for tests and styles: scores or rates. */
  kind: string;
  /** Text alternative: what the chart shows and where its figures are. */
  label: string;
  /** From historyChartHeightRem at build time, so the page does not shift when it draws. */
  heightRem: number;
}

export default function HistoryChart({ data, kind, label, heightRem }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    void import('../../charts/history-setup.ts').then(({ Chart, historyLinesChart, readPalette }) => {
      if (!cancelled && canvas.current) chart = new Chart(canvas.current, historyLinesChart(data, readPalette()));
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [data]);
  return (
    <div class="chart-box">
      {/* The box's height without a style attribute (CSP), as in IndicatorChart.tsx. */}
      <svg class="chart-spacer" viewBox={`0 0 1 ${heightRem}`} aria-hidden="true" focusable="false" />
      <canvas ref={canvas} role="img" aria-label={label} data-chart={kind}>
        {label}
      </canvas>
    </div>
  );
}
