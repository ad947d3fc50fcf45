/**
 * The calculator's browser start-up, run once when the first island subscribes to the state
 * (nanostores' onMount, so only in the browser and only after hydration with the empty state): a
 * share link first, then a report prefill, then what this browser saved; and saving from then on.
 */
import { onMount } from 'nanostores';
import { loadState, saveState, unknownRulesNotice, type KeyValueStore } from '../../../calculator/persistence.ts';
import { decodeState, sharedStateIn } from '../../../calculator/share.ts';
import { isValidReportId, validateState, type CalculatorState } from '../../../calculator/state.ts';
import { urls } from '../../../site/urls.ts';
import { offerRestore, update } from './actions.ts';
import { $loading, $notice, $state, ruleSetFor } from './atoms.ts';

function browserStorage(): KeyValueStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Drop ?report= and #s= from the address bar once applied, so a reload keeps later edits. */
function cleanAddress(): void {
  const url = new URL(window.location.href);
  if (!url.search && !url.hash) return;
  history.replaceState(history.state, '', url.pathname);
}

function applyShared(encoded: string): boolean {
  const decoded = decodeState(encoded, ruleSetFor);
  if (!decoded.ok) {
    const text = decoded.unknownRules ? unknownRulesNotice('分享链接', decoded.unknownRules) : '分享链接无效或已损坏，未载入其中的数据。';
    $notice.set({ text, tone: 'warn' });
    return false;
  }
  // Which report a link says it started from is not taken on its word: the title shown is the
  // site's own, fetched below; a report the site does not have is not named at all.
  const { source } = decoded.state;
  $state.set({ ...decoded.state, source: null });
  if (source) {
    void fetchPrefill(source.reportId).then(
      // Only while the figures are still under the report's rule set.
      (trusted) => update((s) => (s.rules === trusted.rules ? { ...s, source: trusted.source } : s)),
      () => undefined,
    );
  }
  return true;
}

/** A report's figures from the site's own prefill file, validated; they carry the report's rule set. */
async function fetchPrefill(reportId: string): Promise<CalculatorState> {
  const response = await fetch(urls.calculatorPrefill(reportId), { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(String(response.status));
  const checked = validateState(await response.json(), ruleSetFor);
  if (!checked.ok || checked.value.source?.reportId !== reportId) throw new Error('invalid prefill');
  return checked.value;
}

async function applyReport(reportId: string): Promise<boolean> {
  if (!isValidReportId(reportId)) {
    $notice.set({ text: '链接中的报告编号无效，未载入报告数据。', tone: 'warn' });
    return false;
  }
  $loading.set(true);
  try {
    $state.set(await fetchPrefill(reportId));
    $notice.set(null);
    return true;
  } catch {
    $notice.set({ text: '未能载入这份报告的数据（报告不存在或网络中断），请手动填写。', tone: 'warn' });
    return false;
  } finally {
    $loading.set(false);
  }
}

let started = false;
let saveTimer: ReturnType<typeof setTimeout> | undefined;

function start(): void {
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

  const saved = loadState(storage, ruleSetFor);
  const url = new URL(window.location.href);
  const shared = sharedStateIn(url.hash);
  const reportId = url.searchParams.get('report');
  const useSaved = () => {
    if (saved.state) $state.set(saved.state);
    if (saved.notice) $notice.set({ text: saved.notice, tone: 'warn' });
  };

  if (shared !== null) {
    if (applyShared(shared)) offerRestore(saved.state, '已按分享链接载入数据。');
    else useSaved();
  } else if (reportId !== null) {
    void applyReport(reportId).then((ok) => {
      if (ok) offerRestore(saved.state, '');
      else useSaved();
    });
  } else {
    useSaved();
  }
  if (shared !== null || reportId !== null) cleanAddress();

  window.addEventListener('hashchange', () => {
    const encoded = sharedStateIn(window.location.hash);
    if (encoded === null) return;
    const before = $state.get();
    if (applyShared(encoded)) offerRestore(before, '已按分享链接载入数据。');
    cleanAddress();
  });
}

onMount($state, () => {
  start();
});
