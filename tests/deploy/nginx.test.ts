/**
 * The repo's nginx configuration (deploy/nginx/), run for real: Debian's nginx as the current user on
 * 127.0.0.1 and a free port, with a temporary prefix, pid and logs, serving the built dist/. The HTTPS server
 * block of shegong-pinggu.conf is used as written except its `listen`, `root` and certificate lines (no TLS
 * here). Every built page and every text file is fetched raw (no client decompression) with gzip, with br and
 * with neither; then the MDN HTTP Observatory scanner grades the server. The TLS block itself is loaded with
 * `nginx -t` and a throwaway self-signed certificate, and the configuration is loaded without the brotli
 * module too. The test server (tools/static-server.ts) must answer every path as this nginx does.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allFiles, builtPages, DIST } from '../../tools/site/built-site.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { shellUrls } from '../../src/site/urls.ts';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const DEPLOY = resolve('deploy/nginx');
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const hasBrotli = existsSync(BROTLI_MODULE);

// ---------- the configuration, as a test runs it ----------

/** Top-level blocks of an nginx file (`map … { … }`, `server { … }`), comments dropped. */
function topLevelBlocks(text: string): string[] {
  const src = text.replace(/#[^\n]*/g, '');
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '{') depth++;
    else if (src[i] === '}' && --depth === 0) {
      blocks.push(src.slice(start, i + 1).trim());
      start = i + 1;
    } else if (depth === 0 && src[i] === ';') start = i + 1;
  }
  return blocks;
}

interface Site {
  /** The http {} content: the maps and the server blocks. */
  http: string;
}

/**
 * The site file for a loopback run: the maps and the HTTPS server block, with `listen` on 127.0.0.1:port,
 * `root` on dist/, and the TLS lines left out (`tls` keeps them, with this certificate, and both servers).
 */
function siteConfig(port: number, tls?: { cert: string; key: string; httpPort: number }): Site {
  const blocks = topLevelBlocks(readFileSync(join(DEPLOY, 'shegong-pinggu.conf'), 'utf8'));
  const maps = blocks.filter((b) => b.startsWith('map '));
  const servers = blocks.filter((b) => b.startsWith('server'));
  const site = servers.find((b) => /^\s*root\s/m.test(b));
  if (!site) throw new Error('deploy/nginx/shegong-pinggu.conf has no server block with a root line');
  const lines = (block: string) => block.split('\n');
  const root = `    root ${DIST};`;
  if (!tls) {
    const plain = lines(site)
      .filter((l) => !/^\s*(listen|ssl_)/.test(l))
      .map((l) => (/^\s*root\s/.test(l) ? root : l))
      .join('\n')
      .replace('{', `{\n    listen 127.0.0.1:${port};`);
    return { http: [...maps, plain].join('\n\n') };
  }
  const secure = lines(site)
    .map((l) => (/^\s*root\s/.test(l) ? root : l))
    .map((l) => (/^\s*listen\s/.test(l) ? (/\[::\]/.test(l) ? '' : `    listen 127.0.0.1:${port} ssl http2;`) : l))
    .map((l) => l.replace(/^(\s*ssl_certificate)\s.*$/, `$1 ${tls.cert};`).replace(/^(\s*ssl_certificate_key)\s.*$/, `$1 ${tls.key};`))
    .join('\n');
  const others = servers
    .filter((b) => b !== site)
    .map((b) =>
      lines(b)
        .map((l) => (/^\s*listen\s/.test(l) ? (/\[::\]/.test(l) ? '' : `    listen 127.0.0.1:${tls.httpPort};`) : l))
        .join('\n'),
    );
  return { http: [...maps, secure, ...others].join('\n\n') };
}

