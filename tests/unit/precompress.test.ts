// The build's precompression step (scripts/precompress/): a .gz and a .br beside every text file, each
// decompressing to the file itself, and nothing else touched.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { COMPRESSED_EXTENSIONS, precompress } from '../../scripts/precompress/precompress.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('precompress', () => {
  it('writes .gz and .br beside every HTML, JS, CSS, JSON, CSV, XML and SVG file, and only those', async () => {
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
});
