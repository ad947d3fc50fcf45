/** The directory search's state, shared by anything on the page that wants it (nanostores). */
import { atom } from 'nanostores';

/** What the resident has typed in the station search box. */
export const $stationQuery = atom('');
