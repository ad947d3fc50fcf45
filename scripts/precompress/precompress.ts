// Precompressed copies of the built site's text files: `x.html.gz` and `x.html.br` beside `x.html`, so a host
// sends them as they are (nginx gzip_static / brotli_static, object storage with Content-Encoding) instead of
// compressing every response on the fly, or not at all. Node's own zlib: the work is done once per build, and
// every reader's download is smaller for it.
//
// The work runs in worker threads (scripts/precompress/worker.ts), each compressing one file after another
// with zlib's synchronous calls. That keeps each thread on one file and each core busy: the same work through
// zlib's asynchronous calls on libuv's thread pool, where the reads and writes queue behind the compression,
// took 10–17 s on a city's dist/ against 6 s here (docs/explanation/performance.md).
//
// With a cache folder (scripts/build/cache.ts: `.build-cache/precompress/`), each file's two copies are also
// kept there under the hash of its bytes and its brotli quality; a file whose bytes are unchanged since the
// previous build gets its copies from there. Entries no file used in this build are removed at the end.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { threadId, Worker } from 'node:worker_threads';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The text types of the site: pages, scripts, styles, open data, feeds and sitemaps, the icon. */
export const COMPRESSED_EXTENSIONS = ['.html', '.js', '.css', '.json', '.csv', '.xml', '.svg'] as const;
/** The suffixes precompressed copies carry; anything walking dist/ for content skips them. */
export const PRECOMPRESSED = /\.(gz|br)$/;

