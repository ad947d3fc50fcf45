// What JavaScript a built page ships, read from its HTML and the bundles in dist/: script tags, Astro islands
// (component-url, renderer-url, before-hydration-url), module preloads, and every module they import,
// statically or dynamically. Nothing is hard-coded per page: new islands are found the same way.
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { DIST, gzipBytes, gzipFileBytes } from './site.ts';
import { resolveFile } from '../harness/static-server.ts';

/** Script types that are data, not code. */
const DATA_SCRIPT = /^(application\/(ld\+)?json|importmap|speculationrules|text\/template)$/i;

export interface InlineScript {
  /** First characters, to say which script it is. */
  excerpt: string;
  gzip: number;
}

export interface PageScripts {
  /** Entry modules the HTML references (URL paths). */
  entries: string[];
  /** The island components on the page (component-url paths). */
  islands: string[];
  inline: InlineScript[];
}

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
  const entries = new Set<string>();
  const islands = new Set<string>();
  const inline: InlineScript[] = [];
  for (const m of html.matchAll(/<script\b((?:"[^"]*"|'[^']*'|[^'">])*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = attributesOf(`<script${m[1]}>`);
    if (DATA_SCRIPT.test(attrs.get('type') ?? '')) continue;
    const src = attrs.get('src');
    if (src) {
      const path = localPath(src, pagePath);
      if (path) entries.add(path);
    } else if (m[2]!.trim()) {
      inline.push({ excerpt: m[2]!.trim().slice(0, 60), gzip: gzipBytes(m[2]!) });
    }
  }
  for (const { name, attrs } of tagsOf(html, ['astro-island', 'link'])) {
    if (name === 'link') {
      if (attrs.get('rel') === 'modulepreload' && attrs.get('href')) {
        const path = localPath(attrs.get('href')!, pagePath);
        if (path) entries.add(path);
      }
      continue;
    }
    for (const key of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const value = attrs.get(key);
      if (!value) continue;
      const path = localPath(value, pagePath);
      if (!path) continue;
      entries.add(path);
      if (key === 'component-url') islands.add(path);
    }
  }
  return { entries: [...entries], islands: [...islands], inline };
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
const CHART_JS_MARKER = "Failed to create chart: can't acquire context";

/** Every module reachable from the entries; missing files are reported, not ignored. */
export function moduleGraph(entries: string[], root = DIST): { modules: JsModule[]; missing: string[] } {
  const seen = new Map<string, JsModule>();
  const missing: string[] = [];
  const queue = [...entries];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const file = resolveFile(root, path);
    if (!file || !existsSync(file)) {
      if (!missing.includes(path)) missing.push(path);
      continue;
    }
    const code = readFileSync(file, 'utf8');
    seen.set(path, { path, gzip: gzipFileBytes(file), isChartJs: code.includes(CHART_JS_MARKER) });
    for (const spec of importsOf(code)) {
      queue.push(spec.startsWith('/') ? spec : posix.normalize(posix.join(posix.dirname(path), spec)));
    }
  }
  return { modules: [...seen.values()], missing };
}

export interface PageJs {
  islands: string[];
  inline: InlineScript[];
  modules: JsModule[];
  missing: string[];
  /** gzip bytes of inline scripts plus every module except Chart.js. */
  ownBytes: number;
  /** gzip bytes of the Chart.js module(s), 0 when the page does not use it. */
  chartJsBytes: number;
  /** Island modules that have Chart.js bundled inside them, which makes the two budgets unmeasurable apart. */
  chartJsInsideIsland: string[];
}

export function pageJs(html: string, pagePath: string, root = DIST): PageJs {
  const { entries, islands, inline } = scriptsOf(html, pagePath);
  const { modules, missing } = moduleGraph(entries, root);
  const inlineBytes = inline.reduce((sum, s) => sum + s.gzip, 0);
  const chart = modules.filter((m) => m.isChartJs);
  return {
    islands,
    inline,
    modules,
    missing,
    ownBytes: inlineBytes + modules.filter((m) => !m.isChartJs).reduce((sum, m) => sum + m.gzip, 0),
    chartJsBytes: chart.reduce((sum, m) => sum + m.gzip, 0),
    chartJsInsideIsland: chart.filter((m) => islands.includes(m.path)).map((m) => m.path),
  };
}
