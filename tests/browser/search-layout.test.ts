/**
 * /search/ does not move under the reader's eyes (CLS): Pagefind's UI draws its box after the page has
 * loaded, and with ?q=… its results arrive one by one. Layout shifts are read from the browser's own
 * layout-shift entries (what Lighthouse's CLS adds up) while a search sent from another page runs.
 */
import { describe, expect } from 'vitest';
import { PHONE, visit } from '../harness/browser.ts';
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
});
