/**
 * /search/ does not move under the reader's eyes (CLS): Pagefind's UI draws its box after the page has
 * loaded, and with ?q=… its results arrive one by one. Layout shifts are read from the browser's own
 * layout-shift entries (what Lighthouse's CLS adds up) while a search sent from another page runs.
 */
import { describe, expect } from 'vitest';
import { PHONE, visit } from '../harness/browser.ts';
import { it } from '../harness/fixture.ts';

describe('search page layout', () => {
  it('does not shift while the UI loads and the results of ?q=花果山 arrive', async ({ openPage }) => {
    const w = await openPage(PHONE);
    await w.page.addInitScript(() => {
      const shifts: { value: number; nodes: string[] }[] = [];
      (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
          if (e.hadRecentInput) continue;
          shifts.push({ value: e.value, nodes: (e.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : String(s.node?.nodeName))) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await visit(w, '/search/?q=花果山');
    await w.page.locator('.pagefind-ui__result-link').first().waitFor();
    await w.page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__loading').length === 0);
    // Let the last result's layout settle before reading the entries.
    await w.page.waitForTimeout(500);
    const shifts = await w.page.evaluate(() => (window as unknown as { __shifts: { value: number; nodes: string[] }[] }).__shifts);
    const cls = shifts.reduce((a, s) => a + s.value, 0);
    expect(cls, JSON.stringify(shifts)).toBeLessThan(0.01);
    await w.context.close();
  });
});
