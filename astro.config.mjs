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
  build: { format: 'directory' },
  // The sitemap lists pages only: not the 404 page, not the data files.
  integrations: [mdx(), preact(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) })],
});
