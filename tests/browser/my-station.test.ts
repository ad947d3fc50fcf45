// 我的社工站 as a resident uses it, in Chromium on a phone: save the station on its page, open the home page and
// find its card first; remove it in one tap; a saved id the directory no longer has, or a corrupt value, is
// cleared with a short note; without JavaScript the home page is as before.
import { describe, expect } from 'vitest';
import { PHONE, visit } from '../harness/browser.ts';
import { it } from '../harness/fixture.ts';
import { MY_STATION_KEY } from '../../src/site/my-station.ts';
import { indexUrls, urls } from '../../src/site/urls.ts';
import { axeViolations, horizontalOverflow } from './site-pages.ts';
import { cumulativeShift, recordLayoutShifts } from '../harness/layout-shift.ts';

const STATION = 'liuhua';

describe('我的社工站', () => {
  it('saved on the station page, it is the first thing on the home page: addresses, hotline, communities, newest report', async ({ openPage }) => {
    const w = await openPage(PHONE);
    const { page } = w;
    await visit(w, urls.station(STATION));
    const stationCard = await page.locator('[data-contact-card]').first().innerText();
    const stationName = await page.locator('h1').innerText();
    const communities = await page.locator('.zones').innerText();
    const newest = await page.locator('.reports a').first().getAttribute('href');

    const save = page.getByRole('button', { name: '设为我的社工站', exact: true });
    await expect.poll(() => save.isVisible()).toBe(true);
    await save.click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '已设为我的社工站' }).count()).toBe(1);
    expect(await page.evaluate((k) => localStorage.getItem(k), MY_STATION_KEY)).toBe(STATION);
    // Saved: the button turns into the one that undoes it.
    expect(await page.getByRole('button', { name: '不再设为我的社工站' }).isVisible()).toBe(true);
    expect(await save.isVisible()).toBe(false);

    await visit(w, urls.home);
    const card = page.locator('[data-my-station-card]');
    await expect.poll(() => card.isVisible()).toBe(true);
    // First in the page's content: before the entry points, right under the page's heading.
    expect(await page.evaluate(() => {
      const c = document.querySelector('[data-my-station-card]')!;
      const entry = document.querySelector('.entry-points')!;
      return Boolean(c.compareDocumentPosition(entry) & Node.DOCUMENT_POSITION_FOLLOWING);
    })).toBe(true);
    expect(await card.getByRole('heading', { level: 2 }).innerText()).toBe(`我的社工站：${stationName}`);
    // The same card as on the station page (one component), communities and the newest report too.
    expect(await card.locator('[data-contact-card]').innerText()).toBe(stationCard);
    expect(await card.locator('.zones').innerText()).toBe(communities);
    expect(await card.getByRole('link', { name: /^最新评估报告：/ }).getAttribute('href')).toBe(newest);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // The page gates see the home page with nothing saved; the card gets its axe run here.
    expect(await axeViolations(page)).toEqual([]);
    expect(w.consoleErrors).toEqual([]);

    // Removed in one tap; the next visit shows the home page as before.
    await card.getByRole('button', { name: '不再显示' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toContain('已不再显示');
    expect(await page.evaluate((k) => localStorage.getItem(k), MY_STATION_KEY)).toBeNull();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await visit(w, urls.home);
    // Nothing saved: the island stays asleep (client:saved) and no script file is fetched.
    expect(await page.locator('astro-island[ssr]').count()).toBe(1);
    expect(scripts).toEqual([]);
    expect(await page.locator('[data-my-station-card], [data-my-station-note]').count()).toBe(0);
  });

  it('with a station saved, the home page keeps room for its card, so the page barely moves when it arrives', async ({ openPage }) => {
    const w = await openPage(PHONE);
    // A phone on a slow network: the card's data arrives a second after the page (first visit, no worker yet).
    await w.context.addInitScript(({ k, v }) => localStorage.setItem(k, v), { k: MY_STATION_KEY, v: STATION });
    await w.context.route(`**${indexUrls.stationsSearchIndex}`, async (route) => {
      await new Promise((done) => setTimeout(done, 1000));
      await route.fallback();
    });
    const recorder = await recordLayoutShifts(w.page);
    await visit(w, urls.home);
    await w.page.locator('[data-my-station-card]').waitFor();
    const cls = cumulativeShift(await recorder.atRest());
    // Lighthouse's and Google's "good" is under 0.1.
    expect(cls).toBeLessThan(0.1);
    expect(await w.page.evaluate(() => 'myStationSaved' in document.documentElement.dataset)).toBe(false);
  });

  it('another station saved: the button offers to change it, and the change takes one tap', async ({ openPage }) => {
    const w = await openPage(PHONE);
    await visit(w, urls.home);
    await w.page.evaluate((k) => localStorage.setItem(k, 'xugou-other-station'), MY_STATION_KEY);
    await visit(w, urls.station(STATION));
    const change = w.page.getByRole('button', { name: '改为我的社工站' });
    await expect.poll(() => change.isVisible()).toBe(true);
    await change.click();
    expect(await w.page.evaluate((k) => localStorage.getItem(k), MY_STATION_KEY)).toBe(STATION);
  });

  for (const [what, stored, note] of [
    ['an id the directory no longer has', 'xugou-gone-station', '已不在目录中'],
    ['a corrupt value', '{"id":<broken', '已损坏'],
  ] as const) {
    it(`${what} is cleared with a short note, and the home page works on`, async ({ openPage }) => {
      const w = await openPage(PHONE);
      await visit(w, urls.home);
      await w.page.evaluate(({ k, v }) => localStorage.setItem(k, v), { k: MY_STATION_KEY, v: stored });
      await visit(w, urls.home);
      const shown = w.page.locator('[data-my-station-note]');
      await expect.poll(() => shown.innerText().catch(() => '')).toContain(note);
      expect(await shown.getAttribute('role')).toBe('status');
      expect(await w.page.evaluate((k) => localStorage.getItem(k), MY_STATION_KEY)).toBeNull();
      expect(await w.page.locator('[data-my-station-card]').count()).toBe(0);
      expect(w.consoleErrors).toEqual([]);
    });
  }

  it('without JavaScript: no save button on the station page, and the home page is as before', async ({ openPage }) => {
    const w = await openPage({ ...PHONE, javaScriptEnabled: false });
    await visit(w, urls.station(STATION));
    expect(await w.page.getByRole('button', { name: /我的社工站/ }).count()).toBe(0);
    await visit(w, urls.home);
    expect(await w.page.locator('.my-station-wrap').innerText()).toBe('');
  });
});
