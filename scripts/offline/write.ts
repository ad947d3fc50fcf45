// The service worker, written into a built site (the postbuild step calls it before compressing, so sw.js is
// compressed too). Workbox's injectManifest lists what to precache from dist/ itself, each file with a hash of
// its content as revision; scripts/offline/service-worker.js is the worker it fills in.
//
// Precached (available offline from the first visit): the home page, the calculator and the report list it
// starts from, the directory with its district pages and its search index, the offline page, the manifest and
// icons, and every hashed script and stylesheet (/_astro/, the shell of every page). Everything else is kept
// as it is read.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { injectManifest, type ManifestTransform } from 'workbox-build';
import { APP_ICONS } from '../../src/site/app.ts';
import { SEARCH_BUNDLE } from '../../src/search/shards.ts';
import { indexUrls, shellUrls, urls } from '../../src/site/urls.ts';

const ASSETS = '/_astro/';

/** A page's path as the file dist/ holds it: / → index.html, /calculator/ → calculator/index.html. */
const pageFile = (path: string) => `${path.slice(1)}index.html`;
const file = (path: string) => path.slice(1);

/** The glob patterns of what is precached, from the site's own paths (src/site/urls.ts). */
export function precachePatterns(): string[] {
  const district = indexUrls.stationsDistrict('*');
  return [
    pageFile(urls.home),
    pageFile(urls.calculator()),
    file(urls.calculatorReports),
    pageFile(urls.stations),
    pageFile(district),
    file(indexUrls.stationsSearchIndex),
    pageFile(shellUrls.offline),
    file(shellUrls.manifest),
    ...APP_ICONS.any.map((i) => file(i.src)),
    file(APP_ICONS.maskable.src),
    `${file(ASSETS)}**/*.{js,css}`,
  ];
}

/** dist/ file names → the URLs the site is read at: calculator/index.html → /calculator/. */
const toUrls: ManifestTransform = (entries) => ({ manifest: entries.map((e) => ({ ...e, url: `/${e.url.replace(/(^|\/)index\.html$/, '$1')}` })) });

export async function writeServiceWorker(dist: string): Promise<{ count: number; bytes: number }> {
  const tmp = mkdtempSync(join(tmpdir(), 'sw-'));
  try {
    const src = join(tmp, 'service-worker.js');
    const template = readFileSync(new URL('./service-worker.js', import.meta.url), 'utf8')
      .replace('OFFLINE_PAGE_PATH', JSON.stringify(shellUrls.offline))
      .replace('SEARCH_FILES_PATH', JSON.stringify(SEARCH_BUNDLE))
      .replace('ASSETS_PATH', JSON.stringify(ASSETS));
    writeFileSync(src, template);
    const result = await injectManifest({
      swSrc: src,
      swDest: join(dist, file(shellUrls.serviceWorker)),
      globDirectory: dist,
      globPatterns: precachePatterns(),
      // The hashed names are their own revision.
      dontCacheBustURLsMatching: /^_astro\//,
      manifestTransforms: [toUrls],
      // A precache is downloaded on a phone's first visit: a file this big is a mistake, not something to keep.
      maximumFileSizeToCacheInBytes: 512 * 1024,
    });
    for (const w of result.warnings) console.warn(`service worker: ${w}`);
    return { count: result.count, bytes: result.size };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
