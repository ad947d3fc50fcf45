/**
 * The web app manifest: what a phone needs to put the site on its home screen (添加到主屏幕) with a proper name
 * and icon, and what Chromium checks before it offers to install (tests/browser/installable.test.ts).
 */
import type { APIRoute } from 'astro';
import { APP_ICONS, APP_NAME, APP_SHORT_NAME, BACKGROUND_COLOR, THEME_COLOR } from '../site/app.ts';
import { urls } from '../site/urls.ts';

export const GET: APIRoute = () => {
  const manifest = {
    name: APP_NAME,
    short_name: APP_SHORT_NAME,
    description: '广州市社工服务站评估报告、社工站地址和热线、自评计算器。',
    lang: 'zh-CN',
    dir: 'ltr',
    id: urls.home,
    start_url: urls.home,
    scope: urls.home,
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: [
      ...APP_ICONS.any.map((i) => ({ src: i.src, sizes: `${i.size}x${i.size}`, type: 'image/png', purpose: 'any' })),
      { src: APP_ICONS.maskable.src, sizes: `${APP_ICONS.maskable.size}x${APP_ICONS.maskable.size}`, type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
