import type { APIRoute } from 'astro';
import { shellUrls } from '../site/urls.ts';

/** robots.txt, pointing at the sitemap on whatever `site` the build is configured for. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(shellUrls.sitemapIndex, site ?? 'http://localhost/').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
