// Page-weight budgets, as data. Sizes are gzip bytes of the files in dist/ (what a host sends).
// Any page not listed here is a text page: 0 KB of JavaScript and a first HTML response ≤ 14 KB.
// A page with an island must be listed, with the budget its issue set.
import { readFileSync } from 'node:fs';
import { pageJs } from './js-graph.ts';
import { gzipBytes, kb, matchesPattern, type BuiltPage } from './site.ts';

const KB = 1024;

/** TCP's first round trip carries about 14 KB (10 segments): an HTML response that fits renders one round trip sooner. */
export const FIRST_RESPONSE_BYTES = 14 * KB;
/** Chart.js, tree-shaken to the controllers and elements the charts use. */
export const CHART_JS_BYTES = 60 * KB;

export interface PageBudget {
  /** URL path; `*` is one path segment. */
  page: string;
  /** Who builds it, for messages. */
  what: string;
  /** Max gzip bytes of JavaScript (inline scripts, islands, their imports), Chart.js excluded. 0 = a text page. */
  jsBytes: number;
  /** Max gzip bytes of the HTML document, when a page cannot fit 14 KB; say why. */
  htmlBytes?: { max: number; why: string };
  /** Max gzip bytes transferred before the chart is scrolled into view (measured in Chromium). */
  beforeChartBytes?: number;
}

export const BUDGETS: PageBudget[] = [
  { page: '/', what: 'home page (issue 6)', jsBytes: 0 },
  { page: '/reports/', what: 'report index (issue 6)', jsBytes: 0 },
  {
    page: '/reports/*/',
    what: 'report page (issue 3)',
    // The chart island, like the calculator's islands; everything else on the page is text.
    jsBytes: 15 * KB,
    htmlBytes: {
      max: 40 * KB,
      why: 'a report page carries the whole report text (the 流花 report is 19 KB gzip); its top still arrives in the first 14 KB, and the page with its CSS stays inside the 50 KB before the chart',
    },
    beforeChartBytes: 50 * KB,
  },
  { page: '/stations/', what: 'station directory with its search island (issue 4)', jsBytes: 10 * KB },
  { page: '/stations/*/', what: 'station page (issue 4)', jsBytes: 0 },
  { page: '/calculator/', what: 'calculator islands (issue 5)', jsBytes: 15 * KB },
  { page: '/methodology/', what: 'methodology (issue 6)', jsBytes: 0 },
  { page: '/glossary/', what: 'glossary (issue 6)', jsBytes: 0 },
  { page: '/data/', what: 'open data page (issue 6)', jsBytes: 0 },
  { page: '/accessibility/', what: 'accessibility statement (issue 6)', jsBytes: 0 },
  { page: '/404.html', what: 'not-found page (issue 6)', jsBytes: 0 },
];

export const TEXT_PAGE: Omit<PageBudget, 'page'> = { what: 'text page (not in the budget table)', jsBytes: 0 };

export function budgetFor(path: string, table = BUDGETS): PageBudget {
  return table.find((b) => matchesPattern(b.page, path)) ?? { page: path, ...TEXT_PAGE };
}

function over(actual: number, max: number): string {
  return `${kb(actual)} > budget ${kb(max)}, over by ${kb(actual - max)}`;
}

/** Every budget a built page breaks, each saying what and by how much. Empty when it fits. */
export function budgetViolations(page: BuiltPage, table = BUDGETS, root?: string): string[] {
  const budget = budgetFor(page.path, table);
  const html = readFileSync(page.file, 'utf8');
  const problems: string[] = [];

  const htmlBytes = gzipBytes(html);
  const htmlMax = budget.htmlBytes?.max ?? FIRST_RESPONSE_BYTES;
  if (htmlBytes > htmlMax) problems.push(`${page.path}: HTML ${over(htmlBytes, htmlMax)} (first response, gzip)`);

  const js = pageJs(html, page.path, root);
  for (const path of js.missing) problems.push(`${page.path}: references ${path}, which is not in dist/`);
  if (js.ownBytes > budget.jsBytes) {
    const detail = [
      ...js.inline.map((s) => `inline <script> ${kb(s.gzip)} "${s.excerpt}…"`),
      ...js.modules.filter((m) => !m.isChartJs).map((m) => `${m.path} ${kb(m.gzip)}`),
    ].join('; ');
    const kind = budget.jsBytes === 0 ? `a text page must ship no JavaScript but ships ${kb(js.ownBytes)}` : `JavaScript ${over(js.ownBytes, budget.jsBytes)}`;
    problems.push(`${page.path} (${budget.what}): ${kind} [${detail}]`);
  }
  if (js.chartJsInsideIsland.length) {
    problems.push(
      `${page.path}: Chart.js is bundled inside the island ${js.chartJsInsideIsland.join(', ')}, so the island and Chart.js budgets cannot be told apart; import chart.js from a module of its own (or dynamically) so it gets its own chunk`,
    );
  }
  if (js.chartJsBytes > CHART_JS_BYTES) {
    problems.push(`${page.path}: Chart.js ${over(js.chartJsBytes, CHART_JS_BYTES)}; register only the controllers, elements and scales the charts use, not chart.js/auto`);
  }
  return problems;
}

