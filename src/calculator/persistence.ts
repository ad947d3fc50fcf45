/**
 * Keeping the calculator's state across reloads in localStorage, under a
 * versioned key. What is read back is untrusted (another version, another
 * app, a hand edit): it goes through validateState, and anything refused is
 * removed with a notice instead of breaking the page.
 * The key's version stays 1 across state version 2 (rule sets): the state carries
 * its own `v`, and validateState migrates a version-1 state, so nothing saved is lost.
 */
import type { RuleSet } from '../scoring/core.ts';
import { isEmptyState, validateState, type CalculatorState } from './state.ts';

export const STORAGE_KEY = 'shegong-pinggu:calculator:v1';

/** The part of the Web Storage API used here (localStorage, or a stand-in in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Loaded {
  state: CalculatorState | null;
  /** A Chinese sentence for the user when saved data had to be discarded. */
  notice: string | null;
}

export const DISCARDED_NOTICE = '本机保存的计算器数据已损坏或无法识别，已清除，请重新填写。';

/** The notice for saved or shared figures under a rule set this site does not have. */
export function unknownRulesNotice(what: string, id: string): string {
  return `${what}使用的评估办法“${id}”本站没有，未载入其中的数据。`;
}

export function loadState(storage: KeyValueStore | null, lookup: (id: string) => RuleSet | undefined): Loaded {
  if (!storage) return { state: null, notice: null };
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    // Storage blocked (private mode, policy): the calculator still works, it just won't remember.
    return { state: null, notice: null };
  }
  if (raw === null) return { state: null, notice: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    forget(storage);
    return { state: null, notice: DISCARDED_NOTICE };
  }
  const checked = validateState(parsed, lookup);
  if (!checked.ok) {
    forget(storage);
    return { state: null, notice: checked.unknownRules ? `${unknownRulesNotice('本机保存的计算器数据', checked.unknownRules)}已清除。` : DISCARDED_NOTICE };
  }
  return { state: checked.value, notice: null };
}

/** Save, or remove the key when nothing is entered. False when the browser refuses. */
export function saveState(storage: KeyValueStore | null, state: CalculatorState): boolean {
  if (!storage) return false;
  try {
    if (isEmptyState(state)) storage.removeItem(STORAGE_KEY);
    else storage.setItem(STORAGE_KEY, JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}

export function forget(storage: KeyValueStore | null): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    /* nothing to do: storage is unavailable */
  }
}
