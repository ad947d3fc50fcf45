/**
 * The calculator's browser start-up, run once when the first island mounts (useCalculator's effect,
 * so only in the browser and only after hydration with the empty state): a share link first, then a
 * report prefill, then what this browser saved; and saving from then on. (Not nanostores' onMount:
 * its lifecycle code would add about 270 bytes gzip to the calculator's first load for the same call.)
 * Share links are decoded and applied by ./share-link.ts.
 */
import { loadState, saveState, type KeyValueStore } from '../../../calculator/persistence.ts';
import { offerRestore } from './actions.ts';
import { applyShared } from './share-link.ts';
import { $notice, $state, ruleSetFor } from './atoms.ts';
import { applyReport } from './report-load.ts';
import { $plan, loadPlan, printWithPlan } from './plan-loader.ts';

function browserStorage(): KeyValueStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Whether a fragment carries a shared state (#s=…), without loading the decoder. */
const hasSharedState = (hash: string) => /[#&]s=/.test(hash);

/** Decode and apply a share link, then clean the address either way. */
async function applySharedLink(hash: string): Promise<boolean> {
  const ok = await applyShared(hash);
  cleanAddress();
  return ok;
}

/** Drop ?report= and #s= from the address bar once applied, so a reload keeps later edits. */
export function cleanAddress(): void {
  const url = new URL(window.location.href);
  if (!url.search && !url.hash) return;
  history.replaceState(history.state, '', url.pathname);
}

let started = false;
let saveTimer: ReturnType<typeof setTimeout> | undefined;

export function startCalculator(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  const storage = browserStorage();
  $state.listen((state) => {
    // Save off the keystroke's frame; a burst of typing saves once.
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => saveState(storage, state), 200);
  });
  // Saved before leaving, in case the timer has not run yet.
  window.addEventListener('pagehide', () => saveState(storage, $state.get()));
  // The first tap, key or focus loads the planning chunk (./plan-loader.ts); Ctrl+P waits for it.
  const firstUse = (e: Event) => {
    if (!$plan.get() && e instanceof KeyboardEvent && e.key === 'p' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      printWithPlan();
    } else void loadPlan();
  };
  for (const type of ['pointerdown', 'keydown', 'focusin']) document.addEventListener(type, firstUse, { capture: true, once: true });

  const saved = loadState(storage, ruleSetFor);
  const url = new URL(window.location.href);
  const shared = hasSharedState(url.hash);
  const reportId = url.searchParams.get('report');
  const useSaved = () => {
    if (saved.state) $state.set(saved.state);
    if (saved.notice) $notice.set({ text: saved.notice, tone: 'warn' });
  };

  if (shared) {
    void applySharedLink(window.location.hash).then((ok) => {
      if (ok) offerRestore(saved.state, '已按分享链接载入数据。');
      else useSaved();
    });
  } else if (reportId !== null) {
    void applyReport(reportId).then((ok) => {
      if (ok) offerRestore(saved.state, '');
      else useSaved();
    });
  } else {
    useSaved();
  }
  if (reportId !== null) cleanAddress();

  window.addEventListener('hashchange', () => {
    if (!hasSharedState(window.location.hash)) return;
    const before = $state.get();
    void applySharedLink(window.location.hash).then((ok) => {
      if (ok) offerRestore(before, '已按分享链接载入数据。');
    });
  });
}

