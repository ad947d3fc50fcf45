// Astro names each island `<astro-island uid="…">` by a hash that takes in the component's absolute file path
// (node_modules/astro/dist/runtime/server/render/component.js: shorthash of export, component path, HTML and
// props). So the same content built in two folders (a CI runner's checkout, a scratch copy, a developer's
// clone) gave different bytes in every page with an island: the report pages, the calculator, the directory.
// The uid is read by nothing on our pages (Preact's client takes data-preact-island-id first), so after the
// build each uid is replaced by a hash of what the island is — its opening tag without the uid, and its
// server-rendered content — which no longer depends on where the project sits.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ISLAND = /<astro-island uid="[^"]*"/g;
const CLOSE = '</astro-island>';

/** The page with every island's uid made from the island itself (the rest of its tag and its content). */
export function stableIslandIds(html: string): string {
  return html.replace(ISLAND, (_match, offset: number) => {
    const from = offset + _match.length;
    const end = html.indexOf(CLOSE, from);
    const island = html.slice(from, end === -1 ? undefined : end);
    const uid = createHash('sha256').update(island).digest('base64url').slice(0, 8);
    return `<astro-island uid="${uid}"`;
  });
}

/** Rewrite every page of dist/ that has an island; returns how many were rewritten. */
export function stabiliseIslandIds(dist: string): number {
  let pages = 0;
  for (const rel of readdirSync(dist, { recursive: true }) as string[]) {
    if (!rel.endsWith('.html')) continue;
    const file = join(dist, rel);
    const html = readFileSync(file, 'utf8');
    if (!html.includes('<astro-island uid=')) continue;
    const stable = stableIslandIds(html);
    if (stable !== html) {
      writeFileSync(file, stable);
      pages++;
    }
  }
  return pages;
}