/** A whole nginx.conf under prefix: the site inside http {}, logs, pid and temp files in the prefix. */
function writeNginxConf(prefix: string, site: Site, withBrotli: boolean): string {
  mkdirSync(join(prefix, 'conf', 'snippets'), { recursive: true });
  mkdirSync(join(prefix, 'logs'), { recursive: true });
  mkdirSync(join(prefix, 'tmp'), { recursive: true });
  copyFileSync(join(DEPLOY, 'snippets', 'shegong-pinggu-static.conf'), join(prefix, 'conf', 'snippets', 'shegong-pinggu-static.conf'));
  const brotliSnippet = join(prefix, 'conf', 'snippets', 'shegong-pinggu-brotli.conf');
  if (withBrotli) copyFileSync(join(DEPLOY, 'snippets', 'shegong-pinggu-brotli.conf'), brotliSnippet);
  else rmSync(brotliSnippet, { force: true });
  const tmp = (name: string) => `${name}_temp_path ${join(prefix, 'tmp', name)};`;
  const conf = [
    withBrotli ? `load_module ${BROTLI_MODULE};` : '',
    'worker_processes 1;',
    'daemon off;',
    `pid ${join(prefix, 'nginx.pid')};`,
    `error_log ${join(prefix, 'logs', 'error.log')} warn;`,
    'events { worker_connections 64; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    `  access_log ${join(prefix, 'logs', 'access.log')};`,
    `  ${tmp('client_body')} ${tmp('proxy')} ${tmp('fastcgi')} ${tmp('uwsgi')} ${tmp('scgi')}`,
    site.http,
    '}',
    '',
  ].join('\n');
  const file = join(prefix, 'conf', 'nginx.conf');
  writeFileSync(file, conf);
  return file;
}

