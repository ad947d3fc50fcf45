// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { INLINE_SCRIPTS } from './src/csp/inline-scripts.ts';
import { INLINE_STYLES } from './src/csp/inline-styles.ts';
import { keptPageUrls } from './src/site/kept-pages.ts';

const SITE = 'https://shegong-pinggu.example.org';
/**
 * The report pages a rebuild took from the page cache instead of rendering (src/site/kept-pages.ts): the sitemap
 * lists the pages Astro rendered, so these are added to it, filled in when the build is done (the sitemap reads
 * its options then, after the kept-pages hook, which comes first).
 */
const keptPages = /** @type {string[]} */ ([]);

/** A CSP hash source for an inline script or style: 'sha256-<base64 of its exact text>'. */
function sha256Source(/** @type {string} */ text) {
  return /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(text).digest('base64')}`);
}

// `site` is only used to build absolute URLs (canonical, sitemap, RSS); the
// pages themselves use root-relative links, so dist/ works on any host.
export default defineConfig({
  site: SITE,
  // Astro's own cache (the content layer's data store) lives in the build cache, beside the search shards and
  // the compressed copies, so a CI runner keeps all of them by keeping one folder (scripts/build/cache.ts).
  cacheDir: `${process.env.BUILD_CACHE_DIR ?? './.build-cache'}/astro`,
  trailingSlash: 'ignore',
  // Content-Security-Policy (issue 14): Astro writes a <meta http-equiv="content-security-policy"> into
  // every page, with the hash of every script and stylesheet it bundles or inlines. Our own inline scripts
  // (src/csp/inline-scripts.ts) are added by hash, so script-src carries no 'unsafe-inline' or
  // 'unsafe-eval'. A meta policy cannot carry frame-ancestors: deploy/nginx sends it as a header.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { hashes: INLINE_SCRIPTS.map(sha256Source) },
      styleDirective: { hashes: INLINE_STYLES.map(sha256Source) },
    },
  },
  build: {
    format: 'directory',
    // Pages render eight at a time: each page's render is a few milliseconds of JavaScript, and
    // writing its file is a wait on the disk that the next pages can use (results/bench.md).
    concurrency: 8,
  },
  // The MDX integration reads the reports' frontmatter; their bodies are rendered by the report page
  // (src/reports/body.ts), not bundled as modules: that is what keeps the build's memory flat as the archive grows.
  // Preact's Vite plugin runs Babel over every matching file only to compile JSX; plain .ts
  // modules have none, so only the .tsx islands go through it.
  // The sitemap lists pages only: not the 404 page, not the offline page, not the data files.
  // client:saved: the home page's 我的社工站 island hydrates only with a station saved (src/site/client-saved.ts).
  integrations: [
    {
      name: 'client-saved',
      hooks: { 'astro:config:setup': ({ addClientDirective }) => addClientDirective({ name: 'saved', entrypoint: './src/site/client-saved.ts' }) },
    },
    {
      name: 'kept-pages',
      hooks: { 'astro:build:done': () => void keptPages.push(...keptPageUrls().map((url) => new URL(url, SITE).href)) },
    },
    mdx(),
    preact({ include: ['**/*.tsx'] }),
    sitemap({ customPages: keptPages, filter: (page) => !/\/(404|offline)\/?$/.test(page) }),
  ],
});
