// The page cache of `npm run build` (.build-cache/pages/, src/site/kept-pages.ts): a rebuild leaves out of
// Astro's render every report page and per-report file whose inputs did not change; its copy from the previous
// build is put in dist/ here, once Astro has ended. After the build, what Astro did render is kept for the next one.
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cachedPage, KEPT_ROUTES, nextManifest, outputFile, readManifest, savedManifest, type PageManifest } from '../../src/site/kept-pages.ts';

/** The page cache inside the build cache. */
export const pageCacheDir = (cache: string) => join(cache, 'pages');

const distPage = (dist: string, url: string) => join(dist, outputFile(url));
/** This build's manifests (src/site/kept-pages.ts writes one for each route it was asked about). */
const manifests = (dir: string) => KEPT_ROUTES.flatMap((route) => (existsSync(nextManifest(dir, route)) ? [{ route, m: readManifest(nextManifest(dir, route))! }] : []));

/** Put every page and file this build kept into dist/; returns how many, by route. */
export function restoreKeptPages(dir: string, dist: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { route, m } of manifests(dir)) {
    for (const id of m.kept) cpSync(cachedPage(dir, m.pages[id]!.url), distPage(dist, m.pages[id]!.url));
    if (m.kept.length) counts.set(route, m.kept.length);
  }
  return counts;
}

/** After a successful build: keep the pages Astro rendered (final, after the postbuild) for the next build. */
export function saveRenderedPages(dir: string, dist: string): void {
  for (const { route, m } of manifests(dir)) {
    const kept = new Set(m.kept);
    for (const [id, { url }] of Object.entries(m.pages)) if (!kept.has(id)) cpSync(distPage(dist, url), cachedPage(dir, url));
    // Pages of items no longer there (a report removed or renamed) leave the cache.
    const before = readManifest(savedManifest(dir, route))?.pages ?? {};
    const urls = new Set(Object.values(m.pages).map((p) => p.url));
    for (const { url } of Object.values(before)) if (!urls.has(url)) rmSync(cachedPage(dir, url), { force: true });
    writeFileSync(savedManifest(dir, route), JSON.stringify({ pages: m.pages, kept: [] } satisfies PageManifest));
    rmSync(nextManifest(dir, route));
  }
}
