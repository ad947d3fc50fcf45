// The search index, built by `npm run build` after `astro build` (scripts/postbuild/run.ts calls
// buildSearchIndex).
//
// Pagefind holds every page it has read in memory until it writes the index (about 2 MB per report page of
// the fictional city, most of it Chinese word data), so one index of the whole archive grows with it: 2.2 GB
// at 1,000 reports. Here each page names its shard (`data-search-shard` on <main>, from src/search/shards.ts:
// a report's service year); the pages without one are the site's own index. Each shard is indexed through
// Pagefind's Node API and written as its own bundle, and its Pagefind process is ended before the next one
// starts, so the peak is that of the largest shards (at most two reports per station), not of the archive.
// /search/ merges the bundles at query time (Pagefind's mergeIndex); this script checks that it lists exactly
// the shards written here.
//
// Pagefind's Node API drives one Pagefind process per Node process, and that process keeps about one core
// busy. So the shards are shared out between LANES child processes of this script (`--lane`, shards on
// stdin), each indexing its shards one after another: two lanes halve the wall time on a 2-core machine
// and hold two shards' memory at most (results/bench.md).
//
// With a cache folder (scripts/build/cache.ts: `.build-cache/search/`), each shard is written there with the
// digest of the pages it indexed (their paths and bytes), then copied into dist/. A shard whose pages have the
// same digest as in the previous build is not indexed again: its bundle is copied from the cache. Pagefind's
// output depends only on the pages it reads (a cold build writes the same bytes), and the cache is emptied
// when Pagefind's version or any build setting or template changes.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLE, shardBundlePath } from '../../src/search/shards.ts';
import { passageRecords } from '../../src/search/passages.ts';

/** The site's own pages (home, stations, glossary …): the primary bundle, at /pagefind/. */
const SITE = '';
/** Pages handed to Pagefind at once: enough to keep it busy, few enough to keep this process small. */
const BATCH = 32;
/** Pagefind processes at once: one per core, at most two, so the memory stays that of two shards. */
const LANES = Math.max(1, Math.min(2, availableParallelism()));

interface Shard {
  name: string;
  files: string[];
  /** Where Pagefind writes the bundle: its place in dist/, or the shard's folder in the cache. */
  outputPath: string;
}

function fail(message: string): never {
  console.error(`搜索索引失败：${message}`);
  process.exit(1);
}

/**
 * A lane's Node process only reads pages and hands them on, but V8 sizes its heap for a big program: 145–149 MiB
 * each at N = 3,500, at the build's peak, when both lanes run. A small young generation and a heap limit far
 * above what it holds keep it at about 109 MiB (the search step's peak 1,907–1,915 → 1,842–1,854 MiB, same
 * dist/). If a lane ever needed more than the limit it would exit with an error, and the build fails naming it.
 */
const LANE_NODE_FLAGS = ['--max-semi-space-size=1', '--max-old-space-size=256'];

/** One lane: index each shard in turn, ending its Pagefind process before the next. */
async function indexShards(dist: string, shards: Shard[]): Promise<void> {
  for (const { name, files, outputPath } of shards) {
    const t = performance.now();
    const { index, errors } = await pagefind.createIndex();
    if (!index) fail(errors.join('\n'));
    for (let i = 0; i < files.length; i += BATCH) {
      const added = await Promise.all(
        files.slice(i, i + BATCH).map((file) => index.addHTMLFile({ sourcePath: file, content: readFileSync(join(dist, file), 'utf8') })),
      );
      for (const [k, r] of added.entries()) if (r.errors.length) fail(`${files[i + k]}: ${r.errors.join('; ')}`);
      // Each findings block of a report page is a record of its own, so search can filter by 段落 (passages.ts).
      const passages = files.slice(i, i + BATCH).flatMap((file) => passageRecords(readFileSync(join(dist, file), 'utf8'), file));
      for (const r of await Promise.all(passages.map((p) => index.addCustomRecord(p)))) if (r.errors.length) fail(r.errors.join('; '));
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) fail(written.errors.join('\n'));
    // End the Pagefind process: its memory goes with it, and the next shard starts from nothing.
    await pagefind.close();
    console.log(`  ${name || 'site'}: ${files.length} pages, ${Math.round(performance.now() - t)} ms → ${outputPath}`);
  }
}

