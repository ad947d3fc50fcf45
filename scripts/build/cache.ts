// Where `npm run build` keeps what the next build may reuse, and the key that says when nothing may be reused.
//
// Everything lives in one folder, `.build-cache/` at the project's root (BUILD_CACHE_DIR to move it), so a CI
// runner keeps it between runs by caching that one path (docs/explanation/performance.md#rebuilds):
//   .build-cache/key            the key of the build that filled the cache
//   .build-cache/astro/         Astro's cacheDir (astro.config.mjs): the content layer's data store
//   .build-cache/pages/         every report page and the hash of what it was rendered from (src/site/kept-pages.ts)
//   .build-cache/search/<shard> each search shard's Pagefind bundle and the digest of the pages it indexed
//   .build-cache/precompress/   the .gz and .br copy of every text file, by the hash of its bytes
//
// The key is a hash of everything but the content that decides what a build writes: the lockfile (Astro's,
// Pagefind's and every other package's version), Node's version, package.json, the Astro and TypeScript
// configuration, every file of src/ (templates, components, styles, scoring, wording …) and public/, and the
// build's own scripts. When it differs from the cache's, the whole cache is emptied first: the build is cold.
// Content is not in the key: the caches reuse per shard and per file exactly what did not change.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { reportId } from '../../src/schemas/report/identity.ts';
import { frontmatterField } from './frontmatter.ts';

/** The cache folder of the project at `root`. */
export function cacheDir(root: string): string {
  return resolve(root, process.env.BUILD_CACHE_DIR ?? '.build-cache');
}

/** Files and folders (relative to the project root) whose every byte is part of the key. */
export const KEYED = [
  'package.json',
  'package-lock.json',
  'astro.config.mjs',
  'tsconfig.json',
  'src',
  'public',
  'scripts/build',
  'scripts/postbuild',
  'scripts/search',
  'scripts/precompress',
] as const;

function filesUnder(root: string, rel: string): string[] {
  const path = join(root, rel);
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [rel];
  return (readdirSync(path, { recursive: true }) as string[])
    .map((f) => join(rel, f))
    .filter((f) => statSync(join(root, f)).isFile())
    .sort();
}

/** A package's package.json as Node resolves it from `root` (a scratch copy finds the project's node_modules). */
export function packageJson(root: string, name: string): string {
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) return file;
    if (dirname(dir) === dir) throw new Error(`${name} is not installed (no node_modules/${name} above ${root})`);
  }
}

/** The build's key: a hash over KEYED's files (names and bytes), Node's version and Pagefind's. */
export function buildKey(root: string): string {
  const hash = createHash('sha256');
  const pagefind = JSON.parse(readFileSync(packageJson(root, 'pagefind'), 'utf8')).version as string;
  hash.update(`node ${process.versions.node}\npagefind ${pagefind}\n`);
  for (const rel of KEYED.flatMap((k) => filesUnder(root, k))) {
    hash.update(`${rel}\0`);
    hash.update(readFileSync(join(root, rel)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * Make the cache ready for a build with `key`: emptied when `cold` or when it was filled under another key.
 * Returns whether anything may be reused.
 */
export function prepareCache(dir: string, key: string, cold: boolean): boolean {
  const keyFile = join(dir, 'key');
  const warm = !cold && existsSync(keyFile) && readFileSync(keyFile, 'utf8').trim() === key;
  if (!warm) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // The key is written again only once the build has succeeded (markCache): a build that fails or is stopped
  // part-way leaves none, and the next build is cold.
  rmSync(keyFile, { force: true });
  return warm;
}

/** Where the reports are (REPORTS_DIR moves them, as the content configuration reads it). */
const reportsDirOf = (root: string): string => resolve(root, process.env.REPORTS_DIR ?? 'content/reports');

/**
 * What Astro's content cache may not outlive. Astro's glob loader skips an entry whose file is unchanged, and
 * with it our checks of that entry (src/content-check/loaders.ts). Two of those checks read other files: a
 * report's station must exist, and a station that says `fromReport:` is derived from that report's
 * frontmatter. So the station files and the reports they derive from are hashed here; when the hash changes,
 * Astro's content cache is emptied and every entry is read and checked again.
 */
export function contentDependencies(root: string): string {
  const reportsDir = reportsDirOf(root);
  const stationsDir = resolve(root, process.env.STATIONS_DIR ?? 'content/stations');
  const hash = createHash('sha256');
  const derivedFrom = new Set<string>();
  for (const rel of filesUnder(stationsDir, '.')) {
    const text = readFileSync(join(stationsDir, rel));
    hash.update(`${rel}\0`).update(text).update('\0');
    const from = /^fromReport:\s*["']?([\w-]+)/m.exec(text.toString('utf8'))?.[1];
    if (from) derivedFrom.add(from);
  }
  if (derivedFrom.size === 0) return hash.digest('hex');
  for (const rel of filesUnder(reportsDir, '.').filter((f) => f.endsWith('.mdx'))) {
    const text = readFileSync(join(reportsDir, rel), 'utf8');
    const station = frontmatterField(text, 'station');
    const year = frontmatterField(text, 'serviceYear');
    const stage = frontmatterField(text, 'stage');
    if (station && year && (stage === '中期' || stage === '末期') && derivedFrom.has(reportId(station, year, stage))) {
      hash.update(`${rel}\0`).update(text).update('\0');
    }
  }
  return hash.digest('hex');
}

/** Empty Astro's content cache (cacheDir) when the files its skipped checks read have changed. */
export function prepareContentCache(dir: string, dependencies: string): void {
  const file = join(dir, 'content-dependencies');
  const same = existsSync(file) && readFileSync(file, 'utf8').trim() === dependencies;
  if (!same) rmSync(join(dir, ASTRO_CACHE), { recursive: true, force: true });
  writeFileSync(file, `${dependencies}\n`);
}

/** Astro's cacheDir inside the cache folder (astro.config.mjs names the same). */
export const ASTRO_CACHE = 'astro';

/** After a successful build: the cache now holds what this key's build wrote. */
export function markCache(dir: string, key: string): void {
  writeFileSync(join(dir, 'key'), `${key}\n`);
}

/** Forget the cache (a failed build: the content layer may hold entries whose checks failed). */
export function dropCache(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
