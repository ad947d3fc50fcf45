import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Debian's Chromium; `.ci/run` installs it. CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install -y chromium).`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS, headless: true });
}

/** The local origin serving dist/. */
export function origin(): string {
  return inject('origin');
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** console.error messages and uncaught page errors. */
  consoleErrors: string[];
  /** Requests to any host other than the local server; they are aborted, never sent. */
  foreignRequests: string[];
  /** The local server the page visits (dist/, or a scratch build's). */
  siteOrigin: string;
}

/** A phone-sized viewport like the residents' (360 × 740, touch). */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
};

/** The narrowest phone the site must fit without horizontal scrolling (WCAG 1.4.10 reflow width). */
export const NARROW: BrowserContextOptions = {
  viewport: { width: 320, height: 640 },
  deviceScaleFactor: 1,
  locale: 'zh-CN',
};

/**
 * Open a fresh context and page that records console errors and blocks and
 * records every request leaving localhost. Tests get it from the fixture (fixture.ts), which closes the context.
 */
export async function openWatchedPage(browser: Browser, siteOrigin: string, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ locale: 'zh-CN', ...options });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const local = new URL(siteOrigin).host;
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.host === local) return route.continue();
    foreignRequests.push(url.href);
    return route.abort();
  });
  return { page, context, consoleErrors, foreignRequests, siteOrigin };
}

/** Navigate to a site path and wait until the network is quiet. */
export async function visit(watched: WatchedPage, path: string): Promise<void> {
  const response = await watched.page.goto(new URL(path, watched.siteOrigin).href, { waitUntil: 'networkidle' });
  if (!response || response.status() >= 400) {
    throw new Error(`GET ${path} answered ${response?.status() ?? 'nothing'}`);
  }
}

/**
 * Resolve once the islands' effects have run. Preact runs `useEffect` callbacks after the next frame
 * (a requestAnimationFrame, or a 35 ms timer when frames are late, then a task), so hydration alone
 * (Astro removing `ssr`) does not mean an island has read the address bar, localStorage or attached its
 * listeners. A frame and then a task queued after every island hydrated come after those effects.
 * Call it only after waiting for the islands to hydrate.
 */
export async function islandEffectsRun(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done))));
}
