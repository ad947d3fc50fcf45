/**
 * The indicator bar chart. An island hydrated only when scrolled into view
 * (client:visible); chart.js itself is imported on mount, tree-shaken to the
 * bar chart. The HTML table next to it is the real content: this canvas is
 * decorative for screen readers beyond its one-sentence label and is hidden
 * in print.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { BarChartSpec } from '../../charts/indicator-chart.ts';

interface Props {
  spec: BarChartSpec;
  /** Text alternative: the summary sentence. */
  label: string;
}

export default function IndicatorChart({ spec, label }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    void import('./bar-chart.ts').then(({ drawIndicatorBars }) => {
      if (!cancelled && canvas.current) chart = drawIndicatorBars(canvas.current, spec);
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [spec]);
  // Height grows with the number of bars so long Chinese labels stay readable on a phone.
  return (
    <div class="chart-box" style={{ '--chart-height': `${Math.max(240, spec.labels.length * 34 + 60)}px` }}>
      <canvas ref={canvas} role="img" aria-label={label} data-chart="indicators">
        {label}
      </canvas>
    </div>
  );
}
