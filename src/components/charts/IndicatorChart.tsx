/**
 * A report's indicator bar chart. An island hydrated only when scrolled into view
 * (client:visible); chart.js is imported on mount, tree-shaken to the bar chart, through the
 * same setup and configuration the calculator uses. The HTML table next to it is the real
 * content: this canvas carries a one-sentence label and is hidden in print.
 */
import type { IndicatorPoint } from '../../charts/indicator-bars.ts';
import ChartCanvas from './ChartCanvas.tsx';

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
  const load = () =>
    import('../../charts/chart-setup.ts').then(
      ({ Chart, indicatorBarsChart, readPalette }) =>
        (canvas: HTMLCanvasElement) =>
          new Chart(canvas, indicatorBarsChart(points, metPercent, readPalette())),
    );
  return <ChartCanvas load={load} inputs={[points, metPercent]} kind="indicators" label={label} heightRem={heightRem} />;
}
