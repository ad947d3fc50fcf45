// Page-weight budgets, as data. Sizes are gzip bytes of the files in dist/ (what a host sends).
// Any page not listed here is a text page: no island, no script (0 KB of JavaScript), and a first HTML
// response ≤ 14 KB. A page with an island or a script must be listed, with the budget its issue set.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importsOf, pageJs, type InlineScript, type JsModule } from './js-graph.ts';
import { gzipBytes, kb, matchesPattern, resolveFile, type BuiltPage } from './built-site.ts';

const KB = 1024;

/** TCP's first round trip carries about 14 KB (10 segments): an HTML response that fits renders one round trip sooner. */
export const FIRST_RESPONSE_BYTES = 14 * KB;
/**
 * No HTML page may pass this however its budget reads (issue 13: every page ≤ 100 KB gzip, at city scale too):
 * a page that would must be split (paged, grouped) instead.
 */
export const HTML_CEILING_BYTES = 100 * KB;
/** Chart.js, tree-shaken to the controllers and elements the charts use. */
export const CHART_JS_BYTES = 60 * KB;
/**
 * Scripts every page may carry besides its budget (the site shell's). Issue 7 says a text page ships 0 KB
 * of JavaScript, so this is 0: raising it is a decision about the whole site, to take in one place.
 */
export const SHELL_SCRIPT_BYTES = 2.25 * KB;
/*
 * Decision (lead, issue 7): "0 KB of JavaScript" on text pages means no bundle, no framework, no island.
 * The site shell's few hundred bytes of inline enhancement — the 大字 switch applied before paint, 朗读,
 * copy-an-address — are what issues 4 and 6 asked for elderly readers; they are held to 2 KB in total.
 * Issue 25 added the service worker's registration (about 0.1 KB), which every page needs to be readable
 * offline: 2.25 KB.
 */

/**
 * The runtime every Preact island shares: Astro's inline island loader, Preact, its hooks and JSX
 * runtime, nanostores' atom, Vite's preload helper. Counted once, against this budget; the island
 * budgets below are for each page's own island code (the issue's "search island ≤ 10 KB" and
 * "calculator islands ≤ 15 KB" cannot include a framework that alone is ~10 KB).
 */
export const ISLAND_RUNTIME_BYTES = 11 * KB;
const RUNTIME_MODULE = /\/_astro\/(client|hooks\.module|jsxRuntime\.module|preact\.module|preload-helper|atom|signals\.module)\.[\w-]+\.js$/;
const RUNTIME_INLINE = /self\.Astro|astro-island|customElements/;

export interface PageBudget {
  /** URL path; `*` is one path segment. */
  page: string;
  /** What it is and which issue builds it, for messages. */
  what: string;
  /**
   * Max gzip bytes of the page's islands: Astro's inline island runtime, the components, the Preact renderer
   * and everything they import, Chart.js excluded. Absent: the page has no island.
   */
  islandBytes?: number;
  /** Max gzip bytes of every other script (inline or not). Absent: 0, a text page ships no script. */
  scriptBytes?: { max: number; why: string };
  /** Max gzip bytes of the HTML document, when a page cannot fit 14 KB; say why. */
  htmlBytes?: { max: number; why: string };
  /** Max gzip bytes transferred before the chart is scrolled into view (measured in Chromium). */
  beforeChartBytes?: number;
  /** When the page may rightly be missing from a build although its source exists (it depends on how much content there is). */
  absentWhen?: string;
}

