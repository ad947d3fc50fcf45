// The search index, built by `npm run build` (scripts/postbuild/run.ts calls buildSearchIndex after `astro build`).
//
// Pagefind holds every page it has read in memory until it writes the index (about 2 MB per report page of
// the fictional city, most of it Chinese word data), so one index of the whole archive grows with it: 2.2 GB
// at 1,000 reports. Here each page names its shard (`data-search-shard` on <main>, from src/search/shards.ts:
// a report's round, its service year and stage); the pages without one are the site's own index. Each shard is
// written as its own bundle by the search lanes (scripts/search/lanes.ts: two at a time on this 2-core machine,
// each shard in a Pagefind process of its own), so the peak is that of two shards, not of the archive.
// /search/ merges the bundles at query time (Pagefind's mergeIndex); this script checks that it lists exactly
// the shards written here.
//
// With a cache folder (scripts/build/cache.ts: `.build-cache/search/`), each shard is written there with the
// digest of the pages it indexed (their paths and bytes), then copied into dist/. A shard whose pages have the
// same digest as in the previous build is not indexed again: its bundle is copied from the cache. Pagefind's
// output depends only on the pages it reads (a cold build writes the same bytes), and the cache is emptied
// when Pagefind's version or any build setting or template changes.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { SEARCH_BUNDLE, shardBundlePath } from '../../src/search/shards.ts';
import { fail, LanePool } from './lanes.ts';

/** Pagefind processes at once: one per core, at most two, so the memory stays that of two shards. */
const LANES = Math.max(1, Math.min(2, availableParallelism()));

/** The site's own pages (home, stations, glossary …): the primary bundle, at /pagefind/. */
const SITE = '';

/**
 * The page's shard, read from its <main>: only pages marked data-pagefind-body are indexed (as Pagefind's CLI
 * does once one page has the mark), and one without data-search-shard belongs to the site's own bundle.
 * null: not indexed.
 */
function pageShard(html: string): string | null {
  const main = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>/.exec(html)?.[0];
  if (!main) return null;
  return /\bdata-search-shard="([a-z0-9-]+)"/.exec(main)?.[1] ?? SITE;
}

/** A page's bytes, hashed: what a shard's digest is made of. */
const pageHash = (html: string): string => createHash('sha256').update(html).digest('hex');

/** ShardPages: a shard's pages, path under dist/ → pageHash. */
type ShardPages = Map<string, string>;

/** The digest of a shard: its pages' paths and hashes, in path order. */
function shardDigest(pages: ShardPages): string {
  const hash = createHash('sha256');
  for (const file of [...pages.keys()].sort()) hash.update(`${file}\0${pages.get(file)}\0`);
  return hash.digest('hex');
}

/** A shard's folder in the cache (the site's own bundle is `_site`). */
const cachedShard = (cache: string, name: string) => join(cache, name || '_site');

/** The bundle cached for `name` may be reused: it was written for pages with this digest. */
function cachedDigestIs(cache: string | null, name: string, digest: string): boolean {
  if (cache === null) return false;
  const file = join(cachedShard(cache, name), 'digest');
  return existsSync(file) && readFileSync(file, 'utf8') === digest;
}

/** Where a lane writes a shard: in the cache when there is one (then copied into dist/), else in dist/. */
const shardOutput = (dist: string, cache: string | null, name: string) =>
  cache ? join(cachedShard(cache, name), 'bundle') : join(dist, SEARCH_BUNDLE, name);

/** What the index step did, for the build's log. */
export interface SearchStats {
  pages: number;
  bundles: number;
  /** Bundles copied from the cache, their pages unchanged. */
  reused: number;
  lanes: number;
  ms: number;
}

/**
 * Index every page of dist marked data-pagefind-body, one bundle per shard, LANES shards at a time, reusing
 * from `cache` (when given) the bundle of every shard whose pages did not change.
 * `onLaneEnd` is called as each lane finds nothing left to index (or is not needed), so the caller can give its
 * core to other work.
 */
export async function buildSearchIndex(dist: string, cache: string | null, onLaneEnd: () => void = () => {}): Promise<SearchStats> {
  const byName = new Map<string, ShardPages>([[SITE, new Map()]]);
  const files = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).sort();
  for (const file of files) {
    const html = readFileSync(join(dist, file), 'utf8');
    const shard = pageShard(html);
    if (shard === null) continue;
    if (!byName.has(shard)) byName.set(shard, new Map());
    byName.get(shard)!.set(file, pageHash(html));
  }

  // /search/ must merge exactly these shards, or a year's reports would silently be missing from search.
  const searchPage = readFileSync(join(dist, 'search', 'index.html'), 'utf8');
  const listed = (/data-merge-index="([^"]*)"/.exec(searchPage)?.[1] ?? '').split(' ').filter(Boolean).sort();
  const built = [...byName.keys()].filter((s) => s !== SITE).map(shardBundlePath).sort();
  if (listed.join(' ') !== built.join(' ')) {
    fail(`/search/ 合并的索引（${listed.join(' ') || '无'}）与页面所属的索引（${built.join(' ') || '无'}）不一致`);
  }

  const start = performance.now();
  const inDist = (name: string) => join(dist, SEARCH_BUNDLE, name);
  const all = [...byName].map(([name, pages]) => ({ name, files: [...pages.keys()], digest: shardDigest(pages) }));
  // A shard's cached bundle is reused when the digest written beside it (after it was complete) is this one's.
  const reused = all.filter((s) => cachedDigestIs(cache, s.name, s.digest));
  for (const s of reused) cpSync(join(cachedShard(cache!, s.name), 'bundle'), inDist(s.name), { recursive: true });
  // Largest first: the lanes then end at about the same time.
  const toIndex = all.filter((s) => !reused.includes(s)).sort((a, b) => b.files.length - a.files.length);

  // A core no lane will need goes to the caller's other work at once; each other as its lane finds the queue empty.
  const pool = new LanePool(dist, LANES);
  for (let i = Math.min(LANES, toIndex.length); i < LANES; i++) onLaneEnd();
  pool.onLaneIdle = onLaneEnd;
  await Promise.all(
    toIndex.map(async (s) => {
      if (cache) rmSync(cachedShard(cache, s.name), { recursive: true, force: true });
      await pool.index({ name: s.name, files: s.files, outputPath: shardOutput(dist, cache, s.name) });
      if (!cache) return;
      cpSync(shardOutput(dist, cache, s.name), inDist(s.name), { recursive: true });
      writeFileSync(join(cachedShard(cache, s.name), 'digest'), s.digest);
    }),
  );
  pool.close();
  return {
    pages: all.reduce((n, s) => n + s.files.length, 0),
    bundles: all.length,
    reused: reused.length,
    lanes: LANES,
    ms: performance.now() - start,
  };
}