export interface PrecompressStats {
  files: number;
  /** Files whose copies came from the cache. */
  reused: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

/** Every text file under dir to compress, skipping the folders named in `skip` (relative to dir). */
export function textFiles(dir: string, skip: string[] = []): string[] {
  const skipped = new Set(skip.map((s) => s.replace(/\/+$/, '')));
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((rel) => !skipped.has(rel.split('/')[0]!) && COMPRESSED_EXTENSIONS.some((ext) => rel.endsWith(ext)))
    .map((rel) => join(dir, rel))
    .filter((file) => statSync(file).isFile());
}

/**
 * Brotli's quality. 11 costs about 2 s of CPU per MB of text, 6 about 0.05 s for 10 % larger files (still
 * about 8 % smaller than gzip -9; measured on today's dist: 1.69 MB → br11 384 KB in 2.75 s, br6 422 KB in
 * 0.09 s, gzip -9 459 KB in 0.06 s). A city's archive is ~120 MB of pages and data, which at 11 would take
 * minutes per build; the few shared hashed assets every reader loads (/_astro/) get 11.
 */
export const BROTLI_QUALITY = 6;
export const BROTLI_QUALITY_SHARED_ASSETS = constants.BROTLI_MAX_QUALITY;
const SHARED_ASSETS = /[\\/]_astro[\\/]/;

export interface Compressed {
  bytes: number;
  gz: number;
  br: number;
  /** The cache entry's name (null without a cache), and whether it was there already. */
  entry: string | null;
  reused: boolean;
}

/** gzip level 9 and brotli (text mode, told the size), written beside the file; from `cache` when it has them. */
export function compressFile(file: string, cache: string | null = null): Compressed {
  const data = readFileSync(file);
  const quality = SHARED_ASSETS.test(file) ? BROTLI_QUALITY_SHARED_ASSETS : BROTLI_QUALITY;
  const entry = cache ? createHash('sha256').update(`br${quality}\0`).update(data).digest('hex') : null;
  const cached = cache && entry ? join(cache, entry.slice(0, 2), entry) : null;
  if (cached && existsSync(`${cached}.gz`) && existsSync(`${cached}.br`)) {
    // Copied, not linked: a later write to the file in dist/ must never reach the cache.
    copyFileSync(`${cached}.gz`, `${file}.gz`);
    copyFileSync(`${cached}.br`, `${file}.br`);
    return { bytes: data.length, gz: statSync(`${cached}.gz`).size, br: statSync(`${cached}.br`).size, entry, reused: true };
  }
  const gz = gzipSync(data, { level: constants.Z_BEST_COMPRESSION });
  const br = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  writeFileSync(`${file}.gz`, gz);
  writeFileSync(`${file}.br`, br);
  if (cached) {
    // Written under a temporary name, then renamed: a build stopped part-way leaves no half-written entry.
    mkdirSync(join(cache!, entry!.slice(0, 2)), { recursive: true });
    for (const [ext, bytes] of [['.gz', gz], ['.br', br]] as const) {
      writeFileSync(`${cached}${ext}.${process.pid}-${threadId}.tmp`, bytes);
      renameSync(`${cached}${ext}.${process.pid}-${threadId}.tmp`, `${cached}${ext}`);
    }
  }
  return { bytes: data.length, gz: gz.length, br: br.length, entry, reused: false };
}

/** Remove every cache entry not in `used` (the entries of files that are no longer in the site). */
export function pruneCache(cache: string, used: Set<string>): void {
  if (!existsSync(cache)) return;
  for (const rel of readdirSync(cache, { recursive: true }) as string[]) {
    const name = rel.split('/').at(-1)!;
    if (!/\.(gz|br)$/.test(name)) continue;
    if (!used.has(name.slice(0, -3))) rmSync(join(cache, rel), { force: true });
  }
}

/** Files handed to a worker at once: few enough that the threads end together, enough to keep messages rare. */
const BATCH = 16;

/**
 * Worker threads compressing the files added to it. It can start with fewer threads than cores and grow
 * (the build starts compressing on a core its search lanes no longer use), and takes more files until
 * finish() is called.
 */
export class CompressionPool {
  private readonly queue: string[] = [];
  private readonly idle: Worker[] = [];
  private readonly workers: Worker[] = [];
  private readonly stats: PrecompressStats = { files: 0, reused: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  private readonly used = new Set<string>();

  private readonly cache: string | null;

  /** `cache`: the folder of cached copies (scripts/build/cache.ts), or null to compress every file. */
  constructor(cache: string | null = null) {
    this.cache = cache;
  }
  private failure: Error | null = null;
  private settle: (() => void) | null = null;
  private ending = false;

  add(files: string[]): void {
    for (const file of files) this.queue.push(file);
    this.stats.files += files.length;
    for (const worker of this.idle.splice(0)) this.feed(worker);
  }

  /** Run `count` threads (at most one per core). */
  grow(count: number): void {
    while (this.workers.length < Math.min(count, availableParallelism())) {
      const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { cache: this.cache } });
      worker.on('message', (r: { bytes: number; gz: number; br: number; reused: number; entries: string[] }) => {
        this.stats.bytes += r.bytes;
        this.stats.gzipBytes += r.gz;
        this.stats.brotliBytes += r.br;
        this.stats.reused += r.reused;
        for (const entry of r.entries) this.used.add(entry);
        this.feed(worker);
      });
      worker.on('error', (error) => {
        this.failure ??= error;
        this.settle?.();
      });
      worker.on('exit', (code) => {
        if (this.ending) return;
        this.failure ??= new Error(`压缩线程意外退出（退出码 ${code}）`);
        this.settle?.();
      });
      this.workers.push(worker);
      this.feed(worker);
    }
  }

  /** Once every file added so far is written: the totals. Ends the threads. */
  async finish(): Promise<PrecompressStats> {
    this.grow(1);
    if (!this.failure && !this.done()) await new Promise<void>((resolve) => (this.settle = resolve));
    this.ending = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
    if (this.failure) throw this.failure;
    if (this.cache) pruneCache(this.cache, this.used);
    return { ...this.stats };
  }

  private feed(worker: Worker): void {
    const batch = this.queue.splice(0, BATCH);
    if (batch.length) worker.postMessage(batch);
    else {
      this.idle.push(worker);
      if (this.settle && this.done()) this.settle();
    }
  }

  private done(): boolean {
    return this.queue.length === 0 && this.idle.length === this.workers.length;
  }
}