export const BUDGETS: PageBudget[] = [
  {
    page: '/',
    what: 'home page (issue 6), with 我的社工站: renders nothing and fetches nothing until a station is saved (issue 25)',
    islandBytes: 5 * KB,
  },
  { page: '/reports/', what: 'report index, first page of all reports (issues 6, 13); filters are links, no script' },
  { page: '/reports/page/*/', what: 'report index, further pages of all reports (issue 13)', absentWhen: 'the site has 50 reports or fewer (one page)' },
  { page: '/reports/*/*/', what: 'report index by service year, district or grade (issue 13)' },
  {
    page: '/reports/*/*/page/*/',
    what: 'report index by year, district or grade, further pages (issue 13)',
    absentWhen: 'no year, district or grade has more than 50 reports',
  },
  {
    page: '/reports/*/',
    what: 'report page (issue 3)',
    // Its chart island, held to the calculator's budget; everything else on the page is text.
    islandBytes: 15 * KB,
    htmlBytes: {
      max: 40 * KB,
      why: 'a report page carries the whole report text (the 流花 report is 19 KB gzip); its top still arrives in the first 14 KB, and the page stays inside the 50 KB before the chart',
    },
    beforeChartBytes: 50 * KB,
  },
  {
    page: '/stations/',
    what: 'station directory: district links and the search island, which fetches the station index on first input (issues 4, 13)',
    islandBytes: 10 * KB,
  },
  { page: '/stations/district/*/', what: "a district's stations by street and by community (issue 13)" },
  {
    page: '/stations/*/',
    what: "station page (issue 4), with its history's two chart islands (issue 21), drawn when scrolled into view",
    islandBytes: 10 * KB,
    htmlBytes: {
      max: 40 * KB,
      why: "a station's history tables list every report (two a year; ten years are twenty columns of indicator rates); its contact card still arrives in the first 14 KB",
    },
    scriptBytes: { max: 1 * KB, why: 'the 设为我的社工站 button (issue 25): saves the station on the device, a small inline script' },
    // No beforeChartBytes: a station with one report has no chart (tests/scratch/history-compare.test.ts checks chart.js waits for the scroll).
  },
  {
    page: '/compare/',
    what: 'reports side by side (issue 21): the picker and table island, which fetches each report’s open-data JSON',
    islandBytes: 15 * KB,
  },
  {
    page: '/calculator/',
    what: 'calculator (issue 5)',
    // 15 KB (issue 5) + 0.5 KB (issue 21): the compare page's island uses urls.ts and the scoring helpers too, so the
    // bundler moves them out of the calculator's shared chunk into one of their own; the same code, one more file
    // (+0.3 KB of gzip lost at the boundary). Kept: the alternative was a second copy of the scoring code.
    islandBytes: 15.5 * KB,
  },
  { page: '/methodology/', what: 'methodology (issue 6)' },
  { page: '/glossary/', what: 'glossary (issue 6)' },
  {
    page: '/search/',
    what: 'search page (issue 6)',
    scriptBytes: {
      max: 32 * KB,
      why: "Pagefind's default UI (pagefind-ui.js, 30.5 KB gzip) and the line that starts it; the index is fetched only when a query is typed",
    },
  },
  { page: '/data/', what: 'open data page: the all-reports files, then one link per service year (issues 6, 13)' },
  {
    page: '/data/year/*/',
    what: "open data, one service year's report files by district (issue 13)",
    htmlBytes: {
      max: 40 * KB,
      why: 'a service year of the city is ~350 reports, each a row with its two files (about 25 KB gzip at city scale); one page per year keeps a year together for downloading',
    },
  },
  { page: '/rankings/', what: 'the rankings: one entry per service year and stage, with its districts (issue 21)' },
  {
    page: '/rankings/*/*/',
    what: "a service year and stage's citywide ranking (issue 21)",
    // The island only turns the server-rendered table's headers into sort buttons.
    islandBytes: 2 * KB,
    htmlBytes: {
      max: 32 * KB,
      why: 'a round of the city is ~176 reports, every one a row of the ranking (about 20 KB gzip; the page is the ranking, readable without JavaScript); one page keeps the citywide order together',
    },
  },
  {
    page: '/rankings/*/*/*/',
    what: "a service year and stage's ranking in one district (issue 21)",
    islandBytes: 2 * KB,
    htmlBytes: { max: 20 * KB, why: "a district's round is ~10–30 rows of ten columns" },
  },
  { page: '/overview/', what: 'city overview across the rounds of evaluations: the trend table and its grade chart island (issue 22)', islandBytes: 15 * KB },
  { page: '/overview/themes/', what: 'themes of the findings: per year, the reports raising each theme (issue 22)' },
  { page: '/overview/themes/*/*/', what: 'the reports of one year raising one theme (issue 22)' },
  {
    page: '/overview/*/',
    what: "a service year's overview: each round's grades per district (chart island and table), spread, 稳岗率, parties, indicators (issue 22)",
    islandBytes: 15 * KB,
    htmlBytes: {
      max: 40 * KB,
      why: 'every count links to the list of its reports on the page (a city year of 352 reports: 20 KB gzip), so the overview leads to every report without JavaScript',
    },
  },
  { page: '/accessibility/', what: 'accessibility statement (issue 6)' },
  { page: '/404.html', what: 'not-found page (issue 6)' },
];

/** A page's template, for sampling: the budget table's pattern it matches, or its own path. */
export function templateOf(path: string): string {
  return budgetFor(path).page;
}

export function budgetFor(path: string, table = BUDGETS): PageBudget {
  return table.find((b) => matchesPattern(b.page, path)) ?? { page: path, what: 'text page (not in the budget table)' };
}

function over(actual: number, max: number): string {
  return `${kb(actual)} > budget ${kb(max)}, over by ${kb(actual - max)}`;
}

function listed(inline: InlineScript[], modules: JsModule[]): string {
  return [...inline.map((s) => `inline <script> ${kb(s.gzip)} "${s.excerpt}…"`), ...modules.map((m) => `${m.path} ${kb(m.gzip)}`)].join('; ');
}

