// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';

// `site` is only used to build absolute URLs (canonical, sitemap, RSS); the
// pages themselves use root-relative links, so dist/ works on any host.
export default defineConfig({
  site: 'https://shegong-pinggu.example.org',
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // Pages render eight at a time: each page's render is a few milliseconds of JavaScript, and
    // writing its file is a wait on the disk that the next pages can use (bench/RESULTS.md).
    concurrency: 8,
  },
  vite: {
    build: {
      rolldownOptions: {
        // Astro's MDX output starts with its own "use astro:head-inject" directive, and Rolldown
        // warned once per report that it may not be preserved: a thousand identical warnings at
        // N = 1,000 that buried real ones. Nothing reads the directive after bundling (Astro marks
        // propagation in the module's export), and dist/ is the same with the check off.
        checks: { moduleLevelDirective: false },
        output: {
          codeSplitting: {
            // Reports go into a few shared chunks of about 2 MB instead of two chunks per report:
            // writing, loading and deleting thousands of small files dominated large builds.
            // Only the server-side build sees .mdx modules (reports are not shipped to browsers).
            groups: [{ name: 'reports', test: /\.mdx(?:$|\?)/, maxSize: 2_000_000 }],
          },
        },
      },
    },
  },
  // The sitemap lists pages only: not the 404 page, not the data files.
  // Preact's Vite plugin runs Babel over every matching file only to compile JSX; plain .ts
  // modules have none, so only the .tsx islands go through it.
  integrations: [mdx(), preact({ include: ['**/*.tsx'] }), sitemap({ filter: (page) => !/\/404\/?$/.test(page) })],
});