/** `nginx -t` on a configuration: exit status and what nginx said. */
function nginxTest(prefix: string, conf: string): { ok: boolean; output: string } {
  const r = spawnSync(NGINX, ['-t', '-p', prefix, '-c', conf, '-e', join(prefix, 'logs', 'error.log')], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

// ---------- raw HTTP ----------

interface Raw {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

let port = 0;
/** A GET to nginx, or to another server on 127.0.0.1 (`at`: its port). */
function get(path: string, headers: Record<string, string> = {}, at = port): Promise<Raw> {
  return new Promise((done, fail) => {
    // Paths come from dist/ as file names (/stations/district/越秀区/): send them percent-encoded, as a browser does.
    const req = request({ host: '127.0.0.1', port: at, path: encodeURI(path), headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)])),
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

// ---------- nginx up for the suite, down afterwards whatever happens ----------

let prefix = '';
let nginx: ChildProcess | undefined;
let nginxLog = '';

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX}: run bash scripts/install-test-deps.sh (Debian's nginx-light).`);
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is not built: run npm run build first (npm test does).');
  prefix = mkdtempSync(join(tmpdir(), 'shegong-nginx-'));
  port = await freePort();
  const conf = writeNginxConf(prefix, siteConfig(port), hasBrotli);
  const t = nginxTest(prefix, conf);
  if (!t.ok) throw new Error(`nginx -t failed:\n${t.output}\n${readFileSync(conf, 'utf8')}`);
  nginx = spawn(NGINX, ['-p', prefix, '-c', conf, '-e', join(prefix, 'logs', 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
  nginx.stdout?.on('data', (d: Buffer) => (nginxLog += d));
  nginx.stderr?.on('data', (d: Buffer) => (nginxLog += d));
  // Up when it answers.
  for (let i = 0; ; i++) {
    try {
      await get('/');
      break;
    } catch (e) {
      if (i > 100 || nginx.exitCode !== null) throw new Error(`nginx did not start: ${String(e)}\n${nginxLog}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx!.once('exit', r));
    nginx.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (nginx.exitCode === null) nginx.kill('SIGKILL');
  }
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

// ---------- what a reader's browser gets ----------

const SECURITY_HEADERS: Record<string, RegExp> = {
  'content-security-policy': /^frame-ancestors 'none'$/,
  'x-frame-options': /^DENY$/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /camera=\(\)/,
  'cross-origin-resource-policy': /^same-origin$/,
};

function headerProblems(path: string, r: Raw): string[] {
  return Object.entries(SECURITY_HEADERS)
    .filter(([name, want]) => !want.test(r.headers[name] ?? ''))
    .map(([name]) => `${path}: ${name} is ${JSON.stringify(r.headers[name] ?? null)}`);
}

/** Content-Type nginx must send for a file of dist/. */
const TYPES: Record<string, RegExp> = {
  '.html': /^text\/html; charset=utf-8$/,
  '.csv': /^text\/csv; charset=utf-8$/,
  '.json': /^application\/json; charset=utf-8$/,
  '.xml': /^text\/xml; charset=utf-8$/,
  '.js': /^application\/javascript; charset=utf-8$/,
  '.css': /^text\/css; charset=utf-8$/,
  '.svg': /^image\/svg\+xml; charset=utf-8$/,
};
const ext = (f: string) => /\.[a-z]+$/.exec(f)?.[0] ?? '';
const urlOf = (file: string) => `/${relative(DIST, file).split('/').map(encodeURIComponent).join('/')}`;

describe('nginx with deploy/nginx serves dist/', () => {
  const pages = builtPages();
  const textFiles = allFiles().filter((f) => ext(f) in TYPES && !f.endsWith('.html'));

  it('finds the pages and text files in dist/', () => {
    expect(pages.map((p) => p.path)).toContain('/');
    expect(textFiles.some((f) => f.endsWith('.csv'))).toBe(true);
  });

  it('dist/ ships a .gz and a .br beside every HTML, JSON, CSV, XML, JS, CSS and SVG file', () => {
    const missing = allFiles()
      .filter((f) => ext(f) in TYPES)
      .flatMap((f) => ['.gz', '.br'].filter((c) => !existsSync(f + c)).map((c) => relative(DIST, f) + c));
    expect(missing).toEqual([]);
  });

  it('every page: 200, security headers, UTF-8, revalidated, precompressed for gzip and br', async () => {
    const problems: string[] = [];
    for (const page of pages) {
      const want = readFileSync(page.file);
      for (const encoding of ['gzip', 'br', null] as const) {
        if (encoding === 'br' && !hasBrotli) continue;
        const r = await get(page.path, encoding ? { 'accept-encoding': encoding } : {});
        const where = `${page.path} (${encoding ?? 'identity'})`;
        if (r.status !== 200) problems.push(`${where}: status ${r.status}`);
        problems.push(...headerProblems(where, r));
        if (!TYPES['.html']!.test(r.headers['content-type'] ?? '')) problems.push(`${where}: content-type ${r.headers['content-type']}`);
        if (r.headers['cache-control'] !== 'no-cache') problems.push(`${where}: cache-control ${r.headers['cache-control']}`);
        if ((r.headers['content-encoding'] ?? null) !== encoding) problems.push(`${where}: content-encoding ${r.headers['content-encoding']}`);
        if (encoding && !/accept-encoding/i.test(r.headers.vary ?? '')) problems.push(`${where}: no Vary: Accept-Encoding`);
        const body = encoding === 'gzip' ? gunzipSync(r.body) : encoding === 'br' ? brotliDecompressSync(r.body) : r.body;
        if (!body.equals(want)) problems.push(`${where}: body differs from ${relative(DIST, page.file)}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('every JSON, CSV, XML, JS, CSS and SVG file: its type with charset=utf-8, precompressed', async () => {
    const problems: string[] = [];
    for (const file of textFiles) {
      const path = urlOf(file);
      const encodings = hasBrotli ? (['gzip', 'br'] as const) : (['gzip'] as const);
      for (const encoding of encodings) {
        const r = await get(path, { 'accept-encoding': encoding });
        if (r.status !== 200) problems.push(`${path}: status ${r.status}`);
        if (!TYPES[ext(file)]!.test(r.headers['content-type'] ?? '')) problems.push(`${path}: content-type ${r.headers['content-type']}`);
        if (r.headers['content-encoding'] !== encoding) problems.push(`${path}: ${encoding} asked, content-encoding ${r.headers['content-encoding']}`);
        problems.push(...headerProblems(path, r));
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('hashed /_astro/ files are cached for a year as immutable; pages and data revalidate (304 when unchanged)', async () => {
    const astro = allFiles().filter((f) => f.includes('/_astro/') && /\.(js|css)$/.test(f));
    expect(astro.length).toBeGreaterThan(0);
    for (const file of astro) {
      const r = await get(urlOf(file), { 'accept-encoding': 'gzip' });
      expect(r.headers['cache-control'], urlOf(file)).toBe('public, max-age=31536000, immutable');
    }
    expect((await get('/data/reports.json')).headers['cache-control']).toBe('no-cache');
    // The service worker is checked on every visit, so a new build reaches readers at once.
    const sw = await get(shellUrls.serviceWorker, { 'accept-encoding': 'gzip' });
    expect(sw.status).toBe(200);
    expect(sw.headers['cache-control']).toBe('no-cache');
    expect(sw.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect((await get(shellUrls.manifest)).headers['content-type']).toBe('application/json; charset=utf-8');
    const first = await get('/reports/', { 'accept-encoding': 'gzip' });
    const again = await get('/reports/', { 'accept-encoding': 'gzip', 'if-none-match': first.headers.etag!, 'if-modified-since': first.headers['last-modified']! });
    expect(again.status).toBe(304);
  });

  it('unknown paths get the 404 page with status 404; folders without a slash redirect to it', async () => {
    const r = await get('/no-such-page/', { 'accept-encoding': 'gzip' });
    expect(r.status).toBe(404);
    expect(gunzipSync(r.body).equals(readFileSync(join(DIST, '404.html')))).toBe(true);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(headerProblems('/no-such-page/', r)).toEqual([]);
    const folder = await get('/reports');
    expect(folder.status).toBe(301);
    expect(folder.headers.location).toBe('/reports/');
    expect((await get('/server-status')).status).toBe(404);
    expect((await get('/')).headers.server).toBe('nginx');
  });

  it('the test server (tools/static-server.ts) answers every file, folder and miss as nginx does', async () => {
    const folders = readdirSync(DIST, { recursive: true, withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `/${relative(DIST, join(d.parentPath, d.name))}`);
    const paths = [
      ...allFiles().map((f) => `/${relative(DIST, f)}`),
      '/',
      ...folders.flatMap((f) => [f, `${f}/`]),
      '/reports?from=a-link',
      '/no-such-page/',
      '/no-such-page',
      '/_astro/no-such-file.js',
      '/404',
    ];
    // Without the brotli module nginx sends no .br, while the test server always may.
    const encodings = hasBrotli ? ['', 'gzip', 'br', 'gzip, deflate, br, zstd', 'gzip;q=0, br'] : ['', 'gzip'];
    const compared = ['content-type', 'content-encoding', 'vary', 'cache-control', 'location'];
    const { server, origin } = await serveStatic(DIST);
    const ours = Number(new URL(origin).port);
    const problems: string[] = [];
    try {
      for (const path of paths) {
        for (const encoding of encodings) {
          const headers: Record<string, string> = encoding ? { 'accept-encoding': encoding } : {};
          const [want, got] = [await get(path, headers), await get(path, headers, ours)];
          const where = `${path} (${encoding || 'identity'})`;
          if (got.status !== want.status) problems.push(`${where}: status ${got.status}, nginx ${want.status}`);
          for (const name of compared) {
            if (got.headers[name] !== want.headers[name]) problems.push(`${where}: ${name} ${got.headers[name]}, nginx ${want.headers[name]}`);
          }
          // A redirect's and a folder's 403 bodies are nginx's own pages; every other body is a file of dist/.
          if (![301, 403].includes(want.status) && !got.body.equals(want.body)) problems.push(`${where}: body differs from nginx's`);
        }
      }
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
    expect(paths.length).toBeGreaterThan(50);
    expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
  });

  it('the configuration loads without the brotli module as well', () => {
    const bare = join(prefix, 'no-brotli');
    const t = nginxTest(bare, writeNginxConf(bare, siteConfig(port), false));
    expect(t.ok, t.output).toBe(true);
  });

  it('the whole file loads with its TLS server and HTTP → HTTPS redirect (nginx -t, self-signed certificate)', () => {
    const tls = join(prefix, 'tls');
    mkdirSync(tls, { recursive: true });
    const cert = join(tls, 'cert.pem');
    const key = join(tls, 'key.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-keyout', key, '-out', cert], {
      stdio: 'ignore',
    });
    const site = siteConfig(port + 1, { cert, key, httpPort: port + 2 });
    expect(site.http).toMatch(/Strict-Transport-Security "max-age=\d{8,}/);
    expect(site.http).toMatch(/return 301 https:\/\/\$host\$request_uri;/);
    const t = nginxTest(tls, writeNginxConf(tls, site, hasBrotli));
    expect(t.ok, t.output).toBe(true);
  });
});

// ---------- MDN HTTP Observatory ----------

interface ObservatoryTest {
  pass: boolean | null;
  result: string;
  scoreModifier: number;
  data?: unknown;
  policy?: Record<string, boolean> | null;
}
interface Observatory {
  scan: { grade: string; score: number; testsPassed: number; testsQuantity: number };
  tests: Record<string, ObservatoryTest>;
  error?: string;
}

/** What needs HTTPS, so cannot pass against a plain-HTTP loopback server. */
const NEEDS_TLS = new Set(['redirection', 'strict-transport-security']);

describe('MDN HTTP Observatory against the nginx server', () => {
  it('passes every test that does not need TLS', () => {
    const require = createRequire(import.meta.url);
    const pkg = dirname(require.resolve('@mdn/mdn-http-observatory/package.json'));
    // Its install step downloads the HSTS preload list (skipped here: no internet, allowScripts false); the
    // scanner only reads the file. An empty list is right for a loopback host.
    const hsts = join(pkg, 'conf', 'hsts-preload.json');
    if (!existsSync(hsts)) writeFileSync(hsts, '{}\n');
    // The scanner takes a host name; "127.0.0.1:port" becomes http://127.0.0.1:port/ (its https:// attempt
    // fails on a plain-HTTP port, and it falls back to http).
    const out = spawnSync(process.execPath, [join(pkg, 'bin', 'wrapper.js'), `127.0.0.1:${port}`], { encoding: 'utf8', timeout: 50_000 });
    const report = JSON.parse(out.stdout) as Observatory;
    expect(report.error, out.stderr).toBeUndefined();
    const rows = Object.entries(report.tests).map(
      ([name, t]) => `  ${t.pass ? 'pass' : 'FAIL'}  ${name}: ${t.result} (${t.scoreModifier >= 0 ? '+' : ''}${t.scoreModifier})`,
    );
    console.log(`MDN HTTP Observatory, http://127.0.0.1:${port}/: ${report.scan.grade}, ${report.scan.score}/100, ${report.scan.testsPassed}/${report.scan.testsQuantity} tests passed\n${rows.join('\n')}`);

    const failing = Object.entries(report.tests)
      .filter(([name, t]) => !NEEDS_TLS.has(name) && !t.pass)
      .map(([name, t]) => `${name}: ${t.result}`);
    expect(failing).toEqual([]);
    for (const name of ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'cross-origin-resource-policy']) {
      expect(report.tests[name]?.pass, name).toBe(true);
    }
    const csp = report.tests['content-security-policy']!;
    // It reads the header (frame-ancestors) and the page's <meta> together; which of the two passing results
    // it names depends on how it merges them. tests/browser/csp.test.ts checks the <meta> policy itself.
    expect(csp.result).toMatch(/^csp-implemented-with-no-unsafe(-default-src-none)?$/);
    expect(csp.policy).toMatchObject({ unsafeInline: false, unsafeEval: false, unsafeInlineStyle: false, antiClickjacking: true, unsafeObjects: false });
    expect(report.tests['x-frame-options']!.result).toMatch(/^x-frame-options-(implemented-via-csp|sameorigin-or-deny)$/);
  });
});