/** Run one lane as a child process of this script; resolves when it has written its shards. */
function runLane(dist: string, shards: Shard[]): Promise<void> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [...LANE_NODE_FLAGS, import.meta.filename, '--lane', dist], { stdio: ['pipe', 'inherit', 'inherit'] });
    child.stdin.end(JSON.stringify(shards));
    child.on('close', (code) => (code === 0 ? done() : fail(`索引进程退出码 ${code}（${shards.map((s) => s.name || 'site').join('、')}）`)));
  });
}

/** What the index step did, for the build's log. */
export interface SearchStats {
  pages: number;
  bundles: number;
  /** Bundles copied from the cache, their pages unchanged. */
  reused: number;
  lanes: number;
  ms: number;
}

/** A shard's folder in the cache (the site's own bundle is `_site`). */
const cachedShard = (cache: string, name: string) => join(cache, name || '_site');

/**
 * Index every page of dist marked data-pagefind-body, one bundle per shard, LANES shards at a time, reusing
 * from `cache` (when given) the bundle of every shard whose pages did not change.
 * `onLaneEnd` is called as each lane ends (or is not needed), so the caller can give its core to other work.
 */
export async function buildSearchIndex(dist: string, cache: string | null, onLaneEnd: () => void = () => {}): Promise<SearchStats> {
  // Which pages go into which shard. Only pages marked data-pagefind-body are indexed (as Pagefind's CLI does
  // once one page has the mark); the shard is read from the same <main> tag. Each shard's digest covers the
  // paths and bytes of its pages, in order.
  const byName = new Map<string, string[]>([[SITE, []]]);
  const digests = new Map<string, ReturnType<typeof createHash>>();
  const files = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).sort();
  for (const file of files) {
    const html = readFileSync(join(dist, file), 'utf8');
    const main = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>/.exec(html)?.[0];
    if (!main) continue;
    const shard = /\bdata-search-shard="([a-z0-9-]+)"/.exec(main)?.[1] ?? SITE;
    if (!byName.has(shard)) byName.set(shard, []);
    byName.get(shard)!.push(file);
    if (!digests.has(shard)) digests.set(shard, createHash('sha256'));
    digests.get(shard)!.update(`${file}\0${html}\0`);
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
  const all = [...byName].map(([name, list]) => ({ name, files: list, digest: digests.get(name)?.digest('hex') ?? 'empty' }));
  // A shard's cached bundle is reused when the digest written beside it (after it was complete) is this one's.
  const reused = cache ? all.filter((s) => existsSync(join(cachedShard(cache, s.name), 'digest')) && readFileSync(join(cachedShard(cache, s.name), 'digest'), 'utf8') === s.digest) : [];
  for (const s of reused) cpSync(join(cachedShard(cache!, s.name), 'bundle'), inDist(s.name), { recursive: true });
  const toIndex = all.filter((s) => !reused.includes(s));
  if (cache) for (const s of toIndex) rmSync(cachedShard(cache, s.name), { recursive: true, force: true });

  // Largest shards first, each to the lane with the fewest pages so far: the lanes end at about the same time.
  const shards: Shard[] = toIndex
    .map(({ name, files: list }) => ({ name, files: list, outputPath: cache ? join(cachedShard(cache, name), 'bundle') : inDist(name) }))
    .sort((a, b) => b.files.length - a.files.length);
  const lanes: Shard[][] = Array.from({ length: Math.min(LANES, shards.length) }, () => []);
  const pagesIn = (lane: Shard[]) => lane.reduce((n, s) => n + s.files.length, 0);
  for (const shard of shards) lanes.reduce((a, b) => (pagesIn(b) < pagesIn(a) ? b : a)).push(shard);
  // A core no lane needs goes to the caller's other work at once.
  for (let i = lanes.length; i < LANES; i++) onLaneEnd();

  await Promise.all(
    lanes.map((lane) =>
      runLane(dist, lane).then(() => {
        if (cache) {
          for (const s of lane) {
            cpSync(s.outputPath, inDist(s.name), { recursive: true });
            writeFileSync(join(cachedShard(cache, s.name), 'digest'), all.find((a) => a.name === s.name)!.digest);
          }
        }
        onLaneEnd();
      }),
    ),
  );
  return {
    pages: all.reduce((n, s) => n + s.files.length, 0),
    bundles: all.length,
    reused: reused.length,
    lanes: lanes.length,
    ms: performance.now() - start,
  };
}

// A lane: this file run as a child process, its shards on stdin.
if (process.argv[2] === '--lane') {
  const dist = process.argv[3]!;
  await indexShards(dist, JSON.parse(readFileSync(0, 'utf8')) as Shard[]);
}
