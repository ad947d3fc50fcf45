/**
 * Issue 27: the same content gives the same dist/, byte for byte, however it is built.
 * - Built cold in another folder than the setup's copy (a CI runner's checkout, a developer's clone): Astro's
 *   island ids hashed the absolute path of each component, so every page with an island differed.
 * - Built incrementally: after one report is added, `npm run build` with the previous build's cache renders only
 *   the report pages whose inputs changed (src/site/kept-pages.ts), reuses the search shards and compressed
 *   copies of what did not change, and writes what a cold build of the same content writes.
 * The setup's citySearch site (8 stations, 40 reports, three report shards) is the first build.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fictionalCity, writeCity } from '../../tools/fictional-city/index.ts';
import { buildScratchSite, createScratchSite, removeScratchSite, type ScratchSite } from '../../tools/scratch-site.ts';
import { CITY_SEARCH_SLICE, scratchSite } from '../harness/scratch-sites.ts';

/** The files of two dist/ folders that differ, are missing from one or extra in it (relative paths). */
function differences(a: string, b: string): string[] {
  const list = (dir: string) => (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
  const inA = list(a);
  const inB = new Set(list(b));
  const out: string[] = [];
  for (const file of inA) {
    if (!inB.has(file)) out.push(`only in the first: ${file}`);
    else if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) out.push(`differs: ${file}`);
    inB.delete(file);
  }
  for (const file of inB) out.push(`only in the second: ${file}`);
  return out;
}

/** The search shards (data-search-shard, '' for the site's own) of the indexed HTML pages that differ or are new in `b`. */
function changedShards(a: string, b: string): Set<string> {
  const shard = (html: string) => /data-search-shard="([^"]*)"/.exec(html)?.[1] ?? '';
  const out = new Set<string>();
  for (const entry of readdirSync(b, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8');
    // Only pages the search indexes count (the layout marks their <main>).
    if (!html.includes('data-pagefind-body')) continue;
    let before: string | null = null;
    try {
      before = readFileSync(join(a, file.slice(b.length + 1)), 'utf8');
    } catch {
      // A page only the second build has: its shard changed.
    }
    if (before !== html) out.add(shard(html));
  }
  return out;
}

async function build(site: ScratchSite, ...args: string[]): Promise<string> {
  const run = await buildScratchSite(site, 600_000, args);
  if (run.exitCode !== 0) throw new Error(`build failed (exit ${run.exitCode}):\n${run.output.split('\n').slice(-40).join('\n')}`);
  return run.output;
}

/** One more report than the slice holds: the next one the city generator makes (a station's 2022–2023 report). */
function addReport(site: ScratchSite): string {
  const report = fictionalCity({ ...CITY_SEARCH_SLICE, reports: CITY_SEARCH_SLICE.reports + 1 }).reports.at(-1)!;
  const file = join(site.root, 'content', report.path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, report.mdx);
  return report.id;
}

describe('a reproducible build', () => {
  it('the same content built cold in another folder, and after one added report built incrementally and cold, gives the same bytes', { timeout: 900_000 }, async () => {
    const first = scratchSite('citySearch').dist;
    const other = createScratchSite('reproducible-other-folder');
    const cold = createScratchSite('reproducible-cold');
    try {
      writeCity(join(other.root, 'content'), CITY_SEARCH_SLICE);
      await build(other);
      expect(differences(first, join(other.root, 'dist'))).toEqual([]);

      // One report more, built with the cache the build above left.
      const added = addReport(other);
      const log = await build(other);
      expect(readdirSync(join(other.root, 'dist', 'reports'))).toContain(added);
      // It reused the search shards whose pages did not change. Adding a report changes more than its own
      // round's pages (the station's next report names it as the previous one, with its standing), so which
      // shards must be indexed again is read from the two builds: the shard of every report page that changed,
      // and the site's own when any other page changed.
      const search = /Search index: (\d+) pages in (\d+) bundles \((\d+) reused/.exec(log);
      expect(search, log).not.toBeNull();
      const changed = changedShards(first, join(other.root, 'dist'));
      expect(changed.size).toBeLessThan(Number(search![2]));
      expect(Number(search![3])).toBe(Number(search![2]) - changed.size);
      // Most report pages were not rendered again: only the reports whose standing, history or station changed.
      // Every other report's data files and calculator prefill were kept: only the added report's are new.
      const kept = (route: string) => Number(new RegExp(`页面缓存：.*\\b${route} (\\d+)`).exec(log)?.[1] ?? 0);
      const reports = CITY_SEARCH_SLICE.reports!;
      expect(kept('reports'), log).toBeGreaterThan(reports / 2);
      expect(kept('reports')).toBeLessThan(reports);
      for (const route of ['report-json', 'report-csv', 'calculator-prefill']) expect(kept(route), route).toBe(reports);
      const compressed = /precompress: (\d+) files \((\d+) reused/.exec(log);
      expect(Number(compressed![2])).toBeGreaterThan(Number(compressed![1]) / 2);

      // A cold build of the same content, in a third folder.
      writeCity(join(cold.root, 'content'), CITY_SEARCH_SLICE);
      addReport(cold);
      const coldLog = await build(cold, '--', '--cold');
      expect(coldLog).toMatch(/冷构建/);
      expect(differences(join(other.root, 'dist'), join(cold.root, 'dist'))).toEqual([]);
    } finally {
      removeScratchSite(other);
      removeScratchSite(cold);
    }
  });
});
