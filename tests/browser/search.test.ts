/**
 * Full-text search (Pagefind, indexed at build): the fixed Chinese queries each find the right page,
 * and a word that only occurs inside a longer run of characters is found, which needs Pagefind's
 * Chinese segmentation (the extended binary, with the site's lang="zh-CN").
 */
import { describe, expect } from 'vitest';
import { PHONE, visit, type WatchedPage } from '../harness/browser.ts';
import { it } from '../harness/fixture.ts';
import { axeViolations, REPORT_PATH, url } from './site-pages.ts';

/** Wait for Pagefind's final message for a query (“找到 3 个 … 的相关结果” or “未找到 …”), not “正在搜索 …”. */
async function done(w: WatchedPage, query: string) {
  await w.page.locator('.pagefind-ui__message').filter({ hasText: new RegExp(`找到.*${query}`) }).waitFor();
  // Each result shows a loading placeholder until its page data has arrived.
  await w.page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__loading').length === 0);
}

/** Type a query into the search box and return the result links (page and sub-result hrefs). */
async function search(w: WatchedPage, query: string): Promise<string[]> {
  const input = w.page.locator('.pagefind-ui__search-input');
  await input.fill('');
  await input.pressSequentially(query);
  await done(w, query);
  return w.page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
}

const EXPECTED: Record<string, string[]> = {
  花果山: [REPORT_PATH, '/stations/liuhua/'],
  稳岗率: ['/glossary/#wengang-lv', '/methodology/gz-2023/#retention', REPORT_PATH],
  社区花园: [REPORT_PATH],
  红棉守护: ['/glossary/#hongmian-shouhu', REPORT_PATH],
  五社联动: ['/glossary/#wushe-liandong', REPORT_PATH],
  // A station by name, and by a community it serves.
  流花街社工服务站: ['/stations/liuhua/'],
  桂花苑社区: ['/stations/liuhua/'],
};

describe('search', () => {
  it('indexed the site as Chinese (zh-cn)', async ({ openPage }) => {
    const w = await openPage();
    const res = await w.page.request.get(url('/pagefind/pagefind-entry.json'));
    const entry = (await res.json()) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(entry.languages['zh-cn']!.page_count).toBeGreaterThanOrEqual(4);
  });

  it('finds the right page for each fixed query, typed into the search box', async ({ openPage }) => {
    const w = await openPage(PHONE);
    await visit(w, '/search/');
    const missing: string[] = [];
    for (const [query, pages] of Object.entries(EXPECTED)) {
      const found = await search(w, query);
      for (const page of pages) if (!found.includes(page)) missing.push(`${query} → ${page} (found: ${found.join(' ')})`);
    }
    expect(missing).toEqual([]);
    // The results, as Pagefind's UI draws them in our colours and sizes, pass axe-core too.
    expect(await axeViolations(w.page)).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
  });

  it('finds a word written inside a longer run of characters (Chinese word segmentation at work)', async ({ openPage }) => {
    // “慈善氛围” appears once, at the end of “较好地营造了社区慈善氛围”: without segmentation the index would
    // only hold the whole run, and neither an exact nor a prefix match would find it.
    const w = await openPage(PHONE);
    await visit(w, '/search/');
    expect(await search(w, '慈善氛围')).toContain(REPORT_PATH);
  });

  it('finds nothing for a word the site does not contain, and says so', async ({ openPage }) => {
    const w = await openPage(PHONE);
    await visit(w, '/search/');
    await w.page.locator('.pagefind-ui__search-input').fill('恐龙鲸鱼');
    await done(w, '恐龙鲸鱼');
    expect(await w.page.locator('.pagefind-ui__result').count()).toBe(0);
  });

  it('runs a search sent from the home page search box', async ({ openPage }) => {
    const w = await openPage(PHONE);
    await visit(w, '/');
    await w.page.getByLabel('搜索报告、社工站和术语').fill('花果山');
    await w.page.getByRole('button', { name: '搜索', exact: true }).click();
    await w.page.waitForURL(/\/search\/\?q=/);
    // Wait for the whole result list, not its first link: the others may still be loading then.
    await done(w, '花果山');
    const hrefs = await w.page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(REPORT_PATH);
    await expect.poll(() => w.page.locator('.pagefind-ui__search-input').inputValue()).toBe('花果山');
  });

  it('is linked from every page', async ({ openPage }) => {
    const w = await openPage(PHONE);
    for (const path of ['/', '/methodology/', REPORT_PATH, '/data/']) {
      await visit(w, path);
      expect(await w.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '搜索' }).getAttribute('href')).toBe('/search/');
    }
  });

  it('without JavaScript explains itself and points to the report index', async ({ openPage }) => {
    const w = await openPage({ ...PHONE, javaScriptEnabled: false });
    await visit(w, '/search/');
    const note = w.page.locator('main .notice');
    expect(await note.textContent()).toContain('搜索需要浏览器启用 JavaScript');
    expect(await note.getByRole('link', { name: '评估报告列表' }).getAttribute('href')).toBe('/reports/');
  });
});
