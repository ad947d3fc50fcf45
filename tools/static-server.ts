// A built site served the way production serves it (deploy/nginx/; tests/deploy/nginx.test.ts compares the two):
// - a folder's index.html for /a/, a 301 to /a/ for the folder /a, the site's 404.html with status 404 for misses;
// - the build's precompressed copies beside each file: x.br when the client accepts br, else x.gz when it
//   accepts gzip (nginx's brotli_static and gzip_static), with "Vary: Accept-Encoding" wherever a copy exists
//   (gzip_vary); nothing is compressed per request;
// - nginx's Content-Type (Debian's mime.types, text/csv from the snippet, "; charset=utf-8" on its
//   charset_types) and Cache-Control (the map of shegong-pinggu.conf).
// sirv serves the file once the path is resolved: it picks the precompressed copy, sends ETag and answers 304.
import { existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import sirv from 'sirv';

/** Debian's /etc/nginx/mime.types for what a build holds, and the snippet's `location ~* \.csv$`. */
const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.xml': 'text/xml',
  '.js': 'application/javascript',
  '.rss': 'application/rss+xml',
  '.txt': 'text/plain',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv',
};
/** nginx's default_type, for anything else (Pagefind's .pf_* and .pagefind files). */
const DEFAULT_TYPE = 'application/octet-stream';
/** The snippet's charset_types: these get "; charset=utf-8". */
const CHARSET_TYPES = new Set(['text/html', 'text/css', 'text/csv', 'text/plain', 'text/xml', 'application/xml', 'application/rss+xml', 'application/json', 'application/javascript', 'image/svg+xml']);

export function contentType(file: string): string {
  const type = MIME_TYPES[extname(file).toLowerCase()] ?? DEFAULT_TYPE;
  return CHARSET_TYPES.has(type) ? `${type}; charset=utf-8` : type;
}

/** shegong-pinggu.conf's map: hashed /_astro/ files for a year, everything else (the service worker named) revalidated. */
export function cacheControl(urlPath: string): string {
  if (urlPath === '/sw.js') return 'no-cache';
  return urlPath.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The encodings a client accepts (q=0 refuses one, as nginx reads it), among those precompressed. */
function accepted(header: string | string[] | undefined): string {
  return String(header ?? '')
    .split(',')
    .map((part) => part.trim().split(/\s*;\s*/))
    .filter(([name, ...params]) => (name === 'gzip' || name === 'br') && !params.some((p) => /^q=0(\.0*)?$/.test(p)))
    .map(([name]) => name)
    .join(', ');
}

/**
 * What a request path names in root, as nginx finds it: a file, a folder that needs its slash, a folder without
 * an index.html (nginx lists none: 403), or nothing.
 */
function lookUp(root: string, pathname: string): { file: string } | { folder: true } | { forbidden: true } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const path = resolve(root, `.${normalize(decoded)}`);
  if (path !== root && !path.startsWith(root + sep)) return null;
  if (!existsSync(path)) return null;
  if (statSync(path).isDirectory()) {
    if (!decoded.endsWith('/')) return { folder: true };
    const index = join(path, 'index.html');
    return existsSync(index) ? { file: index } : { forbidden: true };
  }
  return { file: path };
}

/** Serve a built site like production (see the top of this file) on 127.0.0.1; port 0 picks a free one. */
export function serveStatic(root: string, port = 0): Promise<{ server: Server; origin: string }> {
  const dir = resolve(root);
  const files = sirv(dir, {
    dev: true, // look files up on each request: a scratch build may be served while it is rewritten
    etag: true,
    extensions: [], // the path is resolved before sirv sees it; it only picks the precompressed copy
    gzip: true,
    brotli: true,
    setHeaders: (res, pathname) => {
      res.setHeader('Content-Type', contentType(pathname));
      // sirv says Vary on every file; nginx only where a precompressed copy exists.
      const file = join(dir, pathname);
      if (!existsSync(`${file}.gz`) && !existsSync(`${file}.br`)) res.removeHeader('Vary');
    },
  });

  /** Send a file of the site (the page asked for, or 404.html) with sirv. */
  const send = (req: IncomingMessage, res: ServerResponse, file: string, status: number) => {
    const path = `/${file.slice(dir.length + 1).split(sep).join('/')}`;
    req.url = encodeURI(path);
    req.headers['accept-encoding'] = accepted(req.headers['accept-encoding']);
    res.setHeader('Cache-Control', cacheControl(path));
    if (status !== 200) {
      // sirv answers 200; an error page keeps its own status, and is never a 304.
      delete req.headers['if-none-match'];
      const writeHead = res.writeHead.bind(res) as (code: number, headers?: Record<string, unknown>) => ServerResponse;
      res.writeHead = ((_code: number, headers?: Record<string, unknown>) => writeHead(status, headers)) as typeof res.writeHead;
    }
    files(req, res, () => {
      res.statusCode = 404;
      res.end();
    });
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const found = lookUp(dir, url.pathname);
    if (found && 'folder' in found) {
      // absolute_redirect off: the Location is the path itself, query kept.
      res.writeHead(301, { location: `${url.pathname}/${url.search}`, 'content-type': 'text/html', 'cache-control': cacheControl(url.pathname) });
      res.end('<html><head><title>301 Moved Permanently</title></head><body><center><h1>301 Moved Permanently</h1></center></body></html>\n');
      return;
    }
    if (found && 'forbidden' in found) {
      res.writeHead(403, { 'content-type': contentType('403.html'), 'cache-control': cacheControl(url.pathname) });
      res.end('<html><head><title>403 Forbidden</title></head><body><center><h1>403 Forbidden</h1></center></body></html>\n');
      return;
    }
    if (found) return send(req, res, found.file, 200);
    const notFound = join(dir, '404.html');
    if (existsSync(notFound)) return send(req, res, notFound, 404);
    res.writeHead(404, { 'content-type': contentType(notFound), 'cache-control': cacheControl('/404.html') });
    res.end('<!doctype html><title>404</title><p>Not found</p>');
  });
  return new Promise((ok) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      ok({ server, origin: `http://127.0.0.1:${actualPort}` });
    });
  });
}
