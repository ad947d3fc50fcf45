/**
 * The overview's grade chart (src/charts/stacked-grades.ts). An island hydrated only when scrolled into view
 * (client:visible); chart.js is imported on mount through the site's one chart setup, as the report pages'
 * IndicatorChart does. The table beside it is the real content: the canvas carries a one-sentence label.
 */
import type { StackedGrades } from '../../charts/stacked-grades.ts';
import ChartCanvas from './ChartCanvas.tsx';

interface Props {
  data: StackedGrades;
  label: string;
  /** From stackedGradesHeightRem at build time, so the page does not shift when it draws. */
  heightRem: number;
}

export default function StackedGradesChart({ data, label, heightRem }: Props) {
  const load = () =>
    import('../../charts/chart-setup.ts').then(
      ({ Chart, stackedGradesChart, readPalette }) =>
        (canvas: HTMLCanvasElement) =>
          new Chart(canvas, stackedGradesChart(data, readPalette())),
    );
  return <ChartCanvas load={load} inputs={[data]} kind="grades" label={label} heightRem={heightRem} />;
}
