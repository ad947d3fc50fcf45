// `npm run build [-- --cold]`: `astro build`, then the postbuild (stable island ids, the search index, the
// precompressed copies), reusing what the previous build left in the cache (scripts/build/cache.ts) for every
// page, shard and file whose input did not change. The result is byte for byte that of a cold build
// (tests/scratch/reproducible.test.ts). `--cold` (or BUILD_COLD=1) empties the cache first.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildKey, cacheDir, packageJson, contentDependencies, dropCache, markCache, prepareCache, prepareContentCache } from './cache.ts';
import { postbuild } from '../postbuild/run.ts';
import { pageCacheDir, restoreKeptPages, saveRenderedPages } from './pages.ts';

const root = process.cwd();
const cold = process.argv.includes('--cold') || process.env.BUILD_COLD === '1';
const cache = cacheDir(root);
const key = buildKey(root);
const warm = prepareCache(cache, key, cold);
prepareContentCache(cache, contentDependencies(root));
console.log(warm ? `构建缓存：沿用 ${cache}` : `构建缓存：冷构建（${cold ? '--cold' : '无缓存或构建设置已变'}），${cache}`);

// Astro, with the memory settings of issue 13 (docs/explanation/performance.md): mimalloc returns freed pages at
// once, and V8's heap grows in small steps with a small young generation.
const astroPackage = packageJson(root, 'astro');
const astroBin = resolve(dirname(astroPackage), (JSON.parse(readFileSync(astroPackage, 'utf8')) as { bin: { astro: string } }).bin.astro);
const dist = join(root, 'dist');
const pages = pageCacheDir(cache);
const code = await new Promise<number | null>((done) => {
  const child = spawn(process.execPath, ['--heap-growing-percent=50', '--max-semi-space-size=8', astroBin, 'build'], {
    stdio: 'inherit',
    // BUILD_PAGE_CACHE: report pages whose inputs did not change are not rendered again (src/site/kept-pages.ts).
    env: { ...process.env, MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0', BUILD_PAGE_CACHE: pages },
  });
  child.on('close', done);
});
if (code !== 0) {
  // The content layer may have stored entries whose checks failed; unchanged, they would be skipped next time.
  dropCache(cache);
  process.exit(code ?? 1);
}

const kept = restoreKeptPages(pages, dist);
if (kept.size) console.log(`页面缓存：输入未变，沿用上次构建的 ${[...kept].map(([route, n]) => `${route} ${n}`).join('、')}`);
await postbuild(dist, cache);
saveRenderedPages(pages, dist);
markCache(cache, key);
