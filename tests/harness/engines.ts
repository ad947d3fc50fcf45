// The other engines, driven the way each is driven best (issue 25): Firefox ESR over WebDriver BiDi
// (puppeteer-core), WebKitGTK through WebKitWebDriver over plain WebDriver HTTP calls, under Xvfb. Both give
// the smoke suite (tests/engines/) one small interface: open a path at 360 px, run a function body in the page,
// read the script errors.
//
// WebKitGTK's MiniBrowser window cannot be narrower than about 450 px, so its pages are opened in a 360 px
// iframe of a page of the site (same origin: the frame is driven directly through WebDriver's frame switch),
// which lays them out exactly as a 360 px viewport would. Errors are recorded from the frame's document as soon
// as it exists, before its module scripts (the islands) run.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const WIDTH = 360;
const HEIGHT = 740;

export interface EnginePage {
  /** Open a site path at 360 px and wait for its load event. */
  open(path: string): Promise<void>;
  /** Run a function body in the page (it may return a promise) and return its value. */
  run<T>(body: string, arg?: unknown): Promise<T>;
  /** Script errors and policy violations since the last open(). */
  errors(): Promise<string[]>;
}

export interface Engine {
  name: string;
  page(): Promise<EnginePage>;
  close(): Promise<void>;
}

export function missingEngines(): string[] {
  return [FIREFOX_PATH, WEBKIT_DRIVER, MINIBROWSER, '/usr/bin/xvfb-run'].filter((p) => !existsSync(p));
}

/** Poll a function body until it returns something truthy (or time runs out). */
export async function until<T>(p: EnginePage, body: string, what: string, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await p.run<T>(body);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function firefox(origin: string): Promise<Engine> {
  const browser: Browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true, protocol: 'webDriverBiDi' });
  return {
    name: 'Firefox ESR',
    async page() {
      const page: Page = await browser.newPage();
      await page.setViewport({ width: WIDTH, height: HEIGHT });
      let errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      return {
        async open(path) {
          errors = [];
          await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
        },
        run: (body, arg) => page.evaluate(`(async function (arg) {${body}})(${JSON.stringify(arg ?? null)})`) as never,
        errors: async () => errors,
      };
    },
    close: () => browser.close(),
  };
}

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

/** The frame's errors, kept by the top page: read before its module scripts run. */
const WATCH_FRAME = `
  var f = document.getElementById('engine-frame');
  if (!f) {
    f = document.createElement('iframe');
    f.id = 'engine-frame';
    f.width = ${WIDTH};
    f.height = ${HEIGHT};
    f.title = 'page';
    document.body.prepend(f);
  }
  window.__errors = [];
  window.__loaded = false;
  var seen = f.contentDocument;
  clearInterval(window.__watch);
  window.__watch = setInterval(function () {
    var d = f.contentDocument;
    if (!d || d === seen) return;
    seen = d;
    var w = f.contentWindow;
    w.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });
    w.addEventListener('unhandledrejection', function (e) { window.__errors.push(String(e.reason)); });
    d.addEventListener('securitypolicyviolation', function (e) { window.__errors.push('CSP: ' + e.violatedDirective + ' ' + e.blockedURI); });
  }, 1);
  f.onload = function () { window.__loaded = true; };
  f.src = arguments[0];`;

export async function webkit(origin: string, hostPath: string): Promise<Engine> {
  const port = await freePort();
  const driver: ChildProcess = spawn('xvfb-run', ['-a', WEBKIT_DRIVER, `--port=${port}`], { stdio: 'ignore', detached: true });
  const base = `http://127.0.0.1:${port}`;
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const r = await fetch(base + path, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = (await r.json()) as { value: T & { error?: string; message?: string } };
    if (!r.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value?.error} ${json.value?.message}`);
    return json.value;
  };
  for (let i = 0; ; i++) {
    try {
      await call('GET', '/status');
      break;
    } catch (e) {
      if (i > 150) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const sessions: string[] = [];
  const stop = () => {
    try {
      process.kill(-driver.pid!);
    } catch {
      // already gone
    }
  };
  return {
    name: 'WebKitGTK',
    async page() {
      const { sessionId } = await call<{ sessionId: string }>('POST', '/session', {
        capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } },
      });
      sessions.push(sessionId);
      const s = `/session/${sessionId}`;
      await call('POST', `${s}/url`, { url: new URL(hostPath, origin).href });
      const top = <T>(script: string, args: unknown[] = []) => call<T>('POST', `${s}/execute/sync`, { script, args });
      return {
        async open(path) {
          await call('POST', `${s}/frame/parent`, {});
          await top(WATCH_FRAME, [new URL(path, origin).href]);
          const end = Date.now() + 30_000;
          while (!(await top<boolean>('return window.__loaded;'))) {
            if (Date.now() > end) throw new Error(`${path} did not load`);
            await new Promise((r) => setTimeout(r, 100));
          }
          await call('POST', `${s}/frame`, { id: 0 });
        },
        run: (body, arg) => call('POST', `${s}/execute/sync`, { script: `return (async function (arg) {${body}})(arguments[0]);`, args: [arg ?? null] }),
        async errors() {
          await call('POST', `${s}/frame/parent`, {});
          const errors = await top<string[]>('return window.__errors;');
          await call('POST', `${s}/frame`, { id: 0 });
          return errors;
        },
      };
    },
    async close() {
      for (const id of sessions) await call('DELETE', `/session/${id}`).catch(() => undefined);
      stop();
    },
  };
}
