/**
 * client:saved, an Astro client directive for the home page's 我的社工站 island: it hydrates only when something
 * is stored under the key (a station, or something corrupt to clear). With nothing saved, the home page loads
 * no script file at all, as before the island (issue 7's text pages; registered in astro.config.mjs).
 */
import type { ClientDirective } from 'astro';
import { MY_STATION_KEY } from './my-station.ts';

const saved: ClientDirective = (load) => {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(MY_STATION_KEY);
  } catch {
    return;
  }
  if (stored === null) return;
  void load().then((hydrate) => hydrate());
};

export default saved;
