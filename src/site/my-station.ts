/**
 * 我的社工站: the one station a resident saves on their phone (localStorage; nothing is sent anywhere). The
 * station page's button writes it (src/csp/inline-scripts.ts), the home page's island reads it
 * (src/components/station/MyStation.tsx). Only a station id is stored; anything else found under the key is
 * corrupt and is cleared.
 */
export const MY_STATION_KEY = 'shegong-my-station';

/** What may be stored: a station id as the content folder names them (liuhua, yuexiu-huaguoshan). */
export const STATION_ID = /^[a-z0-9][a-z0-9_-]{0,99}$/;

export type SavedStation = { kind: 'none' } | { kind: 'saved'; id: string } | { kind: 'corrupt' };

/** The stored value read: nothing, a well-formed id, or something else (to be cleared). */
export function readSavedStation(raw: string | null): SavedStation {
  if (raw === null) return { kind: 'none' };
  return STATION_ID.test(raw) ? { kind: 'saved', id: raw } : { kind: 'corrupt' };
}
