// Layout shift as Lighthouse's CLS adds it up: the browser's own layout-shift entries, except those right after
// an input, recorded from before the page's first script and read once the page has come to rest.
import type { Page, Request } from 'playwright-core';

export interface Shift {
  value: number;
  /** The elements that moved, as tag.class. */
  nodes: string[];
}

export interface ShiftRecorder {
  /** The shifts so far, read once the page has come to rest (see recordLayoutShifts for how it waits). */
  atRest(options?: { quietMs?: number; timeoutMs?: number }): Promise<Shift[]>;
}

type Recorded = { __shifts: Shift[] };

/**
 * Record the layout shifts of every document the page opens from now on (call it before visiting); read them with
 * `atRest()`.
 *
 * How `atRest()` waits: once per animation frame it reads what could still move the page: the number of
 * layout-shift entries, the box of every element in <body>, the document's and the fonts' loading state, whether
 * every image is complete, and whether any request of the page (its workers' included) is still in flight. The
 * page is at rest when none of these has changed, and no request has been in flight, for `quietMs` (500 ms) and
 * at least three frames. That quiet time starts no earlier than the fixed 500 ms sleep it replaces started, and
 * starts again at every change, so it sees every shift the sleep saw; a page still loading or changing then (a
 * slow result, image or font) is waited for until it stops. A page not at rest within `timeoutMs` fails the test,
 * saying what kept changing, rather than being read mid-change.
 */
export async function recordLayoutShifts(page: Page): Promise<ShiftRecorder> {
  const inFlight = new Set<Request>();
  let lastNetwork = Date.now();
  page.on('request', (r) => {
    inFlight.add(r);
    lastNetwork = Date.now();
  });
  const settled = (r: Request) => {
    inFlight.delete(r);
    lastNetwork = Date.now();
  };
  page.on('requestfinished', settled);
  page.on('requestfailed', settled);
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    (window as unknown as Recorded).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
        if (e.hadRecentInput) continue;
        const nodes = (e.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : String(s.node?.nodeName)));
        shifts.push({ value: e.value, nodes });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });

  /** What could still move the page, read at the next animation frame. */
  const read = () =>
    page.evaluate(
      () =>
        new Promise<Record<string, string>>((done) =>
          requestAnimationFrame(() => {
            const shifts = (window as unknown as Partial<Recorded>).__shifts;
            if (!shifts) throw new Error('layout shifts are not recorded: call recordLayoutShifts before visiting the page');
            // The boxes as one short fingerprint (FNV-1a), so a frame's reading stays small.
            let hash = 0x811c9dc5;
            for (const el of document.body.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              for (const n of [r.x, r.y + scrollY, r.width, r.height]) hash = Math.imul(hash ^ Math.round(n * 100), 0x01000193);
            }
            done({
              'layout-shift entries': String(shifts.length),
              'element boxes': String(hash >>> 0),
              'document loading': document.readyState,
              fonts: document.fonts.status,
              'images complete': String([...document.images].every((img) => img.complete)),
            });
          }),
        ),
    );

  return {
    async atRest({ quietMs = 500, timeoutMs = 15_000 } = {}) {
      const start = Date.now();
      let last = await read();
      let lastChange = Date.now();
      let steadyFrames = 0;
      const changes: string[] = [];
      for (;;) {
        const next = await read();
        const now = Date.now();
        const changed = Object.keys(next).filter((k) => next[k] !== last[k]);
        if (changed.length > 0) {
          lastChange = now;
          steadyFrames = 0;
          changes.push(`${now - start} ms: ${changed.join(', ')}`);
        } else steadyFrames++;
        last = next;
        const quietSince = Math.max(lastChange, inFlight.size > 0 ? now : lastNetwork);
        if (steadyFrames >= 3 && now - quietSince >= quietMs) break;
        if (now - start > timeoutMs) {
          const pending = [...inFlight].map((r) => r.url());
          throw new Error(
            `the page did not come to rest within ${timeoutMs} ms: last changes ${changes.slice(-5).join('; ') || 'none'}; requests in flight: ${pending.join(' ') || 'none'}`,
          );
        }
      }
      return page.evaluate(() => (window as unknown as Recorded).__shifts);
    },
  };
}

/** The sum of the shifts' values: the page's cumulative layout shift. */
export const cumulativeShift = (shifts: Shift[]) => shifts.reduce((sum, s) => sum + s.value, 0);
