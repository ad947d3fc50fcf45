/**
 * /search/ does not move under the reader's eyes (CLS): Pagefind's UI draws its box after the page has
 * loaded, and with ?q=… its results arrive one by one. Layout shifts are read from the browser's own
 * layout-shift entries (what Lighthouse's CLS adds up) while a search sent from another page runs.
 */
import { describe, expect } from 'vitest';
import { NARROW, PHONE, visit } from '../harness/browser.ts';
import { TEXT_SIZE_KEY } from '../../src/site/text-size.ts';
import { it } from '../harness/fixture.ts';
import { cumulativeShift, recordLayoutShifts } from '../harness/layout-shift.ts';

describe('search page layout', () => {
  it('does not shift while the UI loads and the results of ?q=花果山 arrive', async ({ openPage }) => {
    const w = await openPage(PHONE);
    const recorder = await recordLayoutShifts(w.page);
    await visit(w, '/search/?q=花果山');
    await w.page.locator('.pagefind-ui__result-link').first().waitFor();
    await w.page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__loading').length === 0);
    // Read once the last result has been laid out and nothing moves any more (recordLayoutShifts says how it waits).
    const shifts = await recorder.atRest();
    const cls = cumulativeShift(shifts);
    expect(cls, JSON.stringify(shifts)).toBeLessThan(0.01);
  });

  // With results on screen, as a reader sees the page: the 320 px gate on the bare page never met them. 稳岗率 finds
  // passages under a report's headings, so the results hold indented sub-results, the widest part of the list.
  for (const [label, options] of [['320 px', NARROW], ['360 px phone', PHONE]] as const) {
    for (const large of [false, true]) {
      it(`${label}${large ? ', 大字' : ''}: results of ?q=稳岗率 fit the screen, no sideways scrolling`, async ({ openPage }) => {
        const w = await openPage(options);
        if (large) await w.context.addInitScript((key) => localStorage.setItem(key, 'large'), TEXT_SIZE_KEY);
        await visit(w, '/search/?q=稳岗率');
        await w.page.locator('.pagefind-ui__result-nested').first().waitFor();
        await w.page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__loading').length === 0);
        if (large) expect(await w.page.evaluate(() => document.documentElement.dataset.textSize)).toBe('large');
        const { scrollWidth, clientWidth, wide } = await w.page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
          wide: [...document.querySelectorAll('.site-search *')]
            .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
            .map((e) => `${e.className}: ${Math.round(e.getBoundingClientRect().width)} px`)
            .slice(0, 5),
        }));
        expect(wide).toEqual([]);
        expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
        expect(w.consoleErrors).toEqual([]);
        expect(w.foreignRequests).toEqual([]);
      });
    }
  }
});
