// The built site as the gates and the Lighthouse run see it: every HTML page found in dist/, the file a URL path
// names, and gzip sizes as a host would send them. Pages are discovered, never listed, so a page that lands
// later is gated without touching this file.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The built site the gates read: dist/, or the folder GATES_DIST names (the city project of vitest.config.ts
 * points it at the fictional city's slice, built by the city project's setup).
 */
export const DIST = resolve(process.env.GATES_DIST ?? 'dist');

/**
 * Pages per template that the slow, per-page-in-Chromium gates visit when GATES_SAMPLE is set (the city slice
 * has hundreds of pages that share a handful of templates); unset, they visit every page.
 */
export const SAMPLE_PER_TEMPLATE = process.env.GATES_SAMPLE ? Number(process.env.GATES_SAMPLE) : null;

export interface BuiltPage {
  /** Absolute path of the HTML file. */
  file: string;
  /** URL path a static host serves it at: dist/a/b/index.html → /a/b/, dist/404.html → /404.html. */
  path: string;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** Every file under root (sorted, absolute), without the build's precompressed .gz/.br copies. */
export function allFiles(root = DIST): string[] {
  return existsSync(root) ? walk(root).filter((f) => !/\.(gz|br)$/.test(f)) : [];
}

/** The URL path of an HTML file under root. */
export function urlPathOf(file: string, root = DIST): string {
  const rel = relative(root, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** Resolve a URL path to a file in root the way static hosts do: /a/ → /a/index.html, /a → /a.html or /a/index.html. */
export function resolveFile(root: string, urlPath: string): string | null {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
  const base = join(root, clean);
  if (!resolve(base).startsWith(resolve(root))) return null;
  const candidates = [base, join(base, 'index.html'), `${base}.html`];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** Every HTML page in the build. */
export function builtPages(root = DIST): BuiltPage[] {
  return allFiles(root)
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, path: urlPathOf(file, root) }));
}

/**
 * gzip size in bytes at the default level (6), which is what nginx, Apache and CDNs send
 * give or take a few percent. Budgets are written in KB of this.
 */
export function gzipBytes(content: string | Buffer): number {
  return gzipSync(content).length;
}

const sizeCache = new Map<string, number>();
export function gzipFileBytes(file: string): number {
  let size = sizeCache.get(file);
  if (size === undefined) {
    size = gzipBytes(readFileSync(file));
    sizeCache.set(file, size);
  }
  return size;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Match a URL path against a pattern where `*` stands for one path segment: '/reports/*\/'. */
export function matchesPattern(pattern: string, path: string): boolean {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+');
  return new RegExp(`^${escaped}$`).test(path);
}

/**
 * Whether the source of a route exists in src/pages, so its built page is expected in dist/.
 * A `*` segment matches a dynamic file or folder ([id].astro, [...slug].astro, [id]/index.astro).
 */
export function routeSourceExists(pattern: string, pagesDir = resolve('src/pages')): boolean {
  const segments = pattern.split('/').filter(Boolean);
  const isDynamic = (name: string) => name.startsWith('[');
  const stem = (name: string) => name.replace(/\.(astro|md|mdx|html|ts|js)$/, '');
  const search = (dir: string, rest: string[]): boolean => {
    if (!existsSync(dir)) return false;
    const entries = readdirSync(dir);
    if (rest.length === 0) return entries.some((e) => stem(e) === 'index' && !statSync(join(dir, e)).isDirectory());
    const [head, ...tail] = rest as [string, ...string[]];
    return entries.some((e) => {
      const full = join(dir, e);
      const nameMatches = head === '*' ? isDynamic(e) : stem(e) === head.replace(/\.html$/, '');
      if (!nameMatches) return false;
      if (statSync(full).isDirectory()) return search(full, tail);
      // A file route: /x/ from x.astro, /x/* from [...rest].astro catching everything below.
      return tail.length === 0 || e.startsWith('[...');
    });
  };
  return search(pagesDir, segments);
}

/**
 * At most `perTemplate` pages of each template: the first, the last and ones evenly between, in path order.
 * `templateOf` names a page's template (the budget table's pattern it matches, or the path itself).
 */
export function samplePerTemplate(pages: BuiltPage[], perTemplate: number, templateOf: (path: string) => string): BuiltPage[] {
  const groups = new Map<string, BuiltPage[]>();
  for (const p of pages) groups.set(templateOf(p.path), [...(groups.get(templateOf(p.path)) ?? []), p]);
  return [...groups.values()].flatMap((group) => {
    if (group.length <= perTemplate) return group;
    if (perTemplate === 1) return [group[0]!];
    const step = (group.length - 1) / (perTemplate - 1);
    return [...new Set(Array.from({ length: perTemplate }, (_, i) => Math.round(i * step)))].map((i) => group[i]!);
  });
}
