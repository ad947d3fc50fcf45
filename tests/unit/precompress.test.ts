// The build's precompression step (scripts/precompress/): a .gz and a .br beside every text file, each
// decompressing to the file itself, and nothing else touched.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { COMPRESSED_EXTENSIONS, CompressionPool, textFiles } from '../../scripts/precompress/precompress.ts';

let root = '';

/** The whole folder on two threads, as the build does once the search index is written. */
async function precompress(dir: string) {
  const pool = new CompressionPool();
  pool.add(textFiles(dir));
  pool.grow(2);
  return pool.finish();
}
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('precompress', () => {
  // Worker threads take seconds to start when six builds share two cores: vitest's 5 s default is not enough there.
  it('writes .gz and .br beside every HTML, JS, CSS, JSON, CSV, XML and SVG file, and only those', { timeout: 60_000 }, async () => {
    root = mkdtempSync(join(tmpdir(), 'precompress-'));
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    const text = '<p>广州市流花街社工服务站</p>'.repeat(200);
    const files = COMPRESSED_EXTENSIONS.map((ext, i) => join(root, i % 2 ? 'a/b' : 'a', `f${ext}`));
    for (const f of files) writeFileSync(f, text);
    writeFileSync(join(root, 'index.pf_fragment'), 'binary');
    writeFileSync(join(root, 'robots.txt'), 'User-agent: *');
    const stats = await precompress(root);
    expect(stats.files).toBe(COMPRESSED_EXTENSIONS.length);
    expect(stats.gzipBytes).toBeLessThan(stats.bytes / 10);
    expect(stats.brotliBytes).toBeLessThan(stats.gzipBytes);
    for (const f of files) {
      expect(gunzipSync(readFileSync(`${f}.gz`)).toString()).toBe(text);
      expect(brotliDecompressSync(readFileSync(`${f}.br`)).toString()).toBe(text);
    }
    expect(readdirSync(root).sort()).toEqual(['a', 'index.pf_fragment', 'robots.txt']);
    // A second run (a rebuild into the same folder) rewrites the copies, never compresses a copy.
    const again = await precompress(root);
    expect(again.files).toBe(COMPRESSED_EXTENSIONS.length);
    expect(readdirSync(join(root, 'a', 'b')).filter((n) => /\.(gz|br)\.(gz|br)$/.test(n))).toEqual([]);
  });

  it('compresses files added after it started, on threads added as cores come free, and skips the folders it is told to', { timeout: 60_000 }, async () => {
    root = mkdtempSync(join(tmpdir(), 'precompress-'));
    mkdirSync(join(root, 'pagefind'));
    mkdirSync(join(root, 'reports'));
    const text = '<p>虚构街社工服务站</p>'.repeat(100);
    for (let i = 0; i < 40; i++) writeFileSync(join(root, 'reports', `r${i}.html`), text);
    writeFileSync(join(root, 'pagefind', 'pagefind-entry.json'), '{"version":"虚构"}');
    const first = textFiles(root, ['pagefind']);
    expect(first).toHaveLength(40);
    const pool = new CompressionPool();
    pool.add(first); // no thread yet: nothing is compressed until one is added
    pool.grow(1);
    pool.add(textFiles(join(root, 'pagefind')));
    pool.grow(2);
    const stats = await pool.finish();
    expect(stats.files).toBe(41);
    expect(stats.bytes).toBe(40 * Buffer.byteLength(text) + Buffer.byteLength('{"version":"虚构"}'));
    for (const f of [...first, join(root, 'pagefind', 'pagefind-entry.json')]) {
      expect(gunzipSync(readFileSync(`${f}.gz`)).equals(readFileSync(f))).toBe(true);
      expect(brotliDecompressSync(readFileSync(`${f}.br`)).equals(readFileSync(f))).toBe(true);
    }
  });

  it('fails naming the file it could not read, instead of waiting for it', async () => {
    root = mkdtempSync(join(tmpdir(), 'precompress-'));
    const pool = new CompressionPool();
    pool.add([join(root, 'gone.html')]);
    await expect(pool.finish()).rejects.toThrow(/gone\.html/);
  });
});

describe('precompress with a cache (npm run build, scripts/build/cache.ts)', () => {
  it('reuses the copies of unchanged files byte for byte, compresses a changed one, and forgets copies no file uses', { timeout: 60_000 }, async () => {
    root = mkdtempSync(join(tmpdir(), 'precompress-'));
    const site = join(root, 'dist');
    const cache = join(root, 'cache');
    mkdirSync(site);
    for (let i = 0; i < 6; i++) writeFileSync(join(site, `r${i}.html`), `<p>虚构街社工服务站 ${i}</p>`.repeat(100));
    const run = async () => {
      const pool = new CompressionPool(cache);
      pool.add(textFiles(site));
      pool.grow(2);
      return pool.finish();
    };
    const first = await run();
    expect(first.reused).toBe(0);
    const copies = () => Object.fromEntries(readdirSync(site).filter((n) => /\.(gz|br)$/.test(n)).map((n) => [n, readFileSync(join(site, n))]));
    const before = copies();
    const entries = () => readdirSync(cache, { recursive: true }).filter((n) => /\.(gz|br)$/.test(String(n))).length;
    expect(entries()).toBe(12);

    // Nothing changed: every copy from the cache, the same bytes.
    for (const n of Object.keys(before)) rmSync(join(site, n));
    const second = await run();
    expect(second.reused).toBe(6);
    expect(copies()).toEqual(before);

    // One page changed: it alone is compressed, and its old copies leave the cache.
    const changed = '<p>虚构街社工服务站 改</p>'.repeat(100);
    writeFileSync(join(site, 'r0.html'), changed);
    const third = await run();
    expect(third.reused).toBe(5);
    expect(gunzipSync(readFileSync(join(site, 'r0.html.gz'))).toString()).toBe(changed);
    expect(brotliDecompressSync(readFileSync(join(site, 'r0.html.br'))).toString()).toBe(changed);
    expect(entries()).toBe(12);
  });
});
