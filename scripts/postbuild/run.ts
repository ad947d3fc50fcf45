// After `astro build` (scripts/build/run.ts calls postbuild; `node scripts/postbuild/run.ts [dist]` runs it alone,
// without a cache): the islands' ids made independent of the project's folder (island-ids.ts), the service
// worker (scripts/offline/; after the ids, since it precaches pages by their bytes, and before compression, so
// it is compressed too; it precaches none of the search index's files, so it need not wait for them), then the
// search index (scripts/search/index.ts) and the precompressed copies (scripts/precompress/), sharing the cores.
//
// The pages are final once `astro build` has written them, so they can be compressed while Pagefind indexes
// them; only the index's own files must wait for it. The search lanes keep every core busy until the first of
// them ends; the shards (one per round: service year and stage) are few, so the lanes end seconds apart, and each core a lane
// leaves goes to compression. Starting compression alongside the lanes instead gained nothing, since the
// cores were already busy (docs/explanation/performance.md), and would add its memory to the search's peak.
//
// With a cache folder (scripts/build/cache.ts), a search shard whose pages did not change and a file whose
// bytes did not change are copied from the previous build's output instead of being made again.
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { CompressionPool, textFiles } from '../precompress/precompress.ts';
import { buildSearchIndex } from '../search/index.ts';
import { writeServiceWorker } from '../offline/write.ts';
import { SEARCH_BUNDLE } from '../../src/search/shards.ts';
import { stabiliseIslandIds } from './island-ids.ts';

export async function postbuild(dist: string, cache: string | null): Promise<void> {
  const islands = stabiliseIslandIds(dist);
  console.log(`Island ids: ${islands} pages made independent of the project's folder`);

  const searchFolder = SEARCH_BUNDLE.replaceAll('/', '');
  const pool = new CompressionPool(cache ? join(cache, 'precompress') : null);
  const sw = await writeServiceWorker(dist);
  console.log(`Service worker: ${sw.count} files precached, ${(sw.bytes / 1024).toFixed(0)} KB`);

  // The file list is made when the first lane ends, not before: while both lanes run, this process holds nothing
  // more than the search step needs, so the build's peak (two lanes at once) stays where it was.
  let freeCores = 0;
  const search = await buildSearchIndex(dist, cache ? join(cache, 'search') : null, () => {
    if (freeCores++ === 0) pool.add(textFiles(dist, [searchFolder]));
    pool.grow(freeCores);
  });
  console.log(
    `Search index: ${search.pages} pages in ${search.bundles} bundles (${search.reused} reused from the cache), ${search.lanes} at a time, ${(search.ms / 1000).toFixed(1)} s`,
  );

  const indexed = performance.now();
  pool.add(textFiles(join(dist, searchFolder)));
  pool.grow(availableParallelism());
  const s = await pool.finish();
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
  console.log(
    `precompress: ${s.files} files (${s.reused} reused from the cache), ${mb(s.bytes)} → gzip ${mb(s.gzipBytes)}, brotli ${mb(s.brotliBytes)} (.gz and .br beside each), done ${((performance.now() - indexed) / 1000).toFixed(2)} s after the index`,
  );
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) await postbuild(resolve(process.argv[2] ?? 'dist'), null);
