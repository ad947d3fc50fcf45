/** Site basics: canonical and Open Graph tags, sitemap, RSS, a helpful 404, favicon, robots.txt, methodology and glossary content. */
import { describe, expect } from 'vitest';
import { ruleSetById, ruleSets } from '../../src/scoring/index.ts';
import { PHONE, visit } from '../harness/browser.ts';
import { it } from '../harness/fixture.ts';
import { REPORT_PATH, SITE_PAGES, url } from './site-pages.ts';

// The `site` of astro.config.mjs: canonical links, the sitemap and the feed are absolute on it.
const SITE = 'https://shegong-pinggu.example.org';

describe('head tags', () => {
  it('every page has its title, description, canonical URL and Open Graph tags', async ({ openPage }) => {
    const w = await openPage();
    for (const path of [...SITE_PAGES, REPORT_PATH]) {
      await visit(w, path);
      const head = await w.page.evaluate(() => {
        const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? null;
        return {
          title: document.title,
          description: meta('meta[name="description"]'),
          canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
          ogTitle: meta('meta[property="og:title"]'),
          ogUrl: meta('meta[property="og:url"]'),
          ogType: meta('meta[property="og:type"]'),
          ogDescription: meta('meta[property="og:description"]'),
          icon: document.querySelector('link[rel="icon"]')?.getAttribute('href'),
          rss: document.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'),
        };
      });
      expect(head.canonical, path).toBe(`${SITE}${path}`);
      expect(head.ogUrl, path).toBe(head.canonical);
      expect(head.title, path).toContain('社工站评估公开平台');
      expect(head.title, path).toContain(head.ogTitle);
      expect(head.description?.length, path).toBeGreaterThan(10);
      expect(head.ogDescription, path).toBe(head.description);
      expect(head.ogType, path).toMatch(/^(website|article)$/);
      expect(head.icon).toBe('/favicon.svg');
      expect(head.rss).toBe('/rss.xml');
    }
    const icon = await w.page.request.get(url('/favicon.svg'));
    expect(icon.status()).toBe(200);
    expect(await icon.text()).toContain('<svg');
  });
});

describe('sitemap, feed, robots', () => {
  it('the sitemap lists every page and not the 404 page', async ({ openPage }) => {
    const w = await openPage();
    const index = await (await w.page.request.get(url('/sitemap-index.xml'))).text();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(sitemaps.length).toBeGreaterThan(0);
    const locs: string[] = [];
    for (const s of sitemaps) {
      const xml = await (await w.page.request.get(url(s))).text();
      locs.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    }
    for (const path of [...SITE_PAGES, REPORT_PATH]) expect(locs).toContain(`${SITE}${path}`);
    expect(locs.some((l) => l.includes('404'))).toBe(false);
    const robots = await (await w.page.request.get(url('/robots.txt'))).text();
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });

  it('the RSS feed has one item per report, each linking to a page that exists', async ({ openPage }) => {
    const w = await openPage();
    await visit(w, '/');
    const feed = await w.page.evaluate(async () => {
      const xml = new DOMParser().parseFromString(await (await fetch('/rss.xml')).text(), 'application/xml');
      return {
        error: xml.querySelector('parsererror')?.textContent ?? null,
        title: xml.querySelector('channel > title')?.textContent,
        items: [...xml.querySelectorAll('item')].map((i) => ({
          title: i.querySelector('title')?.textContent,
          link: i.querySelector('link')?.textContent ?? '',
          pubDate: i.querySelector('pubDate')?.textContent ?? '',
        })),
      };
    });
    expect(feed.error).toBeNull();
    const reports = (await (await w.page.request.get(url('/data/reports.json'))).json()).reports as { id: string; title: string }[];
    expect(feed.items.map((i) => i.link)).toEqual(reports.map((r) => `${SITE}/reports/${r.id}/`));
    for (const item of feed.items) {
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      expect((await w.page.request.get(url(new URL(item.link).pathname))).status()).toBe(200);
    }
  });
});

describe('404', () => {
  it('answers 404 with a helpful page: what happened, where to go, a search box', async ({ openPage }) => {
    const w = await openPage(PHONE);
    const res = await w.page.goto(url('/reports/no-such-report/'));
    expect(res?.status()).toBe(404);
    expect(await w.page.locator('h1').textContent()).toBe('找不到这个页面');
    expect(await w.page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    for (const [name, href] of [
      ['找社工站', '/stations/'],
      ['评估报告', '/reports/'],
      ['回到首页', '/'],
    ] as const) {
      expect(await w.page.locator('main').getByRole('link', { name }).first().getAttribute('href')).toBe(href);
    }
    await w.page.getByLabel('搜索本站').fill('稳岗率');
    await w.page.getByRole('main').getByRole('button', { name: '搜索' }).click();
    await w.page.waitForURL(/\/search\/\?q=/);
    expect(decodeURIComponent(new URL(w.page.url()).search)).toBe('?q=稳岗率');
  });
});

describe('methodology and glossary', () => {
  it('/methodology/ lists every rule set, newest first, linking its own page', async ({ openPage }) => {
    const w = await openPage(PHONE);
    await visit(w, '/methodology/');
    const links = await w.page.locator('[data-list=rule-sets] h2 a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual(ruleSets().map((r) => [r.title, `/methodology/${r.id}/`]));
  });

  it('the gz-2023 methodology page prints the parties, maxima, grade bands, 稳岗率 rule and source documents from its data', async ({ openPage }) => {
    const rules = ruleSetById('gz-2023')!;
    const w = await openPage(PHONE);
    await visit(w, '/methodology/gz-2023/');
    const text = await w.page.locator('main').innerText();
    for (const p of rules.parties) expect(text).toMatch(new RegExp(`${p.fullName.replace(/[()（）/]/g, '.')}\\s+${p.maxPoints} 分`));
    for (const b of rules.bands) expect(text).toContain(b.wording);
    expect(text).toContain(`不低于 ${rules.staffing.retentionMinPercent}%`);
    for (const s of Object.values(rules.sources)) {
      expect(text).toContain(s.title);
      if (s.number) expect(text).toContain(s.number);
    }
    // The worked example is the newest gz-2023 report's, computed: 83.62, 良好.
    expect(await w.page.locator('[data-example=total]').innerText()).toContain('= 83.62 分');
    for (const number of ['穗府办〔2023〕7 号', '穗民〔2023〕97 号']) expect(text).toContain(number);
    expect(text).toContain('《广州市社工站购买服务项目评估办法》');
  });

  it('glossary terms in the report text link to their definitions, and the link lands on the term', async ({ openPage }) => {
    const w = await openPage(PHONE);
    await visit(w, REPORT_PATH);
    const terms = await w.page.locator('main a.term').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    const hrefs = terms.map(([, h]) => h);
    for (const id of ['wushe-liandong', 'shuangbai', 'wengang-lv', 'doudi-fuwu', 'hongmian-shouhu', 'santu-yibiao', 'shegongdian']) {
      expect(hrefs).toContain(`/glossary/#${id}`);
    }
    // Each term is linked once per page.
    expect(new Set(hrefs).size).toBe(hrefs.length);
    await w.page.locator('main a.term[href="/glossary/#wushe-liandong"]').click();
    await w.page.waitForURL(/\/glossary\/#wushe-liandong$/);
    const target = await w.page.evaluate(() => document.querySelector(':target')?.textContent);
    expect(target).toBe('五社联动');
    expect(await w.page.locator('#wushe-liandong ~ p').first().textContent()).toContain('社区志愿者');
  });
});
