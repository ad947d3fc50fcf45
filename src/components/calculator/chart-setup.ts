/**
 * chart.js with only the parts the two bar charts use, so the lazily loaded
 * chunk stays small. Imported dynamically by the chart island.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
Chart.defaults.font.size = 16;

export { Chart };
