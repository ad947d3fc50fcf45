// A browser's first Intl object (a number or date format, a collator) loads the locale's data: about 150 ms of
// a throttled phone's main thread (Lighthouse's), which on the calculator fell in its islands' first task and
// cost it a point. The islands write figures and dates by hand (src/scoring/hundredths.ts, src/format/date.ts)
// and keep build-only collators out of their bundles. Only Chart.js's own code may construct one: it formats
// the axis labels when a chart is drawn, after the chart is scrolled into view.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../tools/site/built-site.ts';

const ASSETS = join(DIST, '_astro');
const CHART_JS = /^chart-setup\.[\w-]+\.js$/;

describe('client scripts', () => {
  it('construct no Intl object while they load, except Chart.js when it draws', () => {
    const scripts = readdirSync(ASSETS).filter((f) => f.endsWith('.js'));
    expect(scripts.some((f) => CHART_JS.test(f)), 'the chart bundle is named chart-setup.*.js').toBe(true);
    const withIntl = scripts.filter((f) => !CHART_JS.test(f) && /\bIntl\.[A-Z]/.test(readFileSync(join(ASSETS, f), 'utf8')));
    expect(withIntl).toEqual([]);
  });
});
