/**
 * The site as an app on a phone's home screen (添加到主屏幕): its names, colour and icons, read by the web app
 * manifest (src/pages/manifest.json.ts) and the layout's <head>. The icons are drawn from public/favicon.svg
 * by scripts/icons/render.ts and kept in public/icons/.
 */
import { SITE_NAME } from './nav.ts';

export const APP_NAME = SITE_NAME;
/** Under an icon a phone shows about six characters. */
export const APP_SHORT_NAME = '社工站评估';
/** The favicon's blue (also --color-accent in light mode). */
export const THEME_COLOR = '#0b4f9c';
export const BACKGROUND_COLOR = '#ffffff';

/** The sizes phones ask for: 192 and 512 (Android, Chromium's install check), a maskable 512 (its safe zone padded), 180 (iOS). */
export const APP_ICONS = {
  any: [
    { src: '/icons/icon-192.png', size: 192 },
    { src: '/icons/icon-512.png', size: 512 },
  ],
  maskable: { src: '/icons/icon-maskable-512.png', size: 512 },
  appleTouch: '/icons/apple-touch-icon-180.png',
} as const;
