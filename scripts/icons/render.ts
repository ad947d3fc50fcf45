// `node scripts/icons/render.ts`: draws the home-screen icons (src/site/app.ts) from public/favicon.svg in
// Chromium and writes them to public/icons/. Run it again only when the favicon changes; the PNGs are kept in
// the repository so the build needs no browser.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('public/favicon.svg', 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

/** `inset`: the share of the side left blank on each edge: a maskable icon's mark must sit in its middle 80 %. */
const ICONS = [
  { file: 'public/icons/icon-192.png', size: 192, inset: 0, round: true },
  { file: 'public/icons/icon-512.png', size: 512, inset: 0, round: true },
  // Maskable and Apple's: the launcher cuts its own shape, so the square is filled edge to edge.
  { file: 'public/icons/icon-maskable-512.png', size: 512, inset: 0.12, round: false },
  { file: 'public/icons/apple-touch-icon-180.png', size: 180, inset: 0.06, round: false },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const pad = Math.round(icon.size * icon.inset);
    const bg = icon.round ? 'transparent' : '#0b4f9c';
    await page.setContent(
      `<html><body style="margin:0;background:${bg}"><img src="${dataUrl}" style="display:block;width:${icon.size - 2 * pad}px;height:${icon.size - 2 * pad}px;margin:${pad}px"></body></html>`,
    );
    writeFileSync(icon.file, await page.screenshot({ omitBackground: icon.round }));
    await page.close();
    console.log(icon.file);
  }
} finally {
  await browser.close();
}
