// What JavaScript a built page ships, read from its HTML and the bundles in dist/: script tags, Astro islands
// (component-url, renderer-url, before-hydration-url), module preloads, and every module they import,
// statically or dynamically. Nothing is hard-coded per page: new islands are found the same way.
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { DIST, gzipBytes, gzipFileBytes, resolveFile } from './built-site.ts';

/** Script types that are data, not code. */
const DATA_SCRIPT = /^(application\/(ld\+)?json|importmap|speculationrules|text\/template)$/i;

export interface InlineScript {
  /** First characters, to say which script it is. */
  excerpt: string;
  gzip: number;
}

export interface PageScripts {
  /** Entry modules of the islands (component, renderer, before-hydration URL paths). */
  islandEntries: string[];
  /** Other entry modules: <script src>, module preloads. */
  otherEntries: string[];
  /** The island components on the page (component-url paths). */
  islands: string[];
  /** Astro's island runtime, inlined before the first island (the <astro-island> element, client directives). */
  islandInline: InlineScript[];
  /** Every other inline script. */
  otherInline: InlineScript[];
}

/** Astro's inline island runtime defines <astro-island> and registers client directives on self.Astro. */
const ISLAND_RUNTIME = /self\.Astro\b|customElements\.define\(\s*["'`]astro-island/;

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

/** Attributes of one start tag, names lower-cased, values entity-decoded. */
export function attributesOf(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const body = tag.replace(/^<[\w-]+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(/([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attrs.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

/** Start tags of the given element names, with their attributes. */
export function tagsOf(html: string, names: string[]): { name: string; attrs: Map<string, string> }[] {
  const pattern = new RegExp(`<(${names.join('|')})(?=[\\s/>])(?:"[^"]*"|'[^']*'|[^'">])*>`, 'gi');
  return [...html.matchAll(pattern)].map((m) => ({ name: m[1]!.toLowerCase(), attrs: attributesOf(m[0]) }));
}

/** Local URL path of a reference made from pagePath, or null when it points to another host. */
export function localPath(ref: string, pagePath: string, siteOrigin?: string): string | null {
  const base = 'http://local.invalid';
  let url: URL;
  try {
    url = new URL(ref, base + pagePath);
  } catch {
    return null;
  }
  if (url.origin === base || (siteOrigin && url.origin === siteOrigin)) return url.pathname;
  return null;
}

export function scriptsOf(html: string, pagePath: string): PageScripts {
  const islandEntries = new Set<string>();
  const otherEntries = new Set<string>();
  const islands = new Set<string>();
  const islandInline: InlineScript[] = [];
  const otherInline: InlineScript[] = [];
  for (const m of html.matchAll(/<script\b((?:"[^"]*"|'[^']*'|[^'">])*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = attributesOf(`<script${m[1]}>`);
    if (DATA_SCRIPT.test(attrs.get('type') ?? '')) continue;
    const src = attrs.get('src');
    if (src) {
      const path = localPath(src, pagePath);
      if (path) otherEntries.add(path);
    } else if (m[2]!.trim()) {
      const script = { excerpt: m[2]!.replace(/\s+/g, ' ').trim().slice(0, 60), gzip: gzipBytes(m[2]!) };
      (ISLAND_RUNTIME.test(m[2]!) ? islandInline : otherInline).push(script);
    }
  }
  for (const { name, attrs } of tagsOf(html, ['astro-island', 'link'])) {
    if (name === 'link') {
      if (attrs.get('rel') === 'modulepreload' && attrs.get('href')) {
        const path = localPath(attrs.get('href')!, pagePath);
        if (path) otherEntries.add(path);
      }
      continue;
    }
    for (const key of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const value = attrs.get(key);
      if (!value) continue;
      const path = localPath(value, pagePath);
      if (!path) continue;
      islandEntries.add(path);
      if (key === 'component-url') islands.add(path);
    }
  }
  return { islandEntries: [...islandEntries], otherEntries: [...otherEntries], islands: [...islands], islandInline, otherInline };
}

/** Import specifiers of a bundled ES module: `import … from "./x.js"`, `import "./x.js"`, `export … from`, `import("./x.js")`. */
export function importsOf(code: string): string[] {
  const found = new Set<string>();
  // Bundlers quote with ", ' or a template literal without substitutions (Rolldown writes import(`./x.js`)).
  for (const m of code.matchAll(/(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'`])([^"'`$]+)\1/g)) found.add(m[2]!);
  for (const m of code.matchAll(/(?:^|[^\w$.])import\s*\(\s*(["'`])([^"'`$]+)\1\s*\)/g)) found.add(m[2]!);
  return [...found].filter((s) => s.startsWith('/') || s.startsWith('./') || s.startsWith('../'));
}

export interface JsModule {
  path: string;
  gzip: number;
  /** True when the module holds Chart.js itself. */
  isChartJs: boolean;
}

/** A string only Chart.js core carries, which survives minification. */
export const CHART_JS_MARKER = "Failed to create chart: can't acquire context";

function readModule(path: string, root: string): JsModule | null {
  const file = resolveFile(root, path);
  if (!file || !existsSync(file)) return null;
  return { path, gzip: gzipFileBytes(file), isChartJs: readFileSync(file, 'utf8').includes(CHART_JS_MARKER) };
}

/** Every module reachable from the entries, statically or dynamically; missing files are reported, not ignored. */
export function moduleGraph(entries: string[], root = DIST): { modules: JsModule[]; missing: string[] } {
  const seen = new Map<string, JsModule>();
  const missing: string[] = [];
  const queue = [...entries];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path) || missing.includes(path)) continue;
    const module = readModule(path, root);
    if (!module) {
      missing.push(path);
      continue;
    }
    seen.set(path, module);
    const code = readFileSync(resolveFile(root, path)!, 'utf8');
    for (const spec of importsOf(code)) {
      queue.push(spec.startsWith('/') ? spec : posix.normalize(posix.join(posix.dirname(path), spec)));
    }
  }
  return { modules: [...seen.values()], missing };
}

export interface PageJs {
  islands: string[];
  islandInline: InlineScript[];
  otherInline: InlineScript[];
  /** Island modules (components, renderer, framework, their imports), Chart.js excluded. */
  islandModules: JsModule[];
  /** Modules of other scripts, Chart.js excluded. */
  otherModules: JsModule[];
  chartJs: JsModule[];
  missing: string[];
  /** gzip bytes: Astro's island runtime plus the island modules. */
  islandBytes: number;
  /** gzip bytes: every other inline script and module. */
  otherBytes: number;
  chartJsBytes: number;
  /** Island modules that have Chart.js bundled inside them, which makes the two budgets unmeasurable apart. */
  chartJsInsideIsland: string[];
}

const sum = (items: { gzip: number }[]) => items.reduce((total, item) => total + item.gzip, 0);

/**
 * The JavaScript of a page. With `loaded` (the URL paths Chromium fetched while the page loaded and was
 * scrolled through), only modules actually fetched count: a conditional dynamic import that never runs
 * (Astro's Preact renderer imports signals only for signal props) is not shipped to the reader. Without it,
 * everything reachable counts.
 */
export function pageJs(html: string, pagePath: string, root = DIST, loaded?: Set<string>): PageJs {
  const scripts = scriptsOf(html, pagePath);
  const islandGraph = moduleGraph(scripts.islandEntries, root);
  const otherGraph = moduleGraph(scripts.otherEntries, root);
  const isLoaded = (m: JsModule) => !loaded || loaded.has(m.path);
  const islandAll = islandGraph.modules.filter(isLoaded);
  const islandPaths = new Set(islandGraph.modules.map((m) => m.path));
  const otherAll = otherGraph.modules.filter((m) => !islandPaths.has(m.path) && isLoaded(m));
  // Scripts fetched by URLs no bundle spells out (Pagefind loads its own files): other JavaScript.
  const known = new Set([...islandGraph.modules, ...otherGraph.modules].map((m) => m.path));
  for (const path of loaded ?? []) {
    if (known.has(path) || !/\.m?js$/.test(path)) continue;
    const module = readModule(path, root);
    if (module) otherAll.push(module);
  }
  const chartJs = [...islandAll, ...otherAll].filter((m) => m.isChartJs);
  const islandModules = islandAll.filter((m) => !m.isChartJs);
  const otherModules = otherAll.filter((m) => !m.isChartJs);
  return {
    islands: scripts.islands,
    islandInline: scripts.islandInline,
    otherInline: scripts.otherInline,
    islandModules,
    otherModules,
    chartJs,
    missing: [...new Set([...islandGraph.missing, ...otherGraph.missing])],
    islandBytes: sum(scripts.islandInline) + sum(islandModules),
    otherBytes: sum(scripts.otherInline) + sum(otherModules),
    chartJsBytes: sum(chartJs),
    chartJsInsideIsland: chartJs.filter((m) => scripts.islands.includes(m.path)).map((m) => m.path),
  };
}
