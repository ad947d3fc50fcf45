/**
 * No sideways scrolling on pages in their used state (tests/harness/used-states.ts: search with results, the
 * calculator with its longest option, the rankings and compare pages once built), at 320 and 360 px, normal
 * and 大字. The every-page gate reads each page as built; this one reads them as a reader leaves them.
 * Chromium here; Firefox and WebKit read the same list in tests/engines/.
 */
import { describe, expect } from 'vitest';
import { NARROW, PHONE, visit } from '../harness/browser.ts';
import { it } from '../harness/fixture.ts';
import { usedStatesIn } from '../harness/used-states.ts';
import { DIST } from '../../tools/site/built-site.ts';
import { TEXT_SIZE_KEY } from '../../src/site/text-size.ts';

describe('no sideways scrolling in the used state', () => {
  for (const state of usedStatesIn(DIST)) {
    for (const [label, options] of [['320 px', NARROW], ['360 px', PHONE]] as const) {
      for (const large of [false, true]) {
        it(`${state.what} (${decodeURI(state.path)}), ${label}${large ? ', 大字' : ''}`, async ({ openPage }) => {
          const w = await openPage(options);
          if (large) await w.context.addInitScript((key) => localStorage.setItem(key, 'large'), TEXT_SIZE_KEY);
          await visit(w, state.path);
          await w.page.locator(state.ready).first().waitFor({ state: 'attached' });
          if (state.act) await w.page.evaluate(`(function () {${state.act}})()`);
          await w.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          const { overflow, wide } = await w.page.evaluate(() => ({
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            wide: [...document.querySelectorAll('main *')]
              .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
              .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${Math.round(e.getBoundingClientRect().width)} px`)
              .slice(0, 5),
          }));
          expect(wide).toEqual([]);
          expect(overflow).toBeLessThanOrEqual(0);
          expect(w.consoleErrors).toEqual([]);
        });
      }
    }
  }
});
