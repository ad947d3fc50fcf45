/**
 * chart.js with only the parts the two bar charts use, and the chart
 * configurations, loaded together and lazily (imported dynamically by the
 * chart island) so the calculator's first load carries neither.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
Chart.defaults.font.size = 16;

export { Chart };
export { compositionChart, indicatorChart } from '../../calculator/charts.ts';
