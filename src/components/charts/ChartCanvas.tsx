/**
 * What every chart island shares: the canvas in its box, and chart.js loaded on mount (the island is
 * hydrated only when scrolled into view, client:visible), so a page's first load carries no chart.js. Each
 * island passes its own dynamic import, which keeps its setup (bars, lines) in its own chunk.
 */
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  /** Imports the chart's setup and returns how to draw it on the canvas. */
  load: () => Promise<(canvas: HTMLCanvasElement) => { destroy(): void }>;
  /** The data the chart is drawn from: it is drawn again when these change. */
  inputs: unknown[];
  /** Which chart, for tests and styles (data-chart). */
  kind: string;
  /** Text alternative: what the chart shows and where its figures are. */
  label: string;
  /** The chart's height, computed at build time, so the page does not shift when it draws. */
  heightRem: number;
}

export default function ChartCanvas({ load, inputs, kind, label, heightRem }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    void load().then((draw) => {
      if (!cancelled && canvas.current) chart = draw(canvas.current);
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, inputs);
  return (
    <div class="chart-box">
      {/*
        The box's height without a style attribute (the Content-Security-Policy blocks those): an SVG
        1 rem wide whose viewBox is 1 × heightRem is heightRem rem tall. The canvas lies over it.
      */}
      <svg class="chart-spacer" viewBox={`0 0 1 ${heightRem}`} aria-hidden="true" focusable="false" />
      <canvas ref={canvas} role="img" aria-label={label} data-chart={kind}>
        {label}
      </canvas>
    </div>
  );
}
