/**
 * The station directory and station page as a resident uses them: on a phone,
 * typing a community, road or street (JavaScript), or tapping district →
 * community or street → station (no JavaScript, taps counted), in large type,
 * and never shown a number the data does not hold. The same paths run on the
 * fictional city in tests/city/directory.test.ts.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { describe, expect } from 'vitest';
import { PHONE, visit } from '../harness/browser.ts';
import { it } from '../harness/fixture.ts';
import { closeClean as done, findWithSearch, SEARCH_WAIT, hydrated, MAX_TAPS, openDirectory, resultCard, searchStatus as status, tapToStation } from '../harness/directory-paths.ts';
import { findPhoneLike, foundDigits } from '../../src/stations/phones.ts';
import { ISLAND_RUNTIME_BYTES } from '../../tools/site/budgets.ts';
import { liuhuaStationRaw } from '../fixtures/liuhua-station.ts';

const STATION = '广州市流花街社工服务站';
const ADDRESSES = ['越秀区解放北路桂花岗一街一号之一', '环市中路 209 号之二 208 房', '人民北路 696 号 103 室'];
const COMMUNITIES = ['桂花苑社区', '花果山社区', '桂花岗社区', '流花桥社区', '火车站社区'];
const NOT_PUBLISHED = '号码未在评估报告中公布';
const QUERIES = ['花果山', '桂花岗', '环市中路', '人民北路', '流花', '越秀'];

const card = (page: Page) => resultCard(page, 'liuhua');
const LIUHUA = { stationId: 'liuhua', stationName: STATION, address: ADDRESSES[1]! };

/** /stations/ after a search, so the result cards are on the page. */
async function searched(page: Page, query = '花果山') {
  await hydrated(page);
  await page.locator('#station-q').fill(query);
  await expect.poll(() => status(page).textContent(), SEARCH_WAIT).toContain(`与“${query}”相符`);
}

