/**
 * Content-Security-Policy (Astro's hash-based `security.csp`, astro.config.mjs). First, statically over every
 * page in dist/: the policy is there, strict, ahead of every script and style, and it carries the hash of
 * every inline script and style the page holds. Then in Chromium: every page, and every island used as a
 * reader would, with a `securitypolicyviolation` listener installed before any page script and the console
 * watched for CSP errors. Each island step also checks that the island did its work, so a page that
 * silently ran nothing cannot pass.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { builtPages } from '../../tools/site/built-site.ts';
import { PHONE, visit, type WatchedPage } from '../harness/browser.ts';
import { it, type OpenPage } from '../harness/fixture.ts';

const pages = builtPages();
const REPORT = '/reports/liuhua-2023-2024-final/';

// ---------- the policy as written into each page ----------

/** The page's <meta http-equiv="content-security-policy"> value, parsed into directive → sources. */
function metaPolicy(html: string): { index: number; directives: Map<string, string[]> } | null {
  const m = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  if (!m) return null;
  const directives = new Map<string, string[]>();
  for (const part of m[1]!.replaceAll('&#39;', "'").split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return { index: m.index, directives };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
/** Script types the browser runs (JSON-LD and other data blocks are not scripts to CSP). */
const RUNS = /^(|text\/javascript|module|application\/javascript)$/i;

describe('every page carries a strict hash-based policy', () => {
  it('finds the pages in dist/', () => {
    expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/search/', '/calculator/', REPORT]));
  });

  it.each(pages.map((p) => [p.path, p.file]))('%s', (path, file) => {
    const html = readFileSync(file, 'utf8');
    const policy = metaPolicy(html);
    expect(policy, `${path}: no CSP <meta>`).not.toBeNull();
    const d = policy!.directives;
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('img-src')).toEqual(["'self'", 'data:']);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'self'"]);
    expect(d.get('form-action')).toEqual(["'self'"]);
    const scriptSrc = d.get('script-src') ?? [];
    const styleSrc = d.get('style-src') ?? [];
    expect(scriptSrc[0]).toBe("'self'");
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", 'data:', '*', 'http:', 'https:']) {
      expect(scriptSrc, `${path} script-src`).not.toContain(unsafe);
      expect(styleSrc, `${path} style-src`).not.toContain(unsafe);
    }
    // Only the search page may compile WebAssembly (Pagefind), and nothing may eval.
    expect(scriptSrc.includes("'wasm-unsafe-eval'"), `${path}: 'wasm-unsafe-eval'`).toBe(path === '/search/');

    // A policy governs only what the parser meets after it: it must come before every script and style.
    const first = html.search(/<script|<style|<link[^>]*rel="stylesheet"/i);
    expect(policy!.index, `${path}: the CSP <meta> comes after a script or style`).toBeLessThan(first);

    const problems: string[] = [];
    for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const attrs = m[1]!;
      const type = /\btype="([^"]*)"/i.exec(attrs)?.[1] ?? '';
      if (!RUNS.test(type) || /\bsrc=/i.test(attrs)) continue;
      if (!scriptSrc.includes(sha256(m[2]!))) problems.push(`inline script without its hash: ${m[2]!.slice(0, 60)}…`);
    }
    for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) {
      if (!styleSrc.includes(sha256(m[1]!))) problems.push(`inline style without its hash: ${m[1]!.slice(0, 60)}…`);
    }
    // Attributes no hash can allow without 'unsafe-hashes': style="…" and event handlers.
    for (const m of html.matchAll(/<[a-z][^>]*\s(style|on[a-z]+)=("[^"]*"|'[^']*'|[^\s>]+)/gi)) {
      problems.push(`${m[1]} attribute: ${m[0].slice(0, 80)}`);
    }
    expect(problems, `${path}:\n${problems.join('\n')}`).toEqual([]);
  });
});

// ---------- in Chromium ----------

interface Strict extends WatchedPage {
  /** Violations seen so far (`securitypolicyviolation` events, and CSP errors in the console). */
  violations(): Promise<string[]>;
}

