/**
 * Every page path comes from src/site/urls.ts (issue 26): a root-relative literal that names one of the
 * site's routes, typed anywhere else in src/, fails here. A route is the first segment of a file or folder
 * under src/pages/ (so a new page is covered the day it is added) or a file an integration writes (the
 * sitemap). Assets are not routes (/favicon.svg, /pagefind/, /_astro/), nor are data file names without a
 * leading slash; comments may name paths freely.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const HOME_OF_PATHS = 'src/site/urls.ts';

/** 'reports', 'calculator', 'glossary', 'rss.xml', 'robots.txt', '404', …: src/pages/ without index and extensions. */
const ROUTES = [
  ...readdirSync('src/pages')
    .filter((name) => !/^index\./.test(name))
    .map((name) => name.replace(/\.(astro|md|mdx|ts|js)$/, '')),
  'sitemap-index.xml',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const route = `(?:${ROUTES.map(escape).join('|')})`;
/** '/reports/…', "/data/", `/stations/${id}/`, and the regex form /^\/reports\/…/. */
const ROUTE_LITERAL = new RegExp(`['"\`]/${route}(?=[/'"\`?#]|$)|\\\\/${route}\\\\/`);
/** The home page: href="/", href: '/', action="/". */
const HOME_LITERAL = /\b(?:href|action)\s*[=:]\s*(['"`])\/\1/;

/** The lines of a file that name a page path, as "file:line: text"; comment lines are passed over. */
function pathLiterals(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const code = line
      .replace(/\{?\/\*.*?\*\/\}?/g, '') // /* … */ and JSX {/* … */} within the line
      .replace(/<!--.*?-->/g, '')
      .replace(/(^|\s)\/\/.*$/, ''); // a trailing // comment (not the // of http://)
    if (/^\s*(\*|\/\*|<!--)/.test(code)) return [];
    return ROUTE_LITERAL.test(code) || HOME_LITERAL.test(code) ? [`${file}:${i + 1}: ${line.trim()}`] : [];
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|astro|mjs|js)$/.test(f))
    .map((f) => join(dir, f));
}

describe('page paths live in src/site/urls.ts', () => {
  it('knows the routes from src/pages/', () => {
    expect(ROUTES).toEqual(expect.arrayContaining(['reports', 'stations', 'calculator', 'data', 'search', 'glossary', 'methodology', 'accessibility', 'rss.xml']));
  });

  it('catches a page path however it is typed, and passes over assets, file names and comments', () => {
    const caught = [
      '<a href="/reports/">评估报告</a>',
      "  { href: '/stations/', label: '找社工站' },",
      'const u = `/reports/${id}/`;',
      "new URL('/data/', site)",
      "const feed = '/rss.xml';",
      'const isReport = /^\\/reports\\/[^/]+\\/?$/.test(path);',
      '<a class="site-title" href="/">站名</a>',
      "  { href: '/', label: '首页' },",
      "<form action='/search/' method=\"get\">",
      'const q = `/search/?q=${query}`;',
    ];
    const passed = [
      '<link rel="icon" href="/favicon.svg" />',
      "export const SEARCH_BUNDLE = '/pagefind/';",
      "const file = 'reports.json';",
      'return `User-agent: *\\nAllow: /\\n`;',
      '/** Path for the canonical URL, e.g. "/reports/"; defaults to this page\'s path. */',
      ' * links (/glossary/#id) land on it.',
      "{/* the list at '/stations/' */}",
      "const x = 1; // like '/reports/'",
      "const sitemap = new URL(shellUrls.sitemapIndex, site ?? 'http://localhost/').href;",
      "entry.replaceAll('/', '-');",
      "import '../styles/reports.css';",
      "import { urls } from '../reports/listing.ts';",
      "const where = 'content/reports/';",
    ];
    for (const line of caught) expect(pathLiterals('x.ts', line), line).toHaveLength(1);
    for (const line of passed) expect(pathLiterals('x.ts', line), line).toEqual([]);
  });

  it('no file in src/ but urls.ts types a page path', () => {
    const files = sourceFiles('src').filter((f) => f !== HOME_OF_PATHS);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((f) => pathLiterals(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('urls.ts itself holds the paths the check looks for', () => {
    expect(pathLiterals(HOME_OF_PATHS, readFileSync(HOME_OF_PATHS, 'utf8')).length).toBeGreaterThan(10);
  });
});