/** The HTML budget alone (gzip size of the document), for pages whose scripts are measured on others of their template. */
export function htmlViolations(page: BuiltPage, table = BUDGETS, html = readFileSync(page.file, 'utf8')): string[] {
  const budget = budgetFor(page.path, table);
  const htmlBytes = gzipBytes(html);
  const htmlMax = Math.min(budget.htmlBytes?.max ?? FIRST_RESPONSE_BYTES, HTML_CEILING_BYTES);
  return htmlBytes > htmlMax ? [`${page.path} (${budget.what}): HTML ${over(htmlBytes, htmlMax)} (first response, gzip)`] : [];
}

/**
 * Every budget a built page breaks, each saying what and by how much. Empty when it fits.
 * `loaded`: the URL paths Chromium fetched for the page (see pageJs); without it every reachable module counts.
 */
export function budgetViolations(page: BuiltPage, table = BUDGETS, root?: string, loaded?: Set<string>): string[] {
  const budget = budgetFor(page.path, table);
  const html = readFileSync(page.file, 'utf8');
  const problems: string[] = [];
  const where = `${page.path} (${budget.what})`;

  problems.push(...htmlViolations(page, table, html));

  const js = pageJs(html, page.path, root, loaded);
  for (const path of js.missing) problems.push(`${where}: references ${path}, which is not in dist/`);

  const runtimeInline = js.islandInline.filter((s) => RUNTIME_INLINE.test(s.excerpt) || s.excerpt.startsWith('(()=>{var '));
  const runtimeModules = js.islandModules.filter((m) => RUNTIME_MODULE.test(m.path));
  const runtimeBytes = runtimeInline.reduce((n, s) => n + s.gzip, 0) + runtimeModules.reduce((n, m) => n + m.gzip, 0);
  if (runtimeBytes > ISLAND_RUNTIME_BYTES) {
    problems.push(`${where}: shared island runtime ${over(runtimeBytes, ISLAND_RUNTIME_BYTES)} [${listed(runtimeInline, runtimeModules)}]`);
  }
  const ownInline = js.islandInline.filter((s) => !runtimeInline.includes(s));
  // A module that only exists to hand data to Chart.js (it imports the Chart.js chunk) is charting code:
  // the issue budgets islands "excluding chart.js", and the chart budget below covers Chart.js itself.
  const chartNames = new Set(js.chartJs.map((m) => basename(m.path)));
  const importsChartJs = (m: JsModule) => {
    const file = root ? resolveFile(root, m.path) : null;
    return file !== null && importsOf(readFileSync(file, 'utf8')).some((spec) => chartNames.has(basename(spec)));
  };
  const chartGlue = js.islandModules.filter((m) => !runtimeModules.includes(m) && importsChartJs(m));
  const ownModules = js.islandModules.filter((m) => !runtimeModules.includes(m) && !chartGlue.includes(m));
  const ownBytes = js.islandBytes - runtimeBytes - chartGlue.reduce((n, m) => n + m.gzip, 0);
  const islandMax = budget.islandBytes ?? 0;
  if (js.islandBytes > 0 && islandMax === 0) {
    problems.push(`${where}: has an island (${js.islands.join(', ')}) but no island budget; ${kb(js.islandBytes)} [${listed(js.islandInline, js.islandModules)}]`);
  } else if (ownBytes > islandMax) {
    const detail = listed(ownInline, ownModules);
    problems.push(`${where}: island JavaScript (own code, runtime apart) ${over(ownBytes, islandMax)} [${detail}]`);
  }
  const scriptMax = (budget.scriptBytes?.max ?? 0) + SHELL_SCRIPT_BYTES;
  if (js.otherBytes > scriptMax) {
    const detail = listed(js.otherInline, js.otherModules);
    problems.push(
      scriptMax === 0
        ? `${where}: no script is budgeted outside islands (text pages ship 0 KB of JavaScript), but it ships ${kb(js.otherBytes)} [${detail}]`
        : `${where}: script JavaScript ${over(js.otherBytes, scriptMax)} [${detail}]`,
    );
  }
  if (js.chartJsInsideIsland.length) {
    problems.push(
      `${where}: Chart.js is bundled inside the island ${js.chartJsInsideIsland.join(', ')}, so the island and Chart.js budgets cannot be told apart; import chart.js from a module of its own (or dynamically) so it gets its own chunk`,
    );
  }
  if (js.chartJsBytes > CHART_JS_BYTES) {
    problems.push(`${where}: Chart.js ${over(js.chartJsBytes, CHART_JS_BYTES)} [${listed([], js.chartJs)}]; register only the controllers, elements and scales the charts use, not chart.js/auto`);
  }
  return problems;
}