/** A page that records every CSP violation from before its first script runs. */
async function openStrict(openPage: OpenPage, options: BrowserContextOptions = PHONE): Promise<Strict> {
  const w = await openPage(options);
  await w.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`),
      true,
    );
  });
  const consoleCsp: string[] = [];
  w.page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) consoleCsp.push(`console: ${msg.text()}`);
  });
  return {
    ...w,
    async violations() {
      // Violation events are queued as tasks: let them arrive.
      await w.page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
      const events = await w.page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      return [...events, ...consoleCsp];
    },
  };
}

async function finish(w: Strict): Promise<void> {
  expect(await w.violations()).toEqual([]);
  expect(w.foreignRequests).toEqual([]);
  expect(w.consoleErrors).toEqual([]);
  await w.context.close();
}

/** Wait until every island on the page that can hydrate has (client:visible ones only once scrolled to). */
async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await frame();
    }
  });
  await page.waitForLoadState('networkidle');
}

describe('every page loads in Chromium with zero CSP violations', () => {
  it.for(pages.map((p) => p.path))('%s', async (path, { openPage, origin }) => {
    const w = await openStrict(openPage);
    const res = await w.page.goto(new URL(path, origin).href, { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(200);
    await scrollThrough(w.page);
    // The shell's own scripts ran: 大字 is shown once its script has run.
    expect(await w.page.locator('[data-text-size-toggle]').isVisible()).toBe(true);
    // (client:saved, the home page's 我的社工站, sleeps with nothing saved: tests/browser/my-station.test.ts wakes it.)
    await expect.poll(() => w.page.locator('astro-island[ssr]:not([client="saved"])').count()).toBe(0);
    await finish(w);
  });
});

describe('every island works under the policy', () => {
  it('search: a query finds the report (Pagefind and its WebAssembly)', async ({ openPage }) => {
    const w = await openStrict(openPage);
    await visit(w, `/search/?q=${encodeURIComponent('花果山')}`);
    await w.page.locator('.pagefind-ui__message').filter({ hasText: /找到/ }).waitFor();
    await w.page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__loading').length === 0);
    const links = await w.page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toContain(REPORT);
    // Typed into the box as well.
    const input = w.page.locator('.pagefind-ui__search-input');
    await input.fill('');
    await input.pressSequentially('稳岗率');
    await w.page.locator('.pagefind-ui__message').filter({ hasText: /找到.*稳岗率/ }).waitFor();
    await expect.poll(() => w.page.locator('.pagefind-ui__result-link').count()).toBeGreaterThan(0);
    await finish(w);
  });

  it('search without a Web Worker: Pagefind compiles its WebAssembly on the page, which needs \'wasm-unsafe-eval\'', async ({ openPage }) => {
    const w = await openStrict(openPage);
    // Some in-app browsers cannot start workers; Pagefind then runs in the page itself.
    await w.context.addInitScript(() => {
      Object.defineProperty(window, 'Worker', {
        configurable: true,
        value: function NoWorker() {
          throw new Error('no workers here');
        },
      });
    });
    const wasm: string[] = [];
    w.page.on('request', (r) => {
      if (/wasm/.test(r.url())) wasm.push(r.url());
    });
    await visit(w, `/search/?q=${encodeURIComponent('花果山')}`);
    await w.page.locator('.pagefind-ui__message').filter({ hasText: /找到/ }).waitFor();
    await w.page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__loading').length === 0);
    expect(wasm.length).toBeGreaterThan(0);
    await expect.poll(() => w.page.locator('.pagefind-ui__result-link').count()).toBeGreaterThan(0);
    await finish(w);
  });

  const party = (page: Page, name: string) => page.getByRole('textbox', { name: new RegExp(`^${name}（`) });
  const total = (page: Page) => page.locator('#calc-summary [data-result=total]');
  async function calculatorReady(page: Page) {
    await page.waitForSelector('astro-island:not([ssr])');
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length <= 1);
  }

  it('calculator: typing, a share link, its charts and printing', async ({ openPage }) => {
    const w = await openStrict(openPage, { viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    await w.context.addInitScript(() => {
      // Chromium's print dialog would block headless; record that the page's print button called it.
      window.print = () => {
        (window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1;
      };
    });
    await visit(w, '/calculator/');
    const { page } = w;
    await calculatorReady(page);
    for (const [name, value] of Object.entries({ 购买方: '18', 监督方: '8.7', 督导中心: '12.8', 第三方: '44.12' })) {
      await party(page, name).fill(value);
    }
    await expect.poll(() => total(page).innerText()).toBe('83.62');
    await page.getByRole('button', { name: '生成分享链接' }).click();
    const link = await page.getByLabel(/^分享链接/).inputValue();
    expect(link).toContain('/calculator/#s=');
    // The charts, drawn by chart.js once scrolled to.
    await page.locator('#calc-h-charts').scrollIntoViewIfNeeded();
    await page.waitForSelector('.calc-charts[data-charts=ready]');
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll<HTMLCanvasElement>('.calc-charts canvas')).every((c) => c.width > 0 && c.height > 0),
    );
    // Print: the page's own button, then the print layout.
    await page.getByRole('button', { name: '打印自评结果' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.calc-print').isVisible()).toBe(true);
    expect(await page.locator('.calc-print').innerText()).toContain('总分 83.62 分');
    await page.emulateMedia({ media: 'screen' });

    // The share link in a fresh context reproduces the result.
    const v = await openStrict(openPage);
    await v.page.goto(link, { waitUntil: 'networkidle' });
    await calculatorReady(v.page);
    await expect.poll(() => total(v.page).innerText()).toBe('83.62');
    await finish(v);
    await finish(w);
  });

  it('calculator: prefilled from a report', async ({ openPage }) => {
    const w = await openStrict(openPage);
    await visit(w, REPORT);
    await w.page.getByRole('link', { name: '在计算器中打开' }).click();
    await w.page.waitForURL(/\/calculator\//);
    await calculatorReady(w.page);
    await expect.poll(() => w.page.locator('[data-source]').innerText()).toContain('已载入：');
    await expect.poll(() => total(w.page).innerText()).toBe('83.62');
    await finish(w);
  });

  it('directory search: typing a community finds its station', async ({ openPage }) => {
    const w = await openStrict(openPage);
    await visit(w, '/stations/');
    await w.page.waitForFunction(() => document.querySelector('astro-island') && !document.querySelector('astro-island[ssr]'));
    await w.page.getByLabel('输入社区、街道、路名或社工站名称').fill('花果山');
    await expect.poll(() => w.page.locator('.station-search [role="status"]').textContent()).toBe('找到 1 个与“花果山”相符的社工站');
    expect(new URL(w.page.url()).searchParams.get('q')).toBe('花果山');
    await finish(w);
  });

  it('朗读 reads the report aloud (speech synthesis recorded, the page’s own code runs)', async ({ openPage }) => {
    const w = await openStrict(openPage);
    await w.context.addInitScript(() => {
      const spoken: string[] = [];
      (window as unknown as { spoken: string[] }).spoken = spoken;
      Object.defineProperty(window, 'speechSynthesis', {
        configurable: true,
        value: { speak: (u: SpeechSynthesisUtterance) => spoken.push(u.text), cancel() {}, getVoices: () => [] },
      });
    });
    await visit(w, REPORT);
    await w.page.getByRole('button', { name: '朗读' }).click();
    await expect.poll(() => w.page.getByRole('button', { name: '停止朗读' }).count()).toBe(1);
    const spoken = await w.page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
    expect(spoken.join('')).toContain('花果山社区');
    await finish(w);
  });

  it('大字 switches on, and the pre-paint script keeps it across a reload', async ({ openPage }) => {
    const w = await openStrict(openPage);
    await visit(w, '/');
    await w.page.getByRole('button', { name: '大字' }).click();
    expect(await w.page.evaluate(() => document.documentElement.dataset.textSize)).toBe('large');
    await w.page.reload({ waitUntil: 'networkidle' });
    expect(await w.page.evaluate(() => document.documentElement.dataset.textSize)).toBe('large');
    expect(await w.page.getByRole('button', { name: '大字：开' }).getAttribute('aria-pressed')).toBe('true');
    await finish(w);
  });

  it('copy address copies and says so', async ({ origin, openPage }) => {
    const w = await openStrict(openPage);
    await w.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await visit(w, '/stations/liuhua/');
    await w.page.getByRole('button', { name: '复制地址' }).first().tap();
    await expect.poll(() => w.page.locator('.site').first().locator('[role="status"]').textContent()).toMatch(/^已复制：广州市/);
    expect(await w.page.evaluate(() => navigator.clipboard.readText())).toMatch(/^广州市/);
    await finish(w);
  });

  it('the report chart draws once scrolled into view, at the height the build gave it', async ({ openPage }) => {
    const w = await openStrict(openPage, { viewport: { width: 360, height: 640 }, locale: 'zh-CN' });
    await visit(w, REPORT);
    const canvas = w.page.locator('canvas[data-chart=indicators]');
    await canvas.scrollIntoViewIfNeeded();
    await w.page.waitForFunction(() => {
      const c = document.querySelector<HTMLCanvasElement>('canvas[data-chart=indicators]');
      if (!c || c.width === 0) return false;
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) return true;
      return false;
    });
    // The box is as tall as its spacer says (no style attribute), and the canvas fills it.
    const sizes = await w.page.evaluate(() => {
      const svg = document.querySelector('.chart-box .chart-spacer')!;
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      const [, , , h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
      const box = document.querySelector('.chart-box')!.getBoundingClientRect().height;
      const c = document.querySelector('canvas[data-chart=indicators]')!.getBoundingClientRect().height;
      return { want: h! * rem, box, canvas: c };
    });
    expect(sizes.box).toBeCloseTo(sizes.want, 0);
    expect(sizes.canvas).toBeCloseTo(sizes.want, 0);
    await finish(w);
  });
});
