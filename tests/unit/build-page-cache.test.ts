// The page cache of a rebuild (src/site/kept-pages.ts, scripts/build/pages.ts): which report pages a build leaves
// out of Astro's render, and how their cached pages come back into dist/. The whole rebuild, byte for byte
// against a cold build, is tests/scratch/reproducible.test.ts.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keptPageUrls, nextManifest, pagesToRender } from '../../src/site/kept-pages.ts';
import { restoreKeptPages, saveRenderedPages } from '../../scripts/build/pages.ts';

let root = '';
let cache = '';
let dist = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'page-cache-'));
  cache = join(root, 'pages');
  dist = join(root, 'dist');
  process.env.BUILD_PAGE_CACHE = cache;
});
afterEach(() => {
  delete process.env.BUILD_PAGE_CACHE;
  rmSync(root, { recursive: true, force: true });
});

interface Item {
  id: string;
  score: number;
}
const url = (item: Item) => `/reports/${item.id}/`;
const inputs = (item: Item) => ({ score: item.score });

/** A build: the items Astro renders, their pages written into dist/ as Astro would, then the build's steps. */
function build(items: Item[]): string[] {
  rmSync(dist, { recursive: true, force: true });
  const rendered = pagesToRender('reports', items, url, inputs);
  for (const item of rendered) {
    const file = join(dist, url(item), 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `<p>${item.id} ${item.score}</p>`);
  }
  restoreKeptPages(cache, dist);
  saveRenderedPages(cache, dist);
  return rendered.map((i) => i.id);
}
const page = (id: string) => readFileSync(join(dist, 'reports', id, 'index.html'), 'utf8');

describe('the page cache of a rebuild', () => {
  const city = [
    { id: 'xugou-a', score: 91 },
    { id: 'xugou-b', score: 82 },
    { id: 'xugou-c', score: 75 },
  ];

  it('renders every page the first time, then only the pages whose inputs changed or are new', () => {
    expect(build(city)).toEqual(['xugou-a', 'xugou-b', 'xugou-c']);
    const next = [{ id: 'xugou-a', score: 91 }, { id: 'xugou-b', score: 83 }, { id: 'xugou-c', score: 75 }, { id: 'xugou-d', score: 60 }];
    expect(build(next)).toEqual(['xugou-b', 'xugou-d']);
    // Kept pages are in dist/ as the last build left them; changed ones as rendered now.
    expect(page('xugou-a')).toBe('<p>xugou-a 91</p>');
    expect(page('xugou-b')).toBe('<p>xugou-b 83</p>');
    expect(page('xugou-d')).toBe('<p>xugou-d 60</p>');
  });

  it('names the kept pages for the sitemap, and forgets pages of items that are gone', () => {
    build(city);
    pagesToRender('reports', city.slice(0, 2), url, inputs);
    expect(keptPageUrls()).toEqual(['/reports/xugou-a/', '/reports/xugou-b/']);
    restoreKeptPages(cache, dist);
    saveRenderedPages(cache, dist);
    expect(existsSync(join(cache, 'files', 'reports', 'xugou-c', 'index.html'))).toBe(false);
    expect(existsSync(nextManifest(cache, 'reports'))).toBe(false);
    // A removed item that comes back is rendered, not taken from a cache that no longer has it.
    expect(build(city)).toEqual(['xugou-c']);
  });

  it('renders a page again when its cached file is missing or the manifest is unreadable', () => {
    build(city);
    rmSync(join(cache, 'files', 'reports', 'xugou-b'), { recursive: true });
    expect(build(city)).toEqual(['xugou-b']);
    writeFileSync(join(cache, 'reports.json'), '{ not json');
    expect(build(city)).toEqual(['xugou-a', 'xugou-b', 'xugou-c']);
  });

  it('keeps files as well as pages, and names only the pages for the sitemap', () => {
    const json = (item: Item) => `/data/reports/${item.id}.json`;
    const write = (items: Item[]) => {
      const rendered = pagesToRender('report-json', items, json, inputs);
      for (const item of rendered) {
        mkdirSync(join(dist, 'data', 'reports'), { recursive: true });
        writeFileSync(join(dist, json(item)), JSON.stringify(item));
      }
      return rendered.map((i) => i.id);
    };
    expect(write(city)).toEqual(['xugou-a', 'xugou-b', 'xugou-c']);
    expect(restoreKeptPages(cache, dist)).toEqual(new Map());
    saveRenderedPages(cache, dist);
    rmSync(dist, { recursive: true });
    expect(write(city)).toEqual([]);
    expect(keptPageUrls()).toEqual([]);
    expect(restoreKeptPages(cache, dist)).toEqual(new Map([['report-json', 3]]));
    expect(readFileSync(join(dist, 'data', 'reports', 'xugou-b.json'), 'utf8')).toBe(JSON.stringify(city[1]));
  });

  it('renders everything, and writes nothing, without a page cache (astro dev, astro build alone)', () => {
    delete process.env.BUILD_PAGE_CACHE;
    expect(pagesToRender('reports', city, url, inputs).map((i) => i.id)).toEqual(['xugou-a', 'xugou-b', 'xugou-c']);
    expect(existsSync(cache)).toBe(false);
    expect(keptPageUrls()).toEqual([]);
  });
});
