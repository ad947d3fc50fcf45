/**
 * Opening a share link (#s=…): decode, validate under the site's rule sets, apply. The decoder
 * (share-codec.ts) is fetched only when the address carries a link, so it is not in the
 * calculator's first load; it imports nothing else, so it is a chunk of its own.
 */
import { unknownRulesNotice } from '../../../calculator/persistence.ts';
import { validateState } from '../../../calculator/state.ts';
import { update } from './actions.ts';
import { $notice, $state, ruleSetFor } from './atoms.ts';
import { fetchPrefill } from './prefill.ts';

export async function applyShared(hash: string): Promise<boolean> {
  const codec = await import('../../../calculator/share-codec.ts').catch(() => null);
  if (!codec) {
    $notice.set({ text: '未能载入分享链接（网络中断），请刷新重试。', tone: 'warn' });
    return false;
  }
  const encoded = codec.sharedStateIn(hash);
  if (encoded === null) return false;
  const json = codec.decodeJson(encoded);
  const decoded = json.ok ? validateState(json.value, ruleSetFor) : json;
  if (!decoded.ok) {
    const unknown = (decoded as { unknownRules?: string }).unknownRules;
    const text = unknown ? unknownRulesNotice('分享链接', unknown) : '分享链接无效或已损坏，未载入其中的数据。';
    $notice.set({ text, tone: 'warn' });
    return false;
  }
  // Which report a link says it started from is not taken on its word: the title shown is the
  // site's own, fetched below; a report the site does not have is not named at all.
  const { source } = decoded.value;
  $state.set({ ...decoded.value, source: null });
  if (source) {
    void fetchPrefill(source.reportId).then(
      // Only while the figures are still under the report's rule set.
      (trusted) => update((s) => (s.rules === trusted.rules ? { ...s, source: trusted.source } : s)),
      () => undefined,
    );
  }
  return true;
}

