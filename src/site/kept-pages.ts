/**
 * Rebuilds that render only the report pages (and per-report files) whose inputs changed (issue 27). Astro renders
 * every path a route's getStaticPaths returns, and on a rebuild after one added report nearly every report page
 * would come out as it was. So a route passes its items with, for each, everything its page reads (its inputs),
 * and the address of what it writes (a page, /reports/<id>/, or a file, /data/reports/<id>.json); when the build runs
 * with a page cache (BUILD_PAGE_CACHE, set by scripts/build/run.ts, whose cache is emptied whenever a template,
 * setting or package changes) and an item's inputs are those its cached page was rendered from, the item is left
 * out, and scripts/build/pages.ts puts the cached page in its place once Astro has ended. Without the variable
 * (astro dev, astro build alone) every item is rendered.
 *
 * A page kept this way must be byte for byte what rendering it would give: tests/scratch/reproducible.test.ts
 * adds a report, rebuilds, and compares dist/ with a cold build's.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One route's page cache manifest: each item's address and the hash of the inputs it was rendered from. */
export interface PageManifest {
  pages: Record<string, { url: string; inputs: string }>;
  /** Items left out of this build: their cached page goes into dist/. */
  kept: string[];
}

/** Where the page cache is, when the build uses one. */
const cacheDir = (): string | undefined => process.env.BUILD_PAGE_CACHE || undefined;

/** This build's manifest of a route, written by pagesToRender, read by the build after Astro. */
export const nextManifest = (dir: string, route: string) => join(dir, `${route}.next.json`);
/** The manifest of the pages in the cache (the last successful build's). */
export const savedManifest = (dir: string, route: string) => join(dir, `${route}.json`);
/** The file an address is written to under dist/: a page's …/index.html, or the file itself. */
export const outputFile = (url: string) => (url.endsWith('/') ? `${url}index.html` : url);
/** A cached page or file: its output file under files/. */
export const cachedPage = (dir: string, url: string) => join(dir, 'files', outputFile(url));

/** A manifest, or null when there is none or it cannot be read (then every page is rendered). */
export function readManifest(file: string): PageManifest | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PageManifest;
  } catch {
    return null; // none yet (a cold build), or unreadable: then every page is rendered
  }
}

/**
 * The items of `route` whose page must be rendered: those whose inputs (`inputs(item)`, a value JSON can write
 * holding everything the page reads) differ from the cached page's, or that have no cached page.
 */
export function pagesToRender<T extends { id: string }>(route: KeptRoute, items: readonly T[], url: (item: T) => string, inputs: (item: T) => unknown): T[] {
  const dir = cacheDir();
  if (!dir) return [...items];
  const saved = readManifest(savedManifest(dir, route))?.pages ?? {};
  const next: PageManifest = { pages: {}, kept: [] };
  const render = items.filter((item) => {
    const page = { url: url(item), inputs: createHash('sha256').update(JSON.stringify(inputs(item))).digest('hex') };
    next.pages[item.id] = page;
    const keep = saved[item.id]?.inputs === page.inputs && saved[item.id]?.url === page.url && existsSync(cachedPage(dir, page.url));
    if (keep) next.kept.push(item.id);
    return !keep;
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(nextManifest(dir, route), JSON.stringify(next));
  return render;
}

/** The routes that keep pages or files (each calls pagesToRender under this name). */
export const KEPT_ROUTES = ['reports', 'report-json', 'report-csv', 'calculator-prefill'] as const;
export type KeptRoute = (typeof KEPT_ROUTES)[number];

/**
 * The addresses of the pages this build kept from the cache, for the sitemap, which lists the pages Astro rendered
 * (pages only: the data files are not in it).
 */
export function keptPageUrls(): string[] {
  const dir = cacheDir();
  if (!dir) return [];
  return KEPT_ROUTES.flatMap((route) => {
    const m = readManifest(nextManifest(dir, route));
    return m ? m.kept.map((id) => m.pages[id]!.url).filter((url) => url.endsWith('/')) : [];
  });
}
