// Offline, as a resident lives it, in Chromium on a phone: read the site once, save a station, lose the
// connection (the context goes offline and the server stops), then reload the home page, the station page
// and the calculator and use them; a page never read shows the offline page, search says it needs a
// connection. Then a new build is put in the same served folder: back online, one reload shows it, with its
// own new stylesheet (no page mixes builds), and the old cache is gone.
//
// The site is a copy of dist/ served by this file, so the server can stop (a real loss of connection: the
// service worker's own requests fail too) and the copy can be rebuilt. The "new build" changes the home page's
// text and renames the site's stylesheet as a build does when its content changes, then writes the service
// worker again with the postbuild's own step (scripts/offline/write.ts).
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { PHONE } from '../harness/browser.ts';
import { it } from '../harness/fixture.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { writeServiceWorker } from '../../scripts/offline/write.ts';
import { shellUrls, urls } from '../../src/site/urls.ts';
import { fillScores, LIUHUA, ready, summary } from './calculator-page.ts';

const STATION = 'liuhua';
let root = '';
let server: Server;
let port = 0;

async function start() {
  const served = await serveStatic(root, port);
  server = served.server;
  port = Number(new URL(served.origin).port);
  return served.origin;
}
function stop(): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}

/** Every file under a folder, relative. */
const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' });

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'offline-site-'));
  cpSync('dist', root, { recursive: true });
  // Plain files only: the rebuild below rewrites some, and a stale .br beside one would be served instead.
  for (const f of files(root)) if (/\.(br|gz)$/.test(f)) unlinkSync(join(root, f));
  // The worker from the worker's source as it is now (dist/ may be older than an edit to it).
  await writeServiceWorker(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A new build in the same folder: new home page text, the stylesheet renamed with a new rule, a new service worker. */
async function rebuild(): Promise<string> {
  const home = join(root, 'index.html');
  writeFileSync(home, readFileSync(home, 'utf8').replace('广州市社工服务站评估公开平台</h1>', '广州市社工服务站评估公开平台（新版）</h1>'));
  const css = files(join(root, '_astro')).find((f) => f.endsWith('.css') && readFileSync(join(root, 'index.html'), 'utf8').includes(f))!;
  const renamed = css.replace(/\.css$/, 'N.css');
  renameSync(join(root, '_astro', css), join(root, '_astro', renamed));
  writeFileSync(join(root, '_astro', renamed), `${readFileSync(join(root, '_astro', renamed), 'utf8')}h1{outline:3px solid rgb(1,2,3)}`);
  for (const f of files(root).filter((f) => f.endsWith('.html'))) {
    const path = join(root, f);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll(`/_astro/${css}`, `/_astro/${renamed}`));
  }
  await writeServiceWorker(root);
  return renamed;
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
const h1 = (page: Page) => page.locator('h1').innerText();

async function go(page: Page, origin: string, path: string) {
  await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
}

describe('offline', () => {
  it('read once, a station saved: offline the home page, the station page and the calculator work; a new build shows on the next reload', { timeout: 180_000 }, async ({ openPage }) => {
    const origin = await start();
    const w = await openPage(PHONE, origin);
    const { page, context } = w;

    // First visit: the service worker installs, precaches and takes the page over.
    await go(page, origin, urls.station(STATION));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
    await page.getByRole('button', { name: '设为我的社工站', exact: true }).click();
    // 设为我的社工站 also keeps the station page for offline reading.
    await expect.poll(() => page.evaluate(async () => (await (await caches.open('shegong-my-station')).keys()).map((r) => new URL(r.url).pathname))).toEqual([urls.station(STATION)]);
    await go(page, origin, shellUrls.search);
    const onlineHome = await (async () => {
      await go(page, origin, urls.home);
      return h1(page);
    })();
    const [firstCache] = (await cacheNames(page)).filter((n) => n !== 'shegong-my-station');

    // The connection is lost.
    await context.setOffline(true);
    await stop();

    await page.reload({ waitUntil: 'load' });
    expect(await h1(page)).toBe(onlineHome);
    await expect.poll(() => page.locator('[data-my-station-card]').isVisible()).toBe(true);
    expect(await page.locator('[data-my-station-card] [data-contact-card]').innerText()).toContain('热线');

    await go(page, origin, urls.station(STATION));
    expect(await page.getByRole('button', { name: '不再设为我的社工站' }).isVisible()).toBe(true);

    await go(page, origin, urls.calculator());
    await ready(page);
    await fillScores(page, LIUHUA);
    await expect.poll(() => summary(page).locator('[data-result=total]').innerText()).toBe('83.62');
    await expect.poll(() => summary(page).locator('[data-result=grade]').innerText()).toBe('良好');

    // A page never read: the offline page, which says what works offline.
    await go(page, origin, urls.glossary);
    expect(await h1(page)).toBe('没有网络连接');
    const offlineLinks = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(offlineLinks).toEqual(expect.arrayContaining([urls.home, urls.stations, urls.calculator()]));

    // Search, read before: it says it needs the network.
    await go(page, origin, shellUrls.search);
    await expect.poll(() => page.locator('#search').innerText()).toContain('搜索需要联网');

    // A new build in the same folder; back online, one reload of the home page shows it, with the new stylesheet.
    await go(page, origin, urls.home);
    expect(await h1(page)).toBe(onlineHome);
    const stylesheet = await rebuild();
    await start();
    await context.setOffline(false);
    await page.reload({ waitUntil: 'load' });
    expect(await h1(page)).toBe(`${onlineHome}（新版）`);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).outlineColor)).toBe('rgb(1, 2, 3)');
    expect(await page.evaluate(() => [...document.styleSheets].map((s) => s.href ?? ''))).toEqual(expect.arrayContaining([expect.stringContaining(stylesheet)]));

    // The new worker takes over by itself; the old build's cache goes, the saved station stays.
    await expect.poll(() => cacheNames(page), { timeout: 30_000 }).not.toContain(firstCache);
    const names = await cacheNames(page);
    expect(names).toContain('shegong-my-station');
    expect(names.length).toBe(2);

    // Offline again: the new build, whole.
    await context.setOffline(true);
    await stop();
    await page.reload({ waitUntil: 'load' });
    expect(await h1(page)).toBe(`${onlineHome}（新版）`);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).outlineColor)).toBe('rgb(1, 2, 3)');
    await go(page, origin, urls.station(STATION));
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).outlineColor)).toBe('rgb(1, 2, 3)');
    expect(w.foreignRequests).toEqual([]);
  });
});
