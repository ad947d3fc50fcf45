// Precompressed copies of the built site's text files: `x.html.gz` and `x.html.br` beside `x.html`, so a host
// sends them as they are (nginx gzip_static / brotli_static, object storage with Content-Encoding) instead of
// compressing every response on the fly, or not at all. Node's own zlib, at its highest settings: the work is
// done once per build, and every reader's download is smaller for it.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** The text types of the site: pages, scripts, styles, open data, feeds and sitemaps, the icon. */
export const COMPRESSED_EXTENSIONS = ['.html', '.js', '.css', '.json', '.csv', '.xml', '.svg'] as const;
/** The suffixes precompressed copies carry; anything walking dist/ for content skips them. */
export const PRECOMPRESSED = /\.(gz|br)$/;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export interface PrecompressStats {
  files: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
  ms: number;
}

async function walk(dir: string, out: string[] = []): Promise<string[]> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out);
    else if (COMPRESSED_EXTENSIONS.some((ext) => entry.name.endsWith(ext))) out.push(full);
  }
  return out;
}

/** gzip level 9 and brotli quality 11 (text mode, told the size), written beside the file. */
async function compressFile(file: string): Promise<{ bytes: number; gz: number; br: number }> {
  const data = await readFile(file);
  const [gz, br] = await Promise.all([
    gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
    brotliAsync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  ]);
  await Promise.all([writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)]);
  return { bytes: data.length, gz: gz.length, br: br.length };
}

/**
 * Precompress every HTML, JS, CSS, JSON, CSV, XML and SVG file under root. zlib runs on libuv's thread pool,
 * so a few files at a time keep every core busy without holding the whole site in memory.
 */
export async function precompress(root: string): Promise<PrecompressStats> {
  const started = performance.now();
  if (!(await stat(root)).isDirectory()) throw new Error(`${root} is not a folder`);
  const files = await walk(root);
  const stats: PrecompressStats = { files: files.length, bytes: 0, gzipBytes: 0, brotliBytes: 0, ms: 0 };
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const r = await compressFile(files[next++]!);
      stats.bytes += r.bytes;
      stats.gzipBytes += r.gz;
      stats.brotliBytes += r.br;
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
  stats.ms = performance.now() - started;
  return stats;
}
