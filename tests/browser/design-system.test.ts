/**
 * The design system as a reader meets it: 大字 remembered across pages and applied before paint,
 * readable sizes, no sideways scrolling at 320 px, big tap targets, a visible focus ring, dark mode,
 * axe-core clean, and the print layout.
 */
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { PHONE, visit } from '../harness/browser.ts';
import { it } from '../harness/fixture.ts';
import { axeViolations, bodyFontSize, horizontalOverflow, REPORT_PATH, SITE_PAGES, url } from './site-pages.ts';

const KEY = 'shegong-text-size';

describe('大字 switch', () => {
  it('enlarges body text to 24 px or more, and the next page opens large before it is drawn', async ({ openPage }) => {
    const w = await openPage(PHONE);
    // Record the 大字 state at the moment <body> first exists: the setting must be on before any text is laid out.
    await w.context.addInitScript(() => {
      new MutationObserver((_m, obs) => {
        if (document.body) {
          (window as unknown as { atBody: string }).atBody = document.documentElement.dataset.textSize ?? 'normal';
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await visit(w, '/');
    const toggle = w.page.getByRole('button', { name: /^大字/ });
    await expect(toggle.isVisible()).resolves.toBe(true);
    expect(await bodyFontSize(w.page)).toBe(18);
    await toggle.click();
    await expect.poll(() => bodyFontSize(w.page)).toBeGreaterThanOrEqual(24);
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => toggle.textContent()).toBe('大字：开');
    await expect.poll(() => w.page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('large');

    // Follow a link like a reader would.
    await w.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '评估说明' }).click();
    await w.page.waitForURL(/\/methodology\/$/);
    expect(await w.page.evaluate(() => (window as unknown as { atBody: string }).atBody)).toBe('large');
    expect(await bodyFontSize(w.page)).toBeGreaterThanOrEqual(24);
    expect(await w.page.getByRole('button', { name: /^大字/ }).getAttribute('aria-pressed')).toBe('true');

    // Turning it off is remembered too.
    await w.page.getByRole('button', { name: /^大字/ }).click();
    await expect.poll(() => bodyFontSize(w.page)).toBe(18);
    await expect.poll(() => w.page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
    await visit(w, '/glossary/');
    expect(await w.page.evaluate(() => (window as unknown as { atBody: string }).atBody)).toBe('normal');
    expect(await bodyFontSize(w.page)).toBe(18);
    expect(w.consoleErrors).toEqual([]);
  });

  it('drops a corrupt saved setting and shows normal text', async ({ openPage }) => {
    const w = await openPage(PHONE);
    await w.context.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"size":"huge"');
        sessionStorage.setItem('seeded', '1');
      }
    }, KEY);
    await visit(w, '/');
    expect(await bodyFontSize(w.page)).toBe(18);
    expect(await w.page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
    expect(await w.page.getByRole('button', { name: /^大字/ }).getAttribute('aria-pressed')).toBe('false');
  });

  it('is not shown when JavaScript is off (nothing on the page looks broken)', async ({ openPage }) => {
    const w = await openPage({ ...PHONE, javaScriptEnabled: false });
    await visit(w, '/');
    expect(await w.page.locator('[data-text-size-toggle]').isVisible()).toBe(false);
    // The page itself reads normally.
    expect(await w.page.locator('h1').textContent()).toContain('社工服务站评估公开平台');
  });
});

describe('readable on a 320 px phone, in normal and 大字 sizes', () => {
  for (const large of [false, true]) {
    it(`${large ? '大字' : 'normal'}: no sideways scrolling, body ≥ ${large ? 24 : 18} px, line height ≥ 1.5`, async ({ openPage }) => {
      const w = await openPage({ ...PHONE, viewport: { width: 320, height: 640 } });
      if (large) await w.context.addInitScript((key) => localStorage.setItem(key, 'large'), KEY);
      const problems: string[] = [];
      for (const path of [...SITE_PAGES, REPORT_PATH, '/stations/', '/stations/liuhua/', '/no-such-page/']) {
        await visitAny(w.page, path);
        const over = await horizontalOverflow(w.page);
        const size = await bodyFontSize(w.page);
        const lh = await w.page.evaluate(() => {
          const s = getComputedStyle(document.body);
          return parseFloat(s.lineHeight) / parseFloat(s.fontSize);
        });
        if (over > 0) problems.push(`${path}: ${over}px sideways`);
        if (size < (large ? 24 : 18)) problems.push(`${path}: body ${size}px`);
        if (lh < 1.5) problems.push(`${path}: line height ${lh}`);
      }
      expect(problems).toEqual([]);
    });
  }
});

/** Visit a path that may answer 404 (the not-found page is a page too). */
async function visitAny(page: Page, path: string) {
  await page.goto(url(path), { waitUntil: 'networkidle' });
}

describe('controls', () => {
  it('every button, field and navigation link is at least 44 × 44 px', async ({ openPage }) => {
    const w = await openPage(PHONE);
    const small: string[] = [];
    for (const path of ['/', '/reports/', '/search/', '/404.html']) {
      await visitAny(w.page, path);
      // Pagefind's UI draws its search box from a script after load: measure it once it is there.
      if (path === '/search/') await w.page.locator('.pagefind-ui__search-input').waitFor();
      small.push(
        ...(await w.page.evaluate(() => {
          const els = document.querySelectorAll<HTMLElement>(
            'button, select, input:not([type=hidden]), .site-nav a, .site-footer a, .card-link, .site-title, .report-table a',
          );
          return [...els]
            .filter((el) => el.offsetParent !== null)
            .map((el) => ({ el, r: el.getBoundingClientRect() }))
            .filter(({ r }) => r.height < 44 || r.width < 44)
            .map(({ el, r }) => `${location.pathname} ${el.tagName} “${el.textContent?.trim().slice(0, 12)}” ${Math.round(r.width)}×${Math.round(r.height)}`);
        })),
      );
    }
    expect(small).toEqual([]);
  });

  it('shows a thick focus ring when moving with the keyboard', async ({ openPage }) => {
    const w = await openPage();
    await visit(w, '/');
    await w.page.keyboard.press('Tab'); // skip link
    await expect.poll(() => w.page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await w.page.keyboard.press('Tab'); // site title
    await expect.poll(() => w.page.evaluate(() => document.activeElement?.textContent)).toBe('社工站评估公开平台');
    await w.page.keyboard.press('Tab'); // 大字
    const ring = () =>
      w.page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return { text: el.textContent, style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
    await expect.poll(ring).toEqual({ text: '大字', style: 'solid', width: 3 });
  });

  it('marks the current section in the navigation', async ({ openPage }) => {
    const w = await openPage();
    await visit(w, REPORT_PATH);
    const current = await w.page.locator('.site-nav [aria-current="page"]').allTextContents();
    expect(current).toEqual(['评估报告']);
  });
});

describe('colour schemes and accessibility checks', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`${colorScheme}: axe-core finds no WCAG 2.1 AA violation on the shell pages`, async ({ openPage }) => {
      const w = await openPage({ ...PHONE, colorScheme });
      const found: string[] = [];
      for (const path of [...SITE_PAGES, '/404.html']) {
        await visitAny(w.page, path);
        found.push(...(await axeViolations(w.page)).map((v) => `${path} ${v}`));
      }
      expect(found).toEqual([]);
      const bg = await w.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe(colorScheme === 'dark' ? 'rgb(18, 20, 23)' : 'rgb(255, 255, 255)');
      await w.context.close();
      // Eight pages, each loaded and checked by axe-core: 25–60 s under load on the shared 2-core machine, so
      // more than the 60 s a single test gets by default.
    }, 180_000);
  }
});

describe('print', () => {
  it('prints on A4 without navigation or buttons, tables instead of charts, and link targets written out', async ({ openPage }) => {
    const w = await openPage();
    await visit(w, REPORT_PATH);
    await w.page.emulateMedia({ media: 'print' });
    const shown = () => w.page.evaluate(() => {
      const visible = (sel: string) =>
        [...document.querySelectorAll<HTMLElement>(sel)].some((el) => getComputedStyle(el).display !== 'none' && el.offsetParent !== null);
      const link = document.querySelector<HTMLAnchorElement>('main a[href^="/stations/"]')!;
      return {
        header: visible('.site-header'),
        nav: visible('.site-nav'),
        footer: visible('.site-footer'),
        buttons: visible('main button'),
        canvas: visible('canvas'),
        indicatorTable: visible('table[data-table="indicators"]'),
        linkTarget: getComputedStyle(link, '::after').content,
      };
    });
    await expect.poll(shown).toEqual({
      header: false,
      nav: false,
      footer: false,
      buttons: false,
      canvas: false,
      indicatorTable: true,
      linkTarget: expect.stringContaining('/stations/liuhua/'),
    });
    // The print convention for charts other pages can use: .chart-visual hidden; .chart-table shown even
    // when visually hidden on screen or inside a closed <details class="chart-data">.
    await w.page.emulateMedia({ media: 'screen' });
    await w.page.evaluate(() => {
      document.querySelector('main')!.insertAdjacentHTML(
        'beforeend',
        `<figure id="chart-test"><svg class="chart-visual" width="100" height="50"></svg>
          <table class="chart-table visually-hidden" id="t1"><tr><td>甲</td></tr></table>
          <details class="chart-data"><summary>数据表</summary><table class="chart-table" id="t2"><tr><td>乙</td></tr></table></details></figure>`,
      );
    });
    const seen = () =>
      w.page.evaluate(() =>
        ['#chart-test .chart-visual', '#t1', '#t2'].map((sel) => {
          const el = document.querySelector(sel)!;
          // Rendered (not display:none, not inside a closed <details>) and not clipped away.
          return el.checkVisibility() && getComputedStyle(el).getPropertyValue('clip') === 'auto' && el.getBoundingClientRect().width > 2;
        }),
      );
    await expect.poll(seen).toEqual([true, false, false]);
    await w.page.emulateMedia({ media: 'print' });
    await expect.poll(seen).toEqual([false, true, true]);

    // The paper size comes from the stylesheet's @page: A4 is 595.28 × 841.89 pt.
    const pdf = (await w.page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    expect(box).not.toBeNull();
    expect(Number(box![1])).toBeCloseTo(595.28, 0);
    expect(Number(box![2])).toBeCloseTo(841.89, 0);
  });
});

describe('text-only pages ship no JavaScript files', () => {
  it('loads no script file on the home, methodology, glossary, accessibility and data pages; inline scripts stay small', async ({ openPage }) => {
    const w = await openPage();
    const scripts: string[] = [];
    w.page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    const inlineBytes: Record<string, number> = {};
    for (const path of ['/', '/methodology/', '/glossary/', '/accessibility/', '/data/']) {
      await visit(w, path);
      inlineBytes[path] = await w.page.evaluate(
        () => [...document.querySelectorAll('script:not([src])')].reduce((n, s) => n + new TextEncoder().encode(s.textContent ?? '').length, 0),
      );
    }
    expect(scripts).toEqual([]);
    // 大字 (head + switch) everywhere; 朗读 on the two reading pages. The home page also carries the inline loader of
    // its 我的社工站 island (Astro's island element and the client:saved directive), which fetches nothing unless a
    // station is saved (scripts above: none).
    expect(inlineBytes['/']).toBeLessThan(7000);
    expect(inlineBytes['/methodology/']).toBeLessThan(3500);
  });
});
