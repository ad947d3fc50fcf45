/**
 * The calculator's shared state: one nanostores atom that every island reads
 * and writes, the results derived from it, and the browser side effects
 * (loading from a share link, a report or localStorage; saving).
 */
import { atom } from 'nanostores';
import { decodeState, sharedStateIn } from '../../calculator/share.ts';
import { computeResults, type CalculatorResults } from '../../calculator/results.ts';
import { loadState, saveState, type KeyValueStore } from '../../calculator/persistence.ts';
import {
  emptyIndicator,
  emptyState,
  isEmptyState,
  isValidReportId,
  LIMITS,
  validateState,
  type CalculatorState,
  type IndicatorEntry,
  type StaffingField,
} from '../../calculator/state.ts';
import { formatHundredths, pointsToHundredScale, type PartyId, type ScoreScale } from '../../scoring/index.ts';

export interface Notice {
  text: string;
  tone: 'info' | 'warn';
  /** Offer to undo the last clear. */
  undo?: boolean;
}

export const $state = atom<CalculatorState>(emptyState());

let memo: { state: CalculatorState; results: CalculatorResults } | null = null;

/** The results of a state, computed once per state (the state is replaced, never mutated). */
export function resultsOf(state: CalculatorState): CalculatorResults {
  if (memo?.state !== state) memo = { state, results: computeResults(state) };
  return memo.results;
}
export const $notice = atom<Notice | null>(null);
/** Set while a report's figures are being fetched. */
export const $loading = atom<boolean>(false);

let cleared: CalculatorState | null = null;

function update(change: (s: CalculatorState) => CalculatorState): void {
  $state.set(change($state.get()));
}

export function setPartyText(id: PartyId, text: string): void {
  update((s) => ({ ...s, parties: { ...s.parties, [id]: { ...s.parties[id], text: text.slice(0, LIMITS.text) } } }));
}

/** Switch a party between points and a 100-point score, converting a valid entry so its meaning stays. */
export function setPartyScale(id: PartyId, scale: ScoreScale): void {
  const s = $state.get();
  const entry = s.parties[id];
  if (entry.scale === scale) return;
  const current = resultsOf(s).parties.find((p) => p.party.id === id);
  let text = entry.text;
  if (current && current.points !== null) {
    text = formatHundredths(scale === 'hundred' ? pointsToHundredScale(id, current.points) : current.points);
  }
  $state.set({ ...s, parties: { ...s.parties, [id]: { text, scale } } });
}

export function setIndicator(index: number, part: keyof IndicatorEntry, text: string): void {
  const max = part === 'name' ? LIMITS.name : LIMITS.text;
  update((s) => ({
    ...s,
    indicators: s.indicators.map((row, i) => (i === index ? { ...row, [part]: text.slice(0, max) } : row)),
  }));
}

/** Add an empty indicator row; false when the list is full. */
export function addIndicator(): boolean {
  const s = $state.get();
  if (s.indicators.length >= LIMITS.indicators) return false;
  $state.set({ ...s, indicators: [...s.indicators, emptyIndicator()] });
  return true;
}

export function removeIndicator(index: number): void {
  update((s) => ({ ...s, indicators: s.indicators.filter((_, i) => i !== index) }));
}

export function setStaffing(field: StaffingField, text: string): void {
  update((s) => ({ ...s, staffing: { ...s.staffing, [field]: text.slice(0, LIMITS.text) } }));
}

export function clearAll(): void {
  const s = $state.get();
  if (isEmptyState(s)) {
    $notice.set({ text: '没有需要清空的输入。', tone: 'info' });
    return;
  }
  cleared = s;
  $state.set(emptyState());
  $notice.set({ text: '已清空全部输入。', tone: 'info', undo: true });
}

export function undoClear(): void {
  if (!cleared) return;
  $state.set(cleared);
  cleared = null;
  $notice.set({ text: '已恢复清空前的输入。', tone: 'info' });
}

export function dismissNotice(): void {
  $notice.set(null);
}

// ---- Loading and saving (browser only) ----

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
  url.search = '';
  url.hash = '';
  history.replaceState(history.state, '', url.pathname);
}

function applyShared(encoded: string): boolean {
  const decoded = decodeState(encoded);
  if (!decoded.ok) {
    $notice.set({ text: '分享链接无效或已损坏，未载入其中的数据。', tone: 'warn' });
    return false;
  }
  // Which report a link says it started from is not taken on its word: the title shown is the
  // site's own, fetched below; a report the site does not have is not named at all.
  const { source } = decoded.state;
  $state.set({ ...decoded.state, source: null });
  if (source) {
    void fetchPrefill(source.reportId).then(
      (trusted) => update((s) => ({ ...s, source: trusted.source })),
      () => undefined,
    );
  }
  return true;
}

export const prefillUrl = (reportId: string) => `/calculator/prefill/${reportId}.json`;

/** A report's figures from the site's own prefill file, validated. */
async function fetchPrefill(reportId: string): Promise<CalculatorState> {
  const response = await fetch(prefillUrl(reportId), { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(String(response.status));
  const checked = validateState(await response.json());
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

/** Keep what this browser had saved so loading a link or report over it can be undone. */
function offerRestore(previous: CalculatorState | null, text: string): void {
  if (previous && !isEmptyState(previous)) {
    cleared = previous;
    $notice.set({ text: `${text}本机原来的输入已被替换，可以恢复。`, tone: 'info', undo: true });
  } else {
    $notice.set(text ? { text, tone: 'info' } : null);
  }
}

/**
 * Load the state once, after the islands have hydrated with the empty state
 * (so server and client render alike): a share link first, then a report
 * prefill, then what this browser saved. Every island calls this; the first wins.
 */
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

  const saved = loadState(storage);
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
