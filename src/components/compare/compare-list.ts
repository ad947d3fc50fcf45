/**
 * The reader's compare list (加入对比 on a report page, the compare page's picker): a nanostores atom of up to
 * four report ids, kept in localStorage. What is read back is untrusted: anything that is not a short list of
 * report ids (src/across/compare-ids.ts parseSavedList) is removed and the list starts empty, with a notice.
 */
import { atom } from 'nanostores';
import { parseSavedList } from '../../across/compare-ids.ts';

export const COMPARE_STORAGE_KEY = 'shegong-pinggu:compare:v1';

export const CORRUPT_LIST_NOTICE = '本机保存的对比列表已损坏或无法识别，已清空。';

/** The ids, in the order they were added. */
export const $compareList = atom<string[]>([]);
/** A sentence for the reader when the saved list had to be reset. */
export const $compareListNotice = atom<string | null>(null);

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage blocked (private mode, policy): the list still works for this page, it just is not remembered.
    return null;
  }
}

let loaded = false;

/** Read the saved list once, in the browser (the islands call it on mount), and save every change after. */
export function loadCompareList(): void {
  if (loaded) return;
  loaded = true;
  const store = storage();
  let raw: string | null = null;
  try {
    raw = store?.getItem(COMPARE_STORAGE_KEY) ?? null;
  } catch {
    raw = null;
  }
  const list = parseSavedList(raw);
  if (list === null) {
    try {
      store?.removeItem(COMPARE_STORAGE_KEY);
    } catch {
      /* nothing to do: storage is unavailable */
    }
    $compareListNotice.set(CORRUPT_LIST_NOTICE);
  }
  $compareList.set(list ?? []);
  $compareList.listen((ids) => {
    try {
      if (ids.length === 0) store?.removeItem(COMPARE_STORAGE_KEY);
      else store?.setItem(COMPARE_STORAGE_KEY, JSON.stringify(ids));
    } catch {
      /* full or blocked: the list lives on for this page */
    }
  });
}
