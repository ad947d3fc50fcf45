// 添加到主屏幕: Chromium's own install check (the DevTools protocol's Page.getInstallabilityErrors) finds nothing
// to object to, and the manifest and icons are what phones ask for: name, short name, zh-CN, theme colour,
// 192 and 512 px icons, a maskable one, Apple's 180 px touch icon, each the size it says.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect } from 'vitest';
import { CHROMIUM_PATH, FLAGS, PHONE, visit } from '../harness/browser.ts';
import { it } from '../harness/fixture.ts';
import { shellUrls, urls } from '../../src/site/urls.ts';

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('installable', () => {
  it('Chromium reports no installability errors', async ({ origin }) => {
    // A profile of its own: Chromium never offers to install from an incognito context (Playwright's default).
    const profile = mkdtempSync(join(tmpdir(), 'install-profile-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: FLAGS, headless: true, ...PHONE });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(new URL(urls.home, origin).href, { waitUntil: 'load' });
      const cdp = await context.newCDPSession(page);
      // The manifest is fetched after load; ask until Chromium has it (an empty answer with no manifest is not a pass).
      let errors: { errorId: string }[] = [];
      await expect
        .poll(async () => {
          errors = ((await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] }).installabilityErrors;
          const { url } = (await cdp.send('Page.getAppManifest')) as { url: string };
          return url;
        })
        .toBe(new URL(shellUrls.manifest, origin).href);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('the manifest has the names, language, colour and icons phones ask for', async ({ openPage, origin }) => {
    const w = await openPage(PHONE);
    await visit(w, urls.home);

    const href = await w.page.locator('link[rel=manifest]').getAttribute('href');
    expect(href).toBe(shellUrls.manifest);
    const res = await fetch(new URL(href!, origin));
    expect(res.headers.get('content-type')).toContain('application/json');
    const manifest = (await res.json()) as Record<string, unknown> & { icons: { src: string; sizes: string; type: string; purpose: string }[] };
    expect(manifest).toMatchObject({ lang: 'zh-CN', start_url: urls.home, display: 'standalone' });
    expect(String(manifest.name)).toContain('社工站');
    expect(String(manifest.short_name).length).toBeLessThanOrEqual(6);
    expect(manifest.theme_color).toBe(await w.page.locator('meta[name=theme-color]').getAttribute('content'));

    const apple = await w.page.locator('link[rel=apple-touch-icon]').getAttribute('href');
    const icons = [...manifest.icons, { src: apple!, sizes: '180x180', type: 'image/png', purpose: 'apple-touch-icon' }];
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual(['180x180 apple-touch-icon', '192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of icons) {
      const r = await fetch(new URL(icon.src, origin));
      expect(r.status, icon.src).toBe(200);
      expect(r.headers.get('content-type')).toBe('image/png');
      expect(pngSize(Buffer.from(await r.arrayBuffer())).join('x'), icon.src).toBe(icon.sizes);
    }
  });
});
