// The browser tests' one set-up, as vitest fixtures: a test names what it needs, `async ({ openPage }) => …`, and
// gets it ready, and closed again whether the test passed or failed.
//
// - browser: Debian's Chromium (browser.ts), launched for the first test of a worker that needs it and closed
//   when the worker ends. With vitest's default isolation a worker runs one test file, so one Chromium a file.
// - origin: the local server the project's global setup serves (dist/, or the city slice).
// - openPage(options?, siteOrigin?): a fresh context and page that records console errors and blocks and records
//   every request leaving the local server (openWatchedPage in browser.ts); siteOrigin defaults to `origin`. Every
//   context it opened is closed after the test.
//
// Test files import `it` (or `test`) from here instead of from vitest; describe, expect and the hooks stay vitest's.
import type { BrowserContextOptions } from 'playwright-core';
import { test as base } from 'vitest';
import { launchBrowser, openWatchedPage, origin, type WatchedPage } from './browser.ts';

export type OpenPage = (options?: BrowserContextOptions, siteOrigin?: string) => Promise<WatchedPage>;

export const test = base
  .extend('browser', { scope: 'worker' }, async ({}, { onCleanup }) => {
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    return browser;
  })
  // Read when a test asks for it, so a project that serves no site can still use the browser.
  .extend('origin', { scope: 'worker' }, () => origin())
  .extend('openPage', async ({ browser }, { onCleanup }) => {
    const opened: WatchedPage[] = [];
    onCleanup(async () => {
      await Promise.all(opened.map((w) => w.context.close()));
    });
    const openPage: OpenPage = async (options, siteOrigin = origin()) => {
      const watched = await openWatchedPage(browser, siteOrigin, options);
      opened.push(watched);
      return watched;
    };
    return openPage;
  });

export const it = test;
