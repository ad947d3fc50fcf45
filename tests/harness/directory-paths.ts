// How a resident finds their station in the directory, as browser steps shared by the directory tests on
// today's content (tests/browser/directory.test.ts) and on the fictional city (tests/city/directory.test.ts):
// with JavaScript, one query in the search box; without it, taps through static pages, counted.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { PHONE, visit, type WatchedPage } from './browser.ts';
import type { OpenPage } from './fixture.ts';

/** The tap budget without JavaScript (issue 13): from /stations/ to the station's contact card. */
export const MAX_TAPS = 3;

/**
 * How long to wait for the search's answer: the first query fetches the search index, which on a busy shared
 * machine can take seconds (the default poll gives up after one).
 */
export const SEARCH_WAIT = { timeout: 10_000 };

export const searchStatus = (page: Page) => page.locator('.station-search [role="status"]');
export const resultCard = (page: Page, stationId: string) => page.locator(`[data-station-card][data-station-id="${stationId}"]`);

/** Wait until the island has hydrated (its effects run after the astro-island loses `ssr`). */
export async function hydrated(page: Page) {
  await page.waitForFunction(() => document.querySelector('astro-island') && !document.querySelector('astro-island[ssr]'));
}

/** /stations/ on a phone, its search island hydrated. */
export async function openDirectory(openPage: OpenPage): Promise<WatchedPage> {
  const w = await openPage(PHONE);
  await visit(w, '/stations/');
  await hydrated(w.page);
  return w;
}

export async function closeClean(w: WatchedPage) {
  expect(w.consoleErrors).toEqual([]);
  expect(w.foreignRequests).toEqual([]);
  await w.context.close();
}

export interface Expected {
  stationId: string;
  stationName: string;
  /** One of the station's addresses as printed: it must be on screen without another tap. */
  address: string;
}

/**
 * With JavaScript: type the query into the box on /stations/ (hydrated) and see the station's card, with its
 * address and hotline, among the results: one step.
 */
export async function findWithSearch(page: Page, query: string, expected: Expected): Promise<void> {
  await page.getByLabel('输入社区、街道、路名或社工站名称').fill(query);
  await expect.poll(() => searchStatus(page).textContent(), SEARCH_WAIT).toMatch(new RegExp(`^找到 \\d+ 个与“${query}”相符的社工站`));
  const card = resultCard(page, expected.stationId);
  expect(await card.isVisible(), `${query} → ${expected.stationName}`).toBe(true);
  expect(await card.getByRole('heading', { name: expected.stationName }).isVisible()).toBe(true);
  expect(await card.getByText(expected.address, { exact: true }).isVisible()).toBe(true);
  expect(await card.locator('[data-hotline-number]').count()).toBeGreaterThan(0);
  expect(new URL(page.url()).searchParams.get('q')).toBe(query);
}

export type TapBy = { district: string } & ({ community: string } | { street: string });

/**
 * Without JavaScript: from /stations/, tap the district, then the community (or the street), and arrive on the
 * station's page with its contact card. Returns the taps it took; each tap is a real tap on a visible link.
 */
export async function tapToStation(openPage: OpenPage, by: TapBy, expected: Expected): Promise<number> {
  const w = await openPage({ ...PHONE, javaScriptEnabled: false });
  const { page } = w;
  await visit(w, '/stations/');
  let taps = 0;
  const tap = async (link: ReturnType<Page['locator']>) => {
    expect(await link.count(), 'exactly one link to tap').toBe(1);
    await link.scrollIntoViewIfNeeded();
    expect(await link.isVisible()).toBe(true);
    await Promise.all([page.waitForEvent('load'), link.tap()]);
    taps++;
  };
  await tap(page.locator('a[data-district-link]').filter({ hasText: by.district }));
  expect(await page.locator('h1').textContent()).toBe(`${by.district}的社工站`);
  await tap('community' in by ? page.locator(`a[data-community-link="${by.community}"][href="/stations/${expected.stationId}/"]`) : page.locator(`a[data-station-link="${expected.stationId}"]`));
  expect(new URL(page.url()).pathname).toBe(`/stations/${expected.stationId}/`);
  expect(await page.locator('h1').textContent()).toBe(expected.stationName);
  const card = page.locator('[data-contact-card]');
  expect(await card.getByText(expected.address, { exact: true }).isVisible()).toBe(true);
  if ('community' in by) expect(await page.locator('main').innerText()).toContain(by.community);
  else expect(await page.locator('main').innerText()).toContain(by.street);
  await closeClean(w);
  return taps;
}
