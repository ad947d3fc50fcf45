// Which shard a built page belongs to, and the digest that says whether a shard's pages changed. Shared by the
// search step (scripts/search/index.ts) and the early indexing during `astro build` (scripts/search/early.ts), so
// both decide the same way.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEARCH_BUNDLE } from '../../src/search/shards.ts';

/** The site's own pages (home, stations, glossary …): the primary bundle, at /pagefind/. */
export const SITE = '';

/**
 * The page's shard, read from its <main>: only pages marked data-pagefind-body are indexed (as Pagefind's CLI
 * does once one page has the mark), and one without data-search-shard belongs to the site's own bundle.
 * null: not indexed.
 */
export function pageShard(html: string): string | null {
  const main = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>/.exec(html)?.[0];
  if (!main) return null;
  return /\bdata-search-shard="([a-z0-9-]+)"/.exec(main)?.[1] ?? SITE;
}

/** A page's bytes, hashed: what a shard's digest is made of. */
export const pageHash = (html: string): string => createHash('sha256').update(html).digest('hex');

/** ShardPages: a shard's pages, path under dist/ → pageHash. */
export type ShardPages = Map<string, string>;

/** The digest of a shard: its pages' paths and hashes, in path order. */
export function shardDigest(pages: ShardPages): string {
  const hash = createHash('sha256');
  for (const file of [...pages.keys()].sort()) hash.update(`${file}\0${pages.get(file)}\0`);
  return hash.digest('hex');
}

/** A shard's folder in the cache (the site's own bundle is `_site`). */
export const cachedShard = (cache: string, name: string) => join(cache, name || '_site');

/** The bundle cached for `name` may be reused: it was written for pages with this digest. */
export function cachedDigestIs(cache: string | null, name: string, digest: string): boolean {
  const file = join(cachedShard(cache ?? '', name), 'digest');
  return cache !== null && existsSync(file) && readFileSync(file, 'utf8') === digest;
}

/** Where a lane writes a shard: in the cache when there is one (then copied into dist/), else in dist/. */
export const shardOutput = (dist: string, cache: string | null, name: string) =>
  cache ? join(cachedShard(cache, name), 'bundle') : join(dist, SEARCH_BUNDLE, name);
