/**
 * One of a station's history charts (scores, or rates). An island hydrated only when scrolled into view
 * (client:visible); chart.js and its line chart are imported on mount (history-setup.ts). The tables beside it
 * are the content: the canvas carries a one-sentence label and is hidden in print.
 */
import type { HistoryLinesData } from '../../charts/history-lines.ts';
import ChartCanvas from './ChartCanvas.tsx';

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
  const load = () =>
    import('../../charts/history-setup.ts').then(
      ({ Chart, historyLinesChart, readPalette }) =>
        (canvas: HTMLCanvasElement) =>
          new Chart(canvas, historyLinesChart(data, readPalette())),
    );
  return <ChartCanvas load={load} inputs={[data]} kind={kind} label={label} heightRem={heightRem} />;
}
