// Lighthouse: `npm run lighthouse` (builds first). Runs the Lighthouse npm package against Debian's Chromium
// in its default mobile emulation (Moto G-class phone, simulated slow 4G) on the home page, a report page,
// the station directory and the calculator, served from dist/ with gzip like a production host. Prints the
// four category scores per page and writes lighthouse/RESULTS.md and lighthouse/results.json.
// Target: 100 in every category on every page; exits 1 when one is below or a page is missing.
// Options: --runs N (default 3; the median performance run is kept, as Lighthouse advises).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { builtPages, matchesPattern } from '../../tests/gates/site.ts';
import { serveStatic } from '../../tests/harness/static-server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 3;

/** The pages issue 7 names, by URL pattern; the first built page matching each is audited. */
const TARGETS: { label: string; pattern: string }[] = [
  { label: 'home', pattern: '/' },
  { label: 'report page', pattern: '/reports/*/' },
  { label: 'station directory', pattern: '/stations/' },
  { label: 'calculator', pattern: '/calculator/' },
];

interface PageResult {
  label: string;
  path: string | null;
  scores: Partial<Record<Category, number>>;
  /** Audits that cost points, per category: "id (score)". */
  lost: Partial<Record<Category, string[]>>;
  runs: number;
}

type LhResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function lostPoints(lhr: LhResult, category: Category): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit): audit is NonNullable<typeof audit> => !!audit && audit.score !== null && audit.score < 1)
    .map((audit) => `${audit.id} (${Math.round((audit.score ?? 0) * 100)}${audit.displayValue ? `, ${audit.displayValue}` : ''})${itemsOf(audit)}`);
}

/** The first few offending items of an audit (console messages, URLs, elements), to say what to fix. */
function itemsOf(audit: { details?: unknown }): string {
  const details = audit.details as { items?: Record<string, unknown>[] } | undefined;
  const items = (details?.items ?? []).slice(0, 3).map((item) => {
    const node = item.node as { snippet?: string } | undefined;
    return [item.description, item.url, node?.snippet].filter((x) => typeof x === 'string' && x).join(' ');
  });
  return items.filter(Boolean).length ? `: ${items.filter(Boolean).join(' | ')}` : '';
}

const dist = resolve('dist');
const pages = builtPages(dist);
const { server, origin } = await serveStatic(dist, 0, { compress: true });
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });

const results: PageResult[] = [];
const LIGHTHOUSE_VERSION: string = JSON.parse(readFileSync(resolve('node_modules/lighthouse/package.json'), 'utf8')).version;
try {
  for (const target of TARGETS) {
    const page = pages.find((p) => matchesPattern(target.pattern, p.path));
    if (!page) {
      console.log(`${target.label}: no page matching ${target.pattern} in dist/`);
      results.push({ label: target.label, path: null, scores: {}, lost: {}, runs: 0 });
      continue;
    }
    const lhrs: LhResult[] = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await lighthouse(new URL(page.path, origin).href, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      lhrs.push(run.lhr);
    }
    // Keep the run with the median performance score; the other categories do not vary between runs.
    lhrs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const lhr = lhrs[Math.floor(lhrs.length / 2)]!;
    const scores: PageResult['scores'] = {};
    const lost: PageResult['lost'] = {};
    for (const c of CATEGORIES) {
      scores[c] = Math.round((lhr.categories[c]?.score ?? 0) * 100);
      const l = lostPoints(lhr, c);
      if (l.length) lost[c] = l;
    }
    results.push({ label: target.label, path: page.path, scores, lost, runs: RUNS });
    console.log(`${target.label} ${page.path}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`);
    for (const [c, l] of Object.entries(lost)) console.log(`  ${c} lost points on: ${l.join('; ')}`);
  }
} finally {
  chrome.kill();
  server.close();
}

const allHundred = results.every((r) => r.path && CATEGORIES.every((c) => r.scores[c] === 100));
const date = new Date().toISOString().slice(0, 10);
const title = (c: Category) => ({ performance: 'Performance', accessibility: 'Accessibility', 'best-practices': 'Best practices', seo: 'SEO' })[c];
const md = `# Lighthouse results

\`npm run lighthouse\` (scripts/lighthouse/run.ts): Lighthouse ${LIGHTHOUSE_VERSION} in its default mobile emulation
(simulated slow 4G, mid-range phone CPU) against Debian's Chromium, on the built site served with gzip.
${RUNS} run(s) per page; the run with the median performance score is kept. Target: 100 in every category.

Measured ${date}.

| page | URL | ${CATEGORIES.map(title).join(' | ')} |
| --- | --- | ${CATEGORIES.map(() => '---:').join(' | ')} |
${results.map((r) => `| ${r.label} | ${r.path ?? '(not built)'} | ${CATEGORIES.map((c) => r.scores[c] ?? '–').join(' | ')} |`).join('\n')}

${allHundred ? 'Every category is 100 on every page.' : 'Below 100:'}
${results
  .flatMap((r) => (r.path ? Object.entries(r.lost).map(([c, l]) => `- ${r.label}, ${c}: ${l.join('; ')}`) : [`- ${r.label}: page not built`]))
  .join('\n')}
`;
mkdirSync('lighthouse', { recursive: true });
writeFileSync(join('lighthouse', 'RESULTS.md'), md);
writeFileSync(join('lighthouse', 'results.json'), `${JSON.stringify({ date, runs: RUNS, results }, null, 2)}\n`);
console.log(`\nWrote lighthouse/RESULTS.md and lighthouse/results.json. ${allHundred ? 'All 100.' : 'Not all 100.'}`);
process.exit(allHundred ? 0 : 1);
