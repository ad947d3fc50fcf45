/**
 * Island: the score composition and indicator completion charts, pictures of
 * the tables (the party table in the results, the indicator table here).
 * chart.js is imported only when this island runs; the charts follow every keystroke.
 */
import type { ChartConfiguration, Chart as ChartType } from 'chart.js';
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ChartPalette } from '../../charts/indicator-bars.ts';
import { compositionSummary, indicatorSummary, ratedIndicatorPoints } from '../../charts/calculator-text.ts';
import { IndicatorTable, useCalculator } from './shared-chunk.ts';

type ChartModule = typeof import('../../charts/chart-setup.ts');

/** Keep one chart.js chart in step with a configuration. */
function useChart(
  mod: ChartModule | null,
  canvasRef: RefObject<HTMLCanvasElement>,
  build: ((m: ChartModule, palette: ChartPalette) => ChartConfiguration<'bar'>) | null,
) {
  const chart = useRef<ChartType<'bar'> | null>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!mod || !canvas || !build) return;
    const next = build(mod, mod.readPalette());
    if (chart.current) {
      chart.current.data = next.data;
      chart.current.options = next.options ?? {};
      chart.current.update('none');
    } else {
      chart.current = new mod.Chart(canvas, next);
    }
  });
  useEffect(() => () => chart.current?.destroy(), []);
}

export default function Charts() {
  const { results } = useCalculator();
  const [mod, setMod] = useState<{ m: ChartModule } | null>(null);
  const [failed, setFailed] = useState(false);
  const compositionCanvas = useRef<HTMLCanvasElement>(null);
  const indicatorCanvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    import('../../charts/chart-setup.ts').then(
      (m) => setMod({ m }),
      () => setFailed(true),
    );
  }, []);

  const points = ratedIndicatorPoints(results);
  const rated = points.length;
  // A row per indicator, tall enough for a label on three lines (names here carry their unit); set
  // here, not as an inline style in the HTML. Computed inline: the shared chart module loads lazily.
  const indicatorBox = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (indicatorBox.current) indicatorBox.current.style.height = `${Math.max(8, 4 * rated + 5)}rem`;
  }, [rated]);
  useChart(mod?.m ?? null, compositionCanvas, (m, p) => m.compositionChart(results, p));
  useChart(mod?.m ?? null, indicatorCanvas, rated > 0 ? (m, p) => m.indicatorBarsChart(points, results.rules.indicatorMetPercent, p) : null);

  const compositionText = compositionSummary(results);
  const indicatorText = indicatorSummary(results);
  return (
    <div class="calc-charts" data-charts={failed ? 'failed' : mod ? 'ready' : 'loading'}>
      {failed && <p class="calc-muted">图表未能加载，下面的表格列出了同样的数字。</p>}
      <h3>得分构成</h3>
      <div class="calc-chart calc-chart-composition">
        <canvas ref={compositionCanvas} role="img" aria-label={compositionText}>
          {compositionText}
        </canvas>
      </div>
      <p class="calc-muted">
        图中的数字见上方<a href="#calc-party-table">各方得分表</a>。
      </p>
      <h3>指标完成率</h3>
      <div class="calc-chart" ref={indicatorBox} hidden={rated === 0}>
        <canvas ref={indicatorCanvas} role="img" aria-label={indicatorText}>
          {indicatorText}
        </canvas>
      </div>
      <IndicatorTable results={results} />
    </div>
  );
}
