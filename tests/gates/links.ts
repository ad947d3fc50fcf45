// Internal links and #anchors: every reference from a built page to the site itself must land on a file in
// dist/, and every fragment on an element with that id in the target page.
import { readFileSync } from 'node:fs';
import { attributesOf, localPath, tagsOf } from '../../tools/site/js-graph.ts';
import { DIST, resolveFile, type BuiltPage } from '../../tools/site/built-site.ts';

/** Elements and the attributes that make the browser or the reader go to a URL. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  form: ['action'],
};

/** Fragments every browser resolves without an element (HTML: "top" scrolls to the start). */
const BUILT_IN_FRAGMENTS = new Set(['top']);

export interface Reference {
  tag: string;
  attribute: string;
  value: string;
}

export function referencesOf(html: string): Reference[] {
  const refs: Reference[] = [];
  for (const { name, attrs } of tagsOf(html, Object.keys(URL_ATTRIBUTES))) {
    for (const attribute of URL_ATTRIBUTES[name]!) {
      const value = attrs.get(attribute);
      if (value === undefined) continue;
      const urls = attribute === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
      for (const url of urls) refs.push({ tag: name, attribute, value: url });
    }
  }
  return refs;
}

/** ids (and legacy <a name>) a fragment can point at. */
export function anchorsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(/<([\w-]+)(?=[\s/>])(?:"[^"]*"|'[^']*'|[^'">])*>/g)) {
    if (!/\s(id|name)\s*=/i.test(m[0])) continue;
    const attrs = attributesOf(m[0]);
    const id = attrs.get('id');
    if (id) ids.add(id);
    const name = attrs.get('name');
    if (name && m[1]!.toLowerCase() === 'a') ids.add(name);
  }
  return ids;
}

/**
 * The site's URL map (BRIEF.md). A link to one of these whose page has no source in src/pages yet is
 * "pending" (another issue is building it) rather than broken; once the source exists, it must be built.
 */
export const PLANNED_ROUTES = [
  '/', '/reports/', '/reports/*/', '/stations/', '/stations/*/', '/calculator/', '/methodology/', '/methodology/*/', '/glossary/',
  '/search/', '/data/', '/accessibility/', '/data/reports.json', '/data/stations.json', '/data/reports/*',
  // Issue 21: the compare page (this branch) and the rankings (another helper's), which the compare page links.
  '/compare/', '/rankings/',
];

export interface LinkProblem {
  message: string;
  /** The missing URL path, when the problem is a missing file. */
  missing?: string;
}

/**
 * Broken internal references of one page. siteOrigin is the `site` of astro.config: absolute links to it
 * (canonical, sitemap) are internal too.
 */
export function brokenLinks(page: BuiltPage, siteOrigin: string, root = DIST, readHtml = (f: string) => readFileSync(f, 'utf8')): LinkProblem[] {
  const html = readHtml(page.file);
  const problems: LinkProblem[] = [];
  const anchorCache = new Map<string, Set<string>>();
  const anchorsIn = (file: string) => {
    let ids = anchorCache.get(file);
    if (!ids) anchorCache.set(file, (ids = anchorsOf(file === page.file ? html : readHtml(file))));
    return ids;
  };
  for (const ref of referencesOf(html)) {
    const where = `<${ref.tag} ${ref.attribute}="${ref.value}">`;
    if (ref.value.trim() === '' || ref.value === '#') {
      problems.push({ message: `${page.path}: ${where} goes nowhere` });
      continue;
    }
    if (/^(mailto|tel|sms|data|blob|javascript):/i.test(ref.value)) continue;
    const path = localPath(ref.value, page.path, siteOrigin);
    if (path === null) continue; // another site: a link, not a request; the browser gate catches requests
    const file = resolveFile(root, path);
    if (!file) {
      problems.push({ message: `${page.path}: ${where} → ${path} is not in dist/`, missing: path });
      continue;
    }
    const hash = ref.value.includes('#') ? decodeURIComponent(ref.value.slice(ref.value.indexOf('#') + 1)) : '';
    if (hash && !BUILT_IN_FRAGMENTS.has(hash) && file.endsWith('.html') && !anchorsIn(file).has(hash)) {
      problems.push({ message: `${page.path}: ${where} → no element with id="${hash}" in ${path}` });
    }
  }
  return problems;
}

/**
 * Browsers ask for an icon on every page: the one a <link rel="icon"> names, else /favicon.ico. A missing
 * icon is a 404 and a console error in real browsers (headless Chromium in the page gate does not ask).
 */
export function missingIcon(page: BuiltPage, root = DIST, readHtml = (f: string) => readFileSync(f, 'utf8')): string | null {
  const declared = tagsOf(readHtml(page.file), ['link']).some(({ attrs }) =>
    (attrs.get('rel') ?? '').toLowerCase().split(/\s+/).includes('icon') && !!attrs.get('href'),
  );
  if (declared || resolveFile(root, '/favicon.ico')) return null;
  return `${page.path}: no <link rel="icon"> and no /favicon.ico in dist/: browsers will log a 404 for /favicon.ico`;
}