describe('directory search (JavaScript on, phone)', () => {
  it('each query from the issue finds 流花街社工服务站 in one step, with its contact card, and the count is announced', async ({ openPage }) => {
    const w = await openDirectory(openPage);
    const { page } = w;
    await expect(status(page).textContent()).resolves.toBe('共 1 个社工站');
    // The page carries no station card and has not fetched the search index before the first input.
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await expect.poll(() => page.locator('[data-station-card]').count()).toBe(0);
    for (const q of QUERIES) {
      await findWithSearch(page, q, LIUHUA);
      await expect.poll(() => status(page).textContent(), SEARCH_WAIT).toBe(`找到 1 个与“${q}”相符的社工站`);
      // The addresses and hotline are right there, without another tap.
      await expect.poll(() => card(page).getByText(NOT_PUBLISHED).first().isVisible()).toBe(true);
    }
    // Fetched once, on the first query.
    expect(fetched.filter((p) => p === '/stations/search-index.json')).toHaveLength(1);
    await done(w);
  });

  it('finds the station by a community, a road and a street', async ({ openPage }) => {
    const w = await openDirectory(openPage);
    for (const q of ['桂花苑社区', '解放北路', '流花街道']) await findWithSearch(w.page, q, LIUHUA);
    await done(w);
  });

  it('typing key by key, and partial or suffixed names, work too; the hint says which community matched', async ({ openPage }) => {
    const w = await openDirectory(openPage);
    const { page } = w;
    const box = page.locator('#station-q');
    await box.click();
    await page.keyboard.type('花果山社区');
    await expect.poll(() => status(page).textContent(), SEARCH_WAIT).toBe('找到 1 个与“花果山社区”相符的社工站');
    await expect.poll(() => card(page).locator('[data-match-hint]').textContent()).toBe('相符：花果山社区（东片区）');
    await box.fill('　环市中路２０９号');
    await expect.poll(() => status(page).textContent(), SEARCH_WAIT).toBe('找到 1 个与“环市中路２０９号”相符的社工站');
    await expect.poll(() => card(page).locator('[data-match-hint]').textContent()).toBe('相符：环市中路 209 号之二 208 房');
    // Enter (the keyboard's 搜索 key) closes the keyboard and brings the station's addresses on screen.
    await box.press('Enter');
    await expect.poll(() => card(page).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('station-q');
    const top = await card(page).evaluate((el) => el.getBoundingClientRect().top);
    // Scrolling snaps to device pixels, so “at the top” can be a fraction of a pixel above 0.
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(100);
    await expect(card(page).getByText(ADDRESSES[0]!, { exact: true }).isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).pathname).toBe('/stations/');
    await done(w);
  });

  it('with a pinyin input method, waits for the chosen characters instead of searching the letters', async ({ openPage }) => {
    const w = await openDirectory(openPage);
    const { page } = w;
    await page.locator('#station-q').focus();
    // Chromium's own IME path: composition events, input events with isComposing, then the commit.
    const cdp = await w.context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'huaguoshan', selectionStart: 10, selectionEnd: 10 });
    await expect.poll(() => page.locator('#station-q').inputValue()).toBe('huaguoshan');
    expect(await status(page).textContent()).toBe('共 1 个社工站');
    await cdp.send('Input.insertText', { text: '花果山' });
    await expect.poll(() => status(page).textContent(), SEARCH_WAIT).toBe('找到 1 个与“花果山”相符的社工站');
    await expect.poll(() => card(page).isVisible()).toBe(true);
    await done(w);
  });

  it('a name that matches nothing says so, and the reset clears the search', async ({ openPage }) => {
    const w = await openDirectory(openPage);
    const { page } = w;
    await page.locator('#station-q').fill('天河北路');
    await expect.poll(() => status(page).textContent(), SEARCH_WAIT).toBe('没有找到与“天河北路”相符的社工站');
    await expect.poll(() => page.locator('[data-station-card]').count()).toBe(0);
    await expect.poll(() => page.getByText('请检查有没有错字').isVisible()).toBe(true);
    await page.getByRole('button', { name: '清除搜索' }).click();
    await expect.poll(() => status(page).textContent(), SEARCH_WAIT).toBe('共 1 个社工站');
    await expect.poll(() => page.locator('[data-station-card]').count()).toBe(0);
    await expect.poll(() => page.locator('#station-q').inputValue()).toBe('');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('station-q');
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect.poll(() => page.getByText('请检查有没有错字').count()).toBe(0);
    await done(w);
  });

  it('a shared link with ?q= opens with the search done', async ({ openPage }) => {
    const w = await openPage(PHONE);
    await visit(w, `/stations/?q=${encodeURIComponent('火车站')}`);
    const { page } = w;
    await hydrated(page);
    await expect.poll(() => page.locator('#station-q').inputValue()).toBe('火车站');
    await expect.poll(() => status(page).textContent(), SEARCH_WAIT).toBe('找到 1 个与“火车站”相符的社工站');
    await expect.poll(() => card(page).locator('[data-match-hint]').textContent()).toBe('相符：火车站社区（西片区）');
    await done(w);
  });

  it('the search island is small: its own chunk and all the JavaScript the page loads, gzipped', async ({ openPage }) => {
    const html = readFileSync('dist/stations/index.html', 'utf8');
    const island = /component-url="\/_astro\/(StationSearch\.[^"]+\.js)"/.exec(html)?.[1];
    expect(island).toBeDefined();
    const { gzipSync } = await import('node:zlib');
    const gz = (file: string) => gzipSync(readFileSync(join('dist/_astro', file))).length;
    expect(gz(island!)).toBeLessThanOrEqual(10 * 1024);
    // Everything the page actually fetches for it (Preact, the island renderer), measured in the browser.
    const w = await openPage(PHONE);
    const scripts: string[] = [];
    w.page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname.replace('/_astro/', ''));
    });
    await visit(w, '/stations/');
    await hydrated(w.page);
    const total = scripts.reduce((sum, f) => sum + gz(f), 0);
    expect(scripts).toContain(island);
    // Its own code within its 10 KB, plus the runtime every island shares (tools/site/budgets.ts: 11 KB).
    expect(total).toBeLessThanOrEqual(ISLAND_RUNTIME_BYTES + 10 * 1024);
    await done(w);
  });
});

