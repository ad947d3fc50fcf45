/** The search page as a reader uses its filters: type a query, tick a filter, read the results. */
import type { WatchedPage } from './browser.ts';

export interface Result {
  /** The result's page path (a passage's ?passage=… left out). */
  path: string;
  href: string;
  title: string;
  excerpt: string;
}

/** Wait until Pagefind has answered the query shown and every result is in, loading all pages of them. */
async function settled(w: WatchedPage, query: string): Promise<void> {
  await w.page.locator('.pagefind-ui__message').filter({ hasText: /找到|未找到/ }).filter({ hasText: query }).waitFor();
  await w.page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__loading').length === 0);
  const more = w.page.locator('.pagefind-ui__button', { hasText: '加载更多' });
  while (await more.count()) {
    await more.click();
    await w.page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__loading').length === 0);
  }
}

/** The results on screen for `query`, once they are all in (sorted, so two pages can be compared). */
export async function results(w: WatchedPage, query?: string): Promise<Result[]> {
  const q = query ?? (await w.page.locator('.pagefind-ui__search-input').inputValue());
  await settled(w, q);
  const list = await w.page.locator('.pagefind-ui__result').evaluateAll((items) =>
    items.map((item) => {
      const a = item.querySelector('.pagefind-ui__result-link') as HTMLAnchorElement;
      return { href: a.getAttribute('href')!, title: a.textContent!.trim(), excerpt: item.querySelector('.pagefind-ui__result-excerpt')?.textContent ?? '' };
    }),
  );
  return list.map((r) => ({ ...r, path: new URL(r.href, 'http://x').pathname })).sort((a, b) => a.href.localeCompare(b.href));
}

/** Type a query into the box and return its results. */
export async function searchFor(w: WatchedPage, query: string): Promise<Result[]> {
  const input = w.page.locator('.pagefind-ui__search-input');
  await input.fill('');
  await input.pressSequentially(query);
  return results(w, query);
}

/** Open a filter group if it is closed and tick one value, as a reader taps it; waits for the new results. */
export async function tick(w: WatchedPage, filter: string, value: string): Promise<void> {
  const box = w.page.locator(`input.pagefind-ui__filter-checkbox[name="${filter}"][value="${value}"]`);
  if (!(await box.isVisible())) await w.page.locator('summary.pagefind-ui__filter-name', { hasText: filter }).click();
  const before = { url: w.page.url(), message: await w.page.locator('.pagefind-ui__message').textContent() };
  await w.page.locator(`label[for="${await box.getAttribute('id')}"]`).click();
  // The address follows the tick at once; the results follow when Pagefind has searched again (its message
  // changes, unless the filter left the count as it was).
  await w.page.waitForFunction((url) => location.href !== url, before.url);
  await w.page
    .waitForFunction((m) => document.querySelector('.pagefind-ui__message')?.textContent !== m, before.message, { timeout: 3000 })
    .catch(() => undefined);
  await w.page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__loading').length === 0);
}
