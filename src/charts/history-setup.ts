/**
 * chart.js's line chart added to the site's lazily loaded chart setup (chart-setup.ts), for a station's
 * history: its chart island imports this dynamically when scrolled into view, so the station page's first load
 * carries no chart.js.
 */
import { LineController, LineElement, PointElement } from 'chart.js';
import { Chart } from './chart-setup.ts';

Chart.register(LineController, LineElement, PointElement);

export { Chart, readPalette } from './chart-setup.ts';
export { historyLinesChart } from './history-lines.ts';
