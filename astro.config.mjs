// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

// `site` is only used to build absolute URLs (canonical, sitemap, RSS); the
// pages themselves use root-relative links, so dist/ works on any host.
export default defineConfig({
  site: 'https://shegong-pinggu.example.org',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [mdx(), preact()],
});