describe('without JavaScript', () => {
  it('/stations/liuhua/ shows every address, the hotline wording and every community', async ({ openPage }) => {
    const w = await openPage({ ...PHONE, javaScriptEnabled: false });
    await visit(w, '/stations/liuhua/');
    const { page } = w;
    const main = await page.locator('main').innerText();
    expect(main).toContain(STATION);
    for (const a of ADDRESSES) expect(main).toContain(a);
    for (const c of COMMUNITIES) expect(main).toContain(c);
    expect(main).toContain('“红棉守护”热线');
    expect(main.split(NOT_PUBLISHED).length - 1).toBe(3);
    expect(main).toContain('24 小时开通');
    expect(main).toContain('日常 8 小时热线服务');
    // The copy button needs JavaScript, so it is not offered; the map link is a plain link.
    await expect.poll(() => page.getByRole('button', { name: '复制地址' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('link', { name: /在高德地图中查看/ }).count()).toBe(3);
    await done(w);
  });

  it('the district page lists the station by street, with its addresses, and every community it serves', async ({ openPage }) => {
    const w = await openPage({ ...PHONE, javaScriptEnabled: false });
    await visit(w, '/stations/district/越秀区/');
    const main = await w.page.locator('main').innerText();
    expect(main).toContain('流花街道');
    for (const a of ADDRESSES) expect(main).toContain(a);
    const links = await w.page.locator('a[data-community-link]').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links.map(([name]) => name).sort()).toEqual([...COMMUNITIES].sort());
    expect(new Set(links.map(([, href]) => href))).toEqual(new Set(['/stations/liuhua/']));
    await done(w);
  });

  for (const by of [{ district: '越秀区', community: '花果山社区' }, { district: '越秀区', street: '流花街道' }]) {
    it(`finds the station by tapping ${by.district} → ${'community' in by ? by.community : by.street}, within ${MAX_TAPS} taps`, async ({ openPage }) => {
      const taps = await tapToStation(openPage, by, LIUHUA);
      expect(taps).toBeLessThanOrEqual(MAX_TAPS);
      expect(taps).toBe(2);
    });
  }

  it('/stations/ carries no station card; the form still sends the query, and the page says how to tap through', async ({ openPage }) => {
    const w = await openPage({ ...PHONE, javaScriptEnabled: false });
    await visit(w, '/stations/');
    const { page } = w;
    await expect.poll(() => page.locator('[data-station-card], [data-contact-card]').count()).toBe(0);
    await expect.poll(() => page.locator('noscript').count()).toBe(1);
    await page.locator('#station-q').fill('花果山');
    await Promise.all([page.waitForURL(/\/stations\/\?q=/), page.locator('#station-q').press('Enter')]);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=花果山');
    await expect.poll(() => page.locator('main').innerText()).toContain('请在下面点您住的区');
    await expect.poll(() => page.locator('a[data-district-link]').allTextContents()).toEqual([expect.stringContaining('越秀区')]);
    await done(w);
  });
});

describe('contact card', () => {
  it('is the same block, in the same order, in the directory search and on the station page', async ({ openPage }) => {
    const w = await openPage(PHONE);
    await visit(w, '/stations/');
    await searched(w.page);
    const onDirectory = await card(w.page).locator('[data-contact-card]').innerText();
    await visit(w, '/stations/liuhua/');
    const cards = w.page.locator('[data-contact-card]');
    expect(await cards.count()).toBe(1);
    expect(await cards.innerText()).toBe(onDirectory);
    // On the station page it comes first, straight after the title, before the communities, the reports and their history.
    const outline = await w.page.evaluate(() =>
      [...document.querySelectorAll('main h1, main h2')].map((h) => `${h.closest('[data-contact-card]') ? '卡片：' : ''}${h.textContent?.trim()}`),
    );
    expect(outline).toEqual([STATION, '卡片：服务地址', '卡片：“红棉守护”热线', '服务社区（5 个）', '历年评估报告', '历年得分变化', '资料来源']);
    await done(w);
  });

  it('copies an address with one tap and says so', async ({ origin, openPage }) => {
    const w = await openPage(PHONE);
    await w.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await visit(w, '/stations/liuhua/');
    const { page } = w;
    const buttons = page.getByRole('button', { name: '复制地址' });
    expect(await buttons.count()).toBe(3);
    await buttons.nth(1).tap();
    await expect.poll(() => page.locator('.site').nth(1).locator('[role="status"]').textContent()).toBe(
      '已复制：广州市越秀区环市中路 209 号之二 208 房',
    );
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('广州市越秀区环市中路 209 号之二 208 房');
    await done(w);
  });

  it('copies in browsers without the Clipboard API too (older in-app browsers)', async ({ origin, openPage }) => {
    const w = await openPage(PHONE);
    await w.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await w.page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await visit(w, '/stations/liuhua/');
    await w.page.getByRole('button', { name: '复制地址' }).first().tap();
    await expect.poll(() => w.page.locator('.site').first().locator('[role="status"]').textContent()).toBe(
      '已复制：广州市越秀区解放北路桂花岗一街一号之一',
    );
    // Read the clipboard back from a page that has the API.
    const reader = await w.context.newPage();
    await reader.goto(new URL('/stations/', origin).href);
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe('广州市越秀区解放北路桂花岗一街一号之一');
    await done(w);
  });

  it('links each address to a map search by a plain link, and nothing is fetched from the map site before a tap', async ({ openPage }) => {
    const w = await openPage(PHONE);
    await visit(w, '/stations/liuhua/');
    const links = w.page.getByRole('link', { name: /在高德地图中查看/ });
    expect(await links.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      const href = (await links.nth(i).getAttribute('href'))!;
      const url = new URL(href);
      expect(url.origin + url.pathname).toBe('https://uri.amap.com/search');
      expect(url.searchParams.get('keyword')).toBe(`广州市越秀区${ADDRESSES[i]!.replace(/^越秀区/, '')}`.replace(/\s+/g, ''));
      expect(await links.nth(i).getAttribute('rel')).toContain('noopener');
    }
    expect(await w.page.locator('iframe').count()).toBe(0);
    expect(w.foreignRequests).toEqual([]);
    await done(w);
  });

  it('the station page lists its report with total and grade, linking to it', async ({ openPage }) => {
    const w = await openPage(PHONE);
    await visit(w, '/stations/liuhua/');
    const { page } = w;
    const item = page.locator('section[aria-labelledby="reports-heading"] li');
    expect(await item.count()).toBe(1);
    expect(await item.innerText()).toContain('总分 83.62 分，等级 良好');
    await Promise.all([page.waitForURL('**/reports/liuhua-2023-2024-final/'), item.getByRole('link').click()]);
    await expect.poll(() => page.locator('h1').textContent()).toContain(STATION);
    await done(w);
  });

  it('carries schema.org JSON-LD: a GovernmentOffice with its addresses, and a telephone only when the data holds one', async ({ openPage }) => {
    const lines: { number: { value: string } | null }[] = liuhuaStationRaw().hotline.lines;
    const known = lines.flatMap((l) => (l.number ? [l.number.value] : []));
    const w = await openPage(PHONE);
    await visit(w, '/stations/liuhua/');
    const ld = JSON.parse((await w.page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('GovernmentOffice');
    expect(ld.name).toBe(STATION);
    expect(ld.address.map((a: { streetAddress: string }) => a.streetAddress)).toEqual([
      '越秀区解放北路桂花岗一街一号之一',
      '越秀区环市中路209号之二208房',
      '越秀区人民北路696号103室',
    ]);
    if (known.length === 0) expect(ld).not.toHaveProperty('telephone');
    else expect(ld.telephone).toBe(known[0]);
    await visit(w, '/stations/district/越秀区/');
    const dir = JSON.parse((await w.page.locator('script[type="application/ld+json"]').textContent())!);
    expect(dir['@type'] ?? dir['@graph']?.[0]?.['@type']).toBe('GovernmentOffice');
    await done(w);
  });
});

describe('large type, large targets, no sideways scrolling', () => {
  for (const path of ['/stations/', '/stations/liuhua/']) {
    it(`${path}${path === '/stations/' ? ' after a search' : ''}: body ≥ 18 px, addresses and hotline ≥ 24 px, targets ≥ 44 × 44 px`, async ({ openPage }) => {
      const w = await openPage(PHONE);
      await visit(w, path);
      const { page } = w;
      // On the directory the cards are the search's results.
      if (path === '/stations/') await searched(page);
      const sizes = await page.evaluate(() => {
        const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
        return {
          body: px(document.body),
          addresses: [...document.querySelectorAll('[data-address]')].map(px),
          numbers: [...document.querySelectorAll('[data-hotline-number]')].map(px),
        };
      });
      expect(sizes.body).toBeGreaterThanOrEqual(18);
      expect(sizes.addresses).toHaveLength(3);
      expect(sizes.numbers).toHaveLength(3);
      for (const s of [...sizes.addresses, ...sizes.numbers]) expect(s).toBeGreaterThanOrEqual(24);
      // Every button, input and stand-alone link in main (links inside sentences are exempt).
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('main button, main input, main a')]
          // Links inside the sources' sentences are exempt (WCAG 2.5.8 inline exception).
          .filter((el) => el.offsetParent !== null && !el.closest('.source-list'))
          .map((el) => ({ text: el.textContent?.trim() ?? el.id, r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.width < 44 || r.height < 44)
          .map(({ text, r }) => `${text} ${Math.round(r.width)}×${Math.round(r.height)}`),
      );
      expect(small).toEqual([]);
      await done(w);
    });

    for (const width of [320, 180]) {
      it(`${path}: no horizontal scroll at ${width} px${width === 180 ? ' (a 360 px phone at 200% zoom)' : ''}`, async ({ openPage }) => {
        const w = await openPage({ ...PHONE, viewport: { width, height: 740 } });
        await visit(w, path);
        const { page } = w;
        if (path === '/stations/') await searched(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await done(w);
      });
    }
  }
});

describe('accessibility (axe-core)', () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  for (const [path, query] of [['/stations/', ''], ['/stations/', '花果山'], ['/stations/', '天河北路'], ['/stations/district/越秀区/', ''], ['/stations/liuhua/', '']] as const) {
    it(`${path}${query ? ` after searching “${query}”` : ''} has no WCAG A/AA violations`, async ({ openPage }) => {
      const w = await openPage(PHONE);
      await visit(w, path);
      const { page } = w;
      if (query) {
        await hydrated(page);
        await page.locator('#station-q').fill(query);
        await expect.poll(() => status(page).textContent(), SEARCH_WAIT).toContain(query);
      }
      // Evaluated, not added as a <script>: the page's CSP refuses an inline script it has no hash for.
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        // @ts-expect-error axe is injected above
        const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
        return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      await done(w);
    });
  }
});

describe('no invented phone numbers anywhere on the site', () => {
  /** Every number the data holds: station records and report frontmatter. */
  function dataNumbers(): Set<string> {
    const numbers = new Set<string>();
    const collect = (lines: { number: unknown }[] | undefined) => {
      for (const l of lines ?? []) {
        const n = l.number;
        const value = typeof n === 'string' ? n : n && typeof n === 'object' && 'value' in n ? String(n.value) : null;
        if (value) numbers.add(foundDigits(value));
      }
    };
    for (const file of walk('content/stations')) {
      const raw = parse(readFileSync(file, 'utf8'));
      collect(raw?.hotline?.lines);
      // A station derived from its report (fromReport:) lists only the numbers published elsewhere.
      for (const n of raw?.hotlineNumbers ?? []) if (n?.value) numbers.add(foundDigits(String(n.value)));
    }
    for (const file of walk('content/reports').filter((f) => f.endsWith('.mdx'))) {
      const fm = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1];
      collect(fm ? parse(fm)?.hotline?.lines : undefined);
    }
    return numbers;
  }

  function walk(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  }

  it('every phone-number-like string and tel: link in dist/ is a number from the data', () => {
    const allowed = dataNumbers();
    const files = walk('dist').filter((f) => /\.(html|json|csv|xml|txt|webmanifest)$/.test(f));
    expect(files).toContain(join('dist', 'stations', 'index.html'));
    const stray: string[] = [];
    for (const file of files) {
      // Page text, attributes and JSON-LD; not the code of scripts or styles.
      const text = readFileSync(file, 'utf8')
        .replace(/<script(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, '')
        .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
      for (const found of findPhoneLike(text)) {
        if (!allowed.has(foundDigits(found))) stray.push(`${file}: ${found}`);
      }
    }
    expect(stray).toEqual([]);
  });

  it('each hotline line shows its number as a tel: link exactly when the data holds one, and 号码未在评估报告中公布 otherwise', async ({ openPage }) => {
    const lines: { number: { value: string } | null }[] = liuhuaStationRaw().hotline.lines;
    const texts = lines.map((l) => l.number?.value ?? NOT_PUBLISHED);
    const hrefs = lines.flatMap((l) => (l.number ? [`tel:${foundDigits(l.number.value)}`] : []));
    const w = await openPage(PHONE);
    for (const path of ['/stations/', '/stations/liuhua/']) {
      await visit(w, path);
      if (path === '/stations/') await searched(w.page);
      expect(await w.page.locator('[data-hotline-number]').allTextContents()).toEqual(texts);
      const tel = await w.page.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(tel).toEqual(hrefs);
    }
    await done(w);
  });
});
