/**
 * The share link's encoding: JSON as UTF-8 as base64url, in the URL fragment (#s=…). No validation
 * and no imports from the calculator's other modules: the islands load this only when a link is made
 * or opened, so it stays out of the calculator's first load (./share.ts validates what it decodes).
 */
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

export function encodeJson(value: unknown): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(value)));
}

/** The JSON a fragment's value holds, not yet validated; or why it holds none. */
export function decodeJson(encoded: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (encoded.length > MAX_SHARE_LENGTH) return { ok: false, reason: 'too long' };
  const bytes = fromBase64Url(encoded);
  if (!bytes) return { ok: false, reason: 'not base64url' };
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
}

/** The share link for a state: the page URL (without query or fragment) plus #s=…. */
export function shareUrl(pageUrl: string, state: unknown): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = `${SHARE_PARAM}=${encodeJson(state)}`;
  return url.href;
}

/** The encoded state in a URL fragment ("#s=…"), or null when the fragment holds none. */
export function sharedStateIn(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get(SHARE_PARAM);
}
