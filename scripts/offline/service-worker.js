// The site's service worker, as written before the build fills it in (scripts/offline/write.ts): Workbox's
// injectManifest puts the precache list (every file and its revision, from dist/) where the manifest placeholder
// stands, and the offline page's path goes where OFFLINE_PAGE stands. docs/explanation/offline.md says why
// it works this way. Plain JavaScript with no imports: it runs as it is, with nothing to bundle.
//
// - One cache per build, named by a hash of the precache list: a new build installs a whole new cache, and
//   the old one is deleted only once the new one is complete and active, so a page never mixes builds.
// - Pages and data: the network first (so a reload always shows the newest build when online), the cache
//   when offline, then the offline page. Every page read is kept for reading offline.
// - Hashed files (/_astro/): the cache first; their names change whenever their content does.
// - Search (/pagefind/): the network only; the search page says it needs a connection.
// - 我的社工站: the station page a resident saved is kept in a cache of its own, fetched again for each new build.

const MANIFEST = self.__WB_MANIFEST;
const OFFLINE_PAGE = OFFLINE_PAGE_PATH;
const SEARCH_FILES = SEARCH_FILES_PATH;
const ASSETS = ASSETS_PATH;

function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

const PREFIX = 'shegong-';
const CACHE = `${PREFIX}${hash(JSON.stringify(MANIFEST))}`;
const MINE = `${PREFIX}my-station`;

self.addEventListener('install', (event) => {
  // cache: 'reload' skips the HTTP cache, so the new cache holds this build's files only.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(MANIFEST.map((entry) => new Request(entry.url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

/** The saved station's page, fetched again from this build; dropped when that fails, rather than kept from the old one. */
async function refreshMine() {
  const mine = await caches.open(MINE);
  for (const request of await mine.keys()) {
    try {
      const res = await fetch(request.url, { cache: 'reload' });
      if (res.ok) await mine.put(request.url, res);
      else await mine.delete(request);
    } catch {
      await mine.delete(request);
    }
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE && k !== MINE).map((k) => caches.delete(k))))
      .then(refreshMine)
      .then(() => self.clients.claim()),
  );
});

// 设为我的社工站 (src/csp/inline-scripts.ts) sends the page's path; 不再设为 sends null.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (typeof data !== 'object' || data === null || !('myStation' in data)) return;
  const path = data.myStation;
  const keep = async () => {
    if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//')) return caches.delete(MINE);
    // Fetched before the old one goes: saved while offline, the page read from the cache stays kept there.
    const res = await fetch(path);
    if (!res.ok) return undefined;
    await caches.delete(MINE);
    return (await caches.open(MINE)).put(path, res);
  };
  event.waitUntil(keep().catch(() => undefined));
});

const isHtml = (res) => (res.headers.get('content-type') || '').startsWith('text/html');

async function page(request) {
  const cache = await caches.open(CACHE);
  try {
    const res = await fetch(request);
    // Kept without its query: a static page is the same whatever follows the ?, and one copy is enough.
    const key = new URL(request.url);
    key.search = '';
    if (res.ok && isHtml(res)) await cache.put(key.href, res.clone());
    return res;
  } catch (error) {
    const kept = (await cache.match(request, { ignoreSearch: true })) || (await caches.match(request, { cacheName: MINE, ignoreSearch: true }));
    if (kept) return kept;
    const offline = await cache.match(OFFLINE_PAGE);
    if (offline) return offline;
    throw error;
  }
}

async function data(request) {
  const cache = await caches.open(CACHE);
  try {
    const res = await fetch(request);
    if (res.ok) await cache.put(request, res.clone());
    return res;
  } catch (error) {
    const kept = await cache.match(request);
    if (kept) return kept;
    throw error;
  }
}

async function asset(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request);
  if (kept) return kept;
  const res = await fetch(request);
  if (res.ok) await cache.put(request, res.clone());
  return res;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith(SEARCH_FILES)) return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (url.pathname.startsWith(ASSETS)) event.respondWith(asset(request));
  else event.respondWith(data(request));
});
