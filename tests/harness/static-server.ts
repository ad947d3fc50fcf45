import { createReadStream, existsSync, statSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};

/** Resolve a URL path to a file in root the way static hosts do: /a/ → /a/index.html, /a → /a.html or /a/index.html. */
export function resolveFile(root: string, urlPath: string): string | null {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
  const base = join(root, clean);
  if (!resolve(base).startsWith(resolve(root))) return null;
  const candidates = [base, join(base, 'index.html'), `${base}.html`];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** Text types a production host compresses (nginx `gzip_types`, CDNs). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|wasm))|^image\/svg/;

export interface ServeOptions {
  /** gzip text responses when the client accepts it, like a production host (Lighthouse runs need this). */
  compress?: boolean;
}

/** Serve a built site like a plain static host: no rewrites, 404.html for misses. */
export function serveStatic(root: string, port = 0, options: ServeOptions = {}): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const file = resolveFile(root, req.url ?? '/');
    const send = (status: number, type: string, path: string) => {
      const gzip = options.compress && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
      res.writeHead(status, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
      const stream = createReadStream(path);
      if (gzip) stream.pipe(createGzip()).pipe(res);
      else stream.pipe(res);
    };
    if (!file) {
      const notFound = join(root, '404.html');
      if (existsSync(notFound)) send(404, TYPES['.html']!, notFound);
      else {
        res.writeHead(404, { 'content-type': TYPES['.html']! });
        res.end('<!doctype html><title>404</title><p>Not found</p>');
      }
      return;
    }
    send(200, TYPES[extname(file)] ?? 'application/octet-stream', file);
  });
  return new Promise((ok) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      ok({ server, origin: `http://127.0.0.1:${actualPort}` });
    });
  });
}
