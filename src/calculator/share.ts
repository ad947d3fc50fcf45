/**
 * Share links: the whole state in the URL fragment (#s=…), so the link
 * reproduces the calculation in any browser and the figures never reach a
 * server log. The fragment is base64url of the state's JSON (UTF-8), and is
 * read back through validateState: a tampered link is refused, never rendered.
 */
import type { RuleSet } from '../scoring/core.ts';
import { validateState, type CalculatorState } from './state.ts';

export const SHARE_PARAM = 's';
/** Longest fragment accepted; a full state with 40 indicators stays well below. */
export const MAX_SHARE_LENGTH = 16_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(padded);
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

export function encodeState(state: CalculatorState): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(state)));
}

export type Decoded = { ok: true; state: CalculatorState } | { ok: false; reason: string; unknownRules?: string };

export function decodeState(encoded: string, lookup: (id: string) => RuleSet | undefined): Decoded {
  if (encoded.length > MAX_SHARE_LENGTH) return { ok: false, reason: 'too long' };
  const bytes = fromBase64Url(encoded);
  if (!bytes) return { ok: false, reason: 'not base64url' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const checked = validateState(parsed, lookup);
  if (checked.ok) return { ok: true, state: checked.value };
  return checked.unknownRules ? { ok: false, reason: checked.reason, unknownRules: checked.unknownRules } : { ok: false, reason: checked.reason };
}

/** The share link for a state: the page URL (without query or fragment) plus #s=…. */
export function shareUrl(pageUrl: string, state: CalculatorState): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = `${SHARE_PARAM}=${encodeState(state)}`;
  return url.href;
}

/** The encoded state in a URL fragment ("#s=…"), or null when the fragment holds none. */
export function sharedStateIn(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(SHARE_PARAM);
}
