import { describe, expect } from 'vitest';
import { PHONE, visit } from '../harness/browser.ts';
import { it } from '../harness/fixture.ts';

describe('home page (smoke)', () => {
  it('renders in Chinese, with large type, no console errors and no request leaving localhost', async ({ openPage }) => {
    const watched = await openPage(PHONE);
    await visit(watched, '/');
    const { page } = watched;
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect(page.locator('h1').textContent()).resolves.toContain('社工服务站评估公开平台');
    const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(bodySize).toBeGreaterThanOrEqual(18);
    // The score composition is printed from the scoring module: the four weights.
    const text = await page.locator('main').innerText();
    for (const w of ['10 分', '20 分', '15 分', '55 分']) expect(text).toContain(w);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });

  it('the harness catches a request leaving localhost', async ({ openPage }) => {
    // Guards the guard: a page that asks a foreign host must be recorded, or the check above proves nothing.
    // The page's Content-Security-Policy (connect-src 'self') would stop this fetch before the network, so
    // the harness would never see it: this test of the harness turns the policy off.
    const watched = await openPage({ bypassCSP: true });
    await visit(watched, '/');
    await watched.page.evaluate(() => fetch('https://fonts.googleapis.com/css?family=x').catch(() => undefined));
    expect(watched.foreignRequests).toEqual(['https://fonts.googleapis.com/css?family=x']);
  });
});
