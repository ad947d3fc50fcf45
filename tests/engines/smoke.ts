// The smoke suite every other engine runs (firefox.test.ts, webkit.test.ts): each page template at 360 px with
// no sideways scrolling and no script error, the pages in their used state (tests/harness/used-states.ts), and
// each island doing its job: the calculator's total, a directory search's result, a Pagefind result, a chart
// drawn. Chromium runs the fuller tests in tests/browser/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { until, type Engine, type EnginePage } from '../harness/engines.ts';
import { usedStatesIn } from '../harness/used-states.ts';
import { builtPages, DIST } from '../../tools/site/built-site.ts';
import { templateOf } from '../../tools/site/budgets.ts';
import { shellUrls, urls } from '../../src/site/urls.ts';

/** One built page of each template (the budget table's patterns), the first in path order. */
function onePerTemplate(): string[] {
  const seen = new Map<string, string>();
  for (const p of builtPages(DIST).sort((a, b) => a.path.localeCompare(b.path))) {
    const t = templateOf(p.path);
    if (!seen.has(t)) seen.set(t, p.path);
  }
  return [...seen.values()];
}

const OVERFLOW = 'return document.documentElement.scrollWidth - document.documentElement.clientWidth;';
const HYDRATED = (selector: string) => `return document.querySelector(${JSON.stringify(`astro-island:not([ssr]) ${selector}`)}) !== null;`;
/** Type into a field as an input method does: the value, then its input event (Preact listens to it). */
const TYPE = `
  var el = document.querySelector(arg.selector);
  el.focus();
  el.value = arg.text;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  return true;`;

export function smokeSuite(open: (origin: string) => Promise<Engine>): void {
  let engine: Engine;
  let page: EnginePage;

  beforeAll(async () => {
    engine = await open(inject('origin'));
    page = await engine.page();
  });
  afterAll(async () => {
    await engine?.close();
  });

  async function visit(path: string) {
    await page.open(path);
  }

  describe('every template at 360 px: no sideways scrolling, no script error', () => {
    for (const path of onePerTemplate()) {
      it(decodeURI(path), async () => {
        await visit(path);
        // Give the islands and late scripts their turn before reading errors.
        await page.run('return new Promise(function (done) { setTimeout(done, 300); });');
        expect(await page.run<number>(OVERFLOW)).toBeLessThanOrEqual(0);
        expect(await page.errors()).toEqual([]);
      });
    }
  });

  describe('pages in their used state at 360 px: no sideways scrolling', () => {
    for (const state of usedStatesIn(DIST)) {
      it(`${state.what} (${decodeURI(state.path)})`, async () => {
        await visit(state.path);
        await until(page, `return document.querySelector(${JSON.stringify(state.ready)}) !== null;`, state.ready);
        if (state.act) await page.run(state.act);
        await page.run('return new Promise(function (done) { requestAnimationFrame(function () { requestAnimationFrame(done); }); });');
        expect(await page.run<number>(OVERFLOW)).toBeLessThanOrEqual(0);
        expect(await page.errors()).toEqual([]);
      });
    }
  });

  describe('the islands do their job', () => {
    it('calculator: the 流花 report’s four scores give its total, 83.62, and 良好', async () => {
      await visit(urls.calculator());
      await until(page, HYDRATED('#calc-rules'), 'the calculator');
      const scores = { 购买方: '18', 监督方: '8.7', 督导中心: '12.8', 第三方: '44.12' };
      for (const [party, text] of Object.entries(scores)) {
        const id = await page.run<string>(
          `var label = Array.from(document.querySelectorAll('.calc-party label')).find(function (l) { return l.textContent.indexOf(arg + '（') === 0; });
           return label ? label.htmlFor : '';`,
          party,
        );
        expect(id, party).not.toBe('');
        await page.run(TYPE, { selector: `#${id}`, text });
      }
      expect(await until(page, `var t = document.querySelector('#calc-summary [data-result=total]'); return t && t.textContent === '83.62' && t.textContent;`, 'the total')).toBe('83.62');
      expect(await page.run<string>(`return document.querySelector('#calc-summary [data-result=grade]').textContent;`)).toBe('良好');
      expect(await page.errors()).toEqual([]);
    });

    it('directory: 流花 finds the station and shows its card', async () => {
      await visit(urls.stations);
      await until(page, HYDRATED('#station-q'), 'the search island');
      await page.run(TYPE, { selector: '#station-q', text: '流花' });
      const found = await until<string>(page, `var c = document.querySelector('[data-station-card]'); return c && c.getAttribute('data-station-id');`, 'a station card');
      expect(found).toBe('liuhua');
      expect(await page.run<boolean>(`return document.querySelector('[data-station-card] [data-contact-card]') !== null;`)).toBe(true);
      expect(await page.errors()).toEqual([]);
    });

    it('search: Pagefind finds 稳岗率', async () => {
      await visit(`${shellUrls.search}?q=${encodeURIComponent('稳岗率')}`);
      const n = await until<number>(page, `return document.querySelectorAll('.pagefind-ui__result-link').length;`, 'a Pagefind result');
      expect(n).toBeGreaterThan(0);
      expect(await page.errors()).toEqual([]);
    });

    it('report: the indicator chart is drawn', async () => {
      const report = builtPages(DIST).find((p) => templateOf(p.path) === '/reports/*/')!.path;
      await visit(report);
      await page.run(`document.querySelector('canvas[data-chart]').scrollIntoView(); return true;`);
      const inked = await until<number>(
        page,
        `var c = document.querySelector('canvas[data-chart]');
         if (!c || !c.width) return 0;
         var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;
         for (var i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
         return n;`,
        'the chart',
      );
      expect(inked).toBeGreaterThan(100);
      expect(await page.errors()).toEqual([]);
    });
  });
}
