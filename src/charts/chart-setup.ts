/**
 * chart.js with only the parts the site's bar charts use, and their configurations, loaded
 * together and lazily: the report pages' indicator chart and the calculator's charts import
 * this dynamically, so no page's first load carries chart.js.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { ChartPalette } from './indicator-bars.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
Chart.defaults.font.size = 16;

/** The site's colours (global.css custom properties, light or dark), so the charts match the page. */
export function readPalette(): ChartPalette {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(`--color-${name}`).trim();
  return { text: v('text'), grid: v('border'), accent: v('accent'), good: v('good'), warn: v('warn'), muted: v('muted'), rest: v('surface') };
}

export { Chart };
export { indicatorBarsChart } from './indicator-bars.ts';
export { compositionChart } from './composition.ts';
export { stackedGradesChart } from './stacked-grades.ts';
