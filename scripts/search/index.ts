// The search index: `node scripts/search/index.ts [dist]`, run by `npm run build` after `astro build`.
//
// Pagefind holds every page it has read in memory until it writes the index (about 2 MB per report page of
// the fictional city, most of it Chinese word data), so one index of the whole archive grows with it: 2.2 GB
// at 1,000 reports. Here each page names its shard (`data-search-shard` on <main>, from src/search/shards.ts:
// a report's service year); the pages without one are the site's own index. Each shard is indexed through
// Pagefind's Node API and written as its own bundle, and its Pagefind process is ended before the next one
// starts, so the peak is that of the largest shard (at most two reports per station), not of the archive.
// /search/ merges the bundles at query time (Pagefind's mergeIndex); this script checks that it lists exactly
// the shards written here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLE, shardBundlePath } from '../../src/search/shards.ts';

const dist = resolve(process.argv[2] ?? 'dist');
/** The site's own pages (home, stations, glossary …): the primary bundle, at /pagefind/. */
const SITE = '';
/** Pages handed to Pagefind at once: enough to keep it busy, few enough to keep this process small. */
const BATCH = 32;

function fail(message: string): never {
  console.error(`搜索索引失败：${message}`);
  process.exit(1);
}

// Which pages go into which shard. Only pages marked data-pagefind-body are indexed (as Pagefind's CLI does
// once one page has the mark); the shard is read from the same <main> tag.
const shards = new Map<string, string[]>([[SITE, []]]);
const files = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).sort();
for (const file of files) {
  const html = readFileSync(join(dist, file), 'utf8');
  const main = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>/.exec(html)?.[0];
  if (!main) continue;
  const shard = /\bdata-search-shard="([a-z0-9-]+)"/.exec(main)?.[1] ?? SITE;
  if (!shards.has(shard)) shards.set(shard, []);
  shards.get(shard)!.push(file);
}

// /search/ must merge exactly these shards, or a year's reports would silently be missing from search.
const searchPage = readFileSync(join(dist, 'search', 'index.html'), 'utf8');
const listed = (/data-merge-index="([^"]*)"/.exec(searchPage)?.[1] ?? '').split(' ').filter(Boolean).sort();
const built = [...shards.keys()].filter((s) => s !== SITE).map(shardBundlePath).sort();
if (listed.join(' ') !== built.join(' ')) {
  fail(`/search/ 合并的索引（${listed.join(' ') || '无'}）与页面所属的索引（${built.join(' ') || '无'}）不一致`);
}

const start = performance.now();
let pages = 0;
for (const [shard, list] of shards) {
  const t = performance.now();
  const { index, errors } = await pagefind.createIndex();
  if (!index) fail(errors.join('\n'));
  for (let i = 0; i < list.length; i += BATCH) {
    const added = await Promise.all(
      list.slice(i, i + BATCH).map((file) => index.addHTMLFile({ sourcePath: file, content: readFileSync(join(dist, file), 'utf8') })),
    );
    for (const [k, r] of added.entries()) if (r.errors.length) fail(`${list[i + k]}: ${r.errors.join('; ')}`);
  }
  const outputPath = join(dist, SEARCH_BUNDLE, shard);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) fail(written.errors.join('\n'));
  // End the Pagefind process: its memory goes with it, and the next shard starts from nothing.
  await pagefind.close();
  pages += list.length;
  console.log(`  ${shard || 'site'}: ${list.length} pages, ${Math.round(performance.now() - t)} ms → ${outputPath}`);
}
console.log(`Search index: ${pages} pages in ${shards.size} bundles, ${((performance.now() - start) / 1000).toFixed(1)} s`);
