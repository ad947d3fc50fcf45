// The gate logic on a small fake build, so each gate is shown to fail when it should.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { budgetFor, budgetViolations, type PageBudget } from '../../tools/site/budgets.ts';
import { importsOf, pageJs, scriptsOf } from '../../tools/site/js-graph.ts';
import { anchorsOf, brokenLinks, missingIcon } from '../gates/links.ts';
import { builtPages, matchesPattern, routeSourceExists } from '../../tools/site/built-site.ts';

const root = mkdtempSync(join(tmpdir(), 'gates-'));
const dist = join(root, 'dist');
function put(path: string, content: string | Buffer) {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Incompressible text (base64 of random bytes: 6 bits a character), so a gzip budget can be overrun on purpose. */
function noise(chars: number): string {
  return randomBytes(chars).toString('base64').slice(0, chars);
}

const CHART_MARKER = "Failed to create chart: can't acquire context";
put('dist/index.html', '<!doctype html><html><body><h2 id="a">A</h2><a href="/about/#b">x</a><a href="#a">y</a><a href="#top">top</a></body></html>');
put('dist/about/index.html', '<!doctype html><html><body><a href="/missing/">m</a><a href="/#nope">n</a><a href="#">e</a><a href="https://example.com/">ext</a><a href="https://site.example/about/">self</a><img srcset="/img/a.png 1x, /img/b.png 2x"></body></html>');
put('dist/img/a.png', 'png');
put('dist/404.html', '<!doctype html><title>404</title>');
put('dist/island/index.html', `<!doctype html><script>(()=>{(self.Astro||(self.Astro={})).visible=1})()</script><astro-island uid="1" component-url="/_astro/Search.abc.js" renderer-url="/_astro/client.def.js" client="visible"></astro-island>`);
put('dist/_astro/Search.abc.js', `import{h as e}from"./preact.module.x1.js";import"./style.x2.js";const c=()=>import("./lazy.x3.js");export{c};var n="${noise(20000)}";`);
put('dist/_astro/client.def.js', 'import{render as r}from"./preact.module.x1.js";export default r;');
put('dist/_astro/preact.module.x1.js', 'export function h(){}export function render(){}');
put('dist/_astro/style.x2.js', 'export{}');
put('dist/_astro/lazy.x3.js', `import{C as a}from"./chart.x4.js";export{a};`);
put('dist/_astro/chart.x4.js', `const m="${CHART_MARKER}";var big="${noise(100000)}";export{m as C};`);
put('dist/text/index.html', '<!doctype html><p>text</p><script type="module" src="/_astro/gone.js"></script><script type="application/ld+json">{"a":1}</script>');
put('dist/inlined/index.html', `<!doctype html><astro-island component-url="/_astro/Inline.js" renderer-url="/_astro/client.def.js"></astro-island>`);
put('dist/_astro/Inline.js', `const m="${CHART_MARKER}";export default m;`);
put('src/pages/index.astro', '');
put('src/pages/stations/index.astro', '');
put('src/pages/stations/[id].astro', '');
put('src/pages/reports/[...slug].astro', '');
put('src/pages/404.astro', '');

const page = (path: string) => builtPages(dist).find((p) => p.path === path)!;

describe('site discovery', () => {
  it('finds every HTML page and its URL path', () => {
    expect(builtPages(dist).map((p) => p.path)).toEqual(['/404.html', '/about/', '/', '/inlined/', '/island/', '/text/']);
  });
  it('matches one segment per *', () => {
    expect(matchesPattern('/reports/*/', '/reports/liuhua-2023-2024-final/')).toBe(true);
    expect(matchesPattern('/reports/*/', '/reports/')).toBe(false);
    expect(matchesPattern('/reports/*/', '/reports/a/b/')).toBe(false);
    expect(matchesPattern('/404.html', '/404.html')).toBe(true);
  });
  it('knows which routes have a source in src/pages', () => {
    const pages = join(root, 'src/pages');
    expect(routeSourceExists('/', pages)).toBe(true);
    expect(routeSourceExists('/stations/', pages)).toBe(true);
    expect(routeSourceExists('/stations/*/', pages)).toBe(true);
    expect(routeSourceExists('/reports/*/', pages)).toBe(true);
    expect(routeSourceExists('/404.html', pages)).toBe(true);
    expect(routeSourceExists('/calculator/', pages)).toBe(false);
    expect(routeSourceExists('/reports/', pages)).toBe(false);
  });
});

describe('JavaScript a page ships', () => {
  it('reads static, side-effect and dynamic imports from minified modules', () => {
    expect(importsOf('import{a as b}from"./x.js";import"./y.js";export{c}from"../z.js";const d=()=>import("./w.js");import("https://cdn/x.js");import(`./t.js`);import(`./${n}.js`)'))
      .toEqual(['./x.js', './y.js', '../z.js', './w.js', './t.js']);
  });
  it('follows islands, renderers and their imports; skips data scripts; tells Astro\'s island runtime from other scripts', () => {
    const scripts = scriptsOf(
      '<script type="application/ld+json">{}</script><script>(self.Astro||(self.Astro={})).load=1</script><script>var shell=1</script><script type="module" src="/_astro/page.js"></script><astro-island component-url="/_astro/A.js" renderer-url="/_astro/r.js"></astro-island>',
      '/',
    );
    expect(scripts.islandEntries).toEqual(['/_astro/A.js', '/_astro/r.js']);
    expect(scripts.otherEntries).toEqual(['/_astro/page.js']);
    expect(scripts.islands).toEqual(['/_astro/A.js']);
    expect(scripts.islandInline.map((s) => s.excerpt)).toEqual(['(self.Astro||(self.Astro={})).load=1']);
    expect(scripts.otherInline.map((s) => s.excerpt)).toEqual(['var shell=1']);
    const html = `<astro-island component-url="/_astro/Search.abc.js" renderer-url="/_astro/client.def.js"></astro-island>`;
    const js = pageJs(html, '/island/', dist);
    expect(js.islandModules.map((m) => m.path).sort()).toEqual(
      ['/_astro/Search.abc.js', '/_astro/client.def.js', '/_astro/lazy.x3.js', '/_astro/preact.module.x1.js', '/_astro/style.x2.js'].sort(),
    );
    expect(js.chartJs.map((m) => m.path)).toEqual(['/_astro/chart.x4.js']);
    expect(js.chartJsBytes).toBeGreaterThan(60 * 1024);
  });
  it('counts only what Chromium fetched when told, plus scripts no bundle names', () => {
    put('dist/_astro/pagefind-like.js', 'export const x = 1;');
    const html = `<astro-island component-url="/_astro/Search.abc.js" renderer-url="/_astro/client.def.js"></astro-island>`;
    const loaded = new Set(['/_astro/Search.abc.js', '/_astro/client.def.js', '/_astro/preact.module.x1.js', '/_astro/style.x2.js', '/_astro/pagefind-like.js']);
    const js = pageJs(html, '/island/', dist, loaded);
    expect(js.islandModules.map((m) => m.path)).not.toContain('/_astro/lazy.x3.js');
    expect(js.chartJs).toEqual([]);
    expect(js.otherModules.map((m) => m.path)).toEqual(['/_astro/pagefind-like.js']);
  });
});

describe('budgets', () => {
  const table: PageBudget[] = [
    { page: '/island/', what: 'search island', islandBytes: 10 * 1024 },
    { page: '/inlined/', what: 'x', islandBytes: 100 * 1024 },
    { page: '/text/', what: 'a page with a budgeted script', scriptBytes: { max: 1024, why: 'test' } },
  ];
  it('treats unlisted pages as text pages', () => {
    expect(budgetFor('/anything/', table)).toEqual({ page: '/anything/', what: 'text page (not in the budget table)' });
  });
  it('says what is over and by how much', () => {
    const problems = budgetViolations(page('/island/'), table, dist).join('\n');
    expect(problems).toMatch(/\/island\/ \(search island\): island JavaScript \(own code, runtime apart\) \d+\.\d KB > budget 10\.0 KB, over by \d+\.\d KB/);
    expect(problems).toMatch(/Chart\.js \d+\.\d KB > budget 60\.0 KB, over by \d+\.\d KB/);
  });
  it('fails a text page with a script or an island, and a script that is not in dist/', () => {
    // The shell's inline enhancements may use SHELL_SCRIPT_BYTES (2.25 KB); a bigger script on a text page fails.
    put('dist/shell/index.html', '<!doctype html><p>text</p><script>document.documentElement.dataset.size = localStorage.size</script>');
    expect(budgetViolations(page('/shell/'), table, dist)).toEqual([]);
    put('dist/heavy/index.html', `<!doctype html><p>text</p><script>/*${noise(6000)}*/</script>`);
    expect(budgetViolations(page('/heavy/'), table, dist).join('\n')).toMatch(/script JavaScript \d+\.\d KB > budget 2\.3 KB, over by \d+\.\d KB \[inline <script>/);
    expect(budgetViolations(page('/island/'), [], dist).join('\n')).toMatch(/has an island \(\/_astro\/Search\.abc\.js\) but no island budget/);
    expect(budgetViolations(page('/text/'), table, dist).join('\n')).toContain('/text/ (a page with a budgeted script): references /_astro/gone.js, which is not in dist/');
  });
  it('fails an HTML response over 14 KB gzip', () => {
    put('dist/big/index.html', `<!doctype html><p>${noise(25000)}</p>`);
    expect(budgetViolations(page('/big/'), table, dist).join('\n')).toMatch(/\/big\/ \(text page \(not in the budget table\)\): HTML \d+\.\d KB > budget 14\.0 KB, over by \d+\.\d KB/);
  });
  it('says when Chart.js is bundled inside an island', () => {
    expect(budgetViolations(page('/inlined/'), table, dist).join('\n')).toContain('Chart.js is bundled inside the island /_astro/Inline.js');
  });
  it('passes a page within its budgets', () => {
    expect(budgetViolations(page('/'), table, dist)).toEqual([]);
  });
});

describe('internal links', () => {
  it('needs an icon: a <link rel="icon"> or /favicon.ico', () => {
    expect(missingIcon(page('/'), dist)).toMatch(/no <link rel="icon"> and no \/favicon\.ico/);
    put('dist/with-icon/index.html', '<!doctype html><link rel="shortcut icon" href="/icon.svg">');
    expect(missingIcon(page('/with-icon/'), dist)).toBeNull();
  });
  it('collects ids and <a name>', () => {
    expect([...anchorsOf('<h2 id="x">a</h2><a name="y"></a><input name="z">')]).toEqual(['x', 'y']);
  });
  it('passes good links and reports missing files, missing anchors and empty links', () => {
    expect(brokenLinks(page('/'), 'https://site.example', dist).map((p) => p.message)).toEqual(['/: <a href="/about/#b"> → no element with id="b" in /about/']);
    expect(brokenLinks(page('/about/'), 'https://site.example', dist).map((p) => p.message)).toEqual([
      '/about/: <a href="/missing/"> → /missing/ is not in dist/',
      '/about/: <a href="/#nope"> → no element with id="nope" in /',
      '/about/: <a href="#"> goes nowhere',
      '/about/: <img srcset="/img/b.png"> → /img/b.png is not in dist/',
    ]);
  });
});
