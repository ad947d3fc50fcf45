// A scratch copy of the project with its own content folder, built with the project's own build script.
// The scratch test project, the bench, Lighthouse and the stress run use it: the copy has its own .astro/,
// content cache and dist/, so it never disturbs the real build (which the browser tests may be serving).
// It lives in bench/scratch/ (gitignored, outside the type check); node_modules resolve from the project.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');
export const SCRATCH_ROOT = join(PROJECT_ROOT, 'bench', 'scratch');

/** Top-level entries that are not part of what a build reads. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.git', '.astro', 'bench', 'tests', 'tools', 'content', 'docs', 'results', 'test-results', '.ci', '.build-cache']);

export interface ScratchSite {
  root: string;
  reportsDir: string;
  stationsDir: string;
}

/** Marks a folder as a scratch copy, so that making a new one may delete it. */
const MARKER = '.scratch-site';

/**
 * A fresh copy of the project with empty content/reports and content/stations: in bench/scratch/<name>/, or at
 * `name` itself when it is an absolute path. An existing folder there is replaced only if it is empty or an
 * earlier scratch copy (it holds the marker file); anything else is refused rather than deleted.
 */
export function createScratchSite(name: string): ScratchSite {
  const root = isAbsolute(name) ? name : join(SCRATCH_ROOT, name);
  if (existsSync(root) && readdirSync(root).length > 0 && !existsSync(join(root, MARKER))) {
    throw new Error(`${root} exists and is not a scratch copy (no ${MARKER} in it): not replacing it`);
  }
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, MARKER), 'A scratch copy of the project made by tools/scratch-site.ts; safe to delete.\n');
  for (const entry of readdirSync(PROJECT_ROOT)) {
    if (NOT_COPIED.has(entry) || entry.endsWith('.log')) continue;
    cpSync(join(PROJECT_ROOT, entry), join(root, entry), { recursive: true });
  }
  // Inside the project, packages resolve from the project's node_modules by walking up; elsewhere, link them.
  if (!resolve(root).startsWith(`${PROJECT_ROOT}/`)) symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  const reportsDir = join(root, 'content', 'reports');
  const stationsDir = join(root, 'content', 'stations');
  mkdirSync(reportsDir, { recursive: true });
  mkdirSync(stationsDir, { recursive: true });
  return { root, reportsDir, stationsDir };
}

export interface BuildRun {
  exitCode: number | null;
  /** stdout and stderr interleaved, as a person would read them. */
  output: string;
  wallMs: number;
  /** Highest total resident memory of the build's whole process tree (npm, Astro, Pagefind …), sampled every 100 ms. */
  peakRssBytes: number;
  /** Highest resident memory of any one process of the tree (what `/usr/bin/time -v` would report). */
  peakProcessRssBytes: number;
  /** Highest resident memory of Pagefind's native processes, and how long they ran (first to last sample seen). */
  pagefindPeakRssBytes: number;
  pagefindMs: number;
  /** CPU time (user + system) of the whole build, all processes together. */
  cpuSeconds: number;
  timedOut: boolean;
}

/**
 * Resident memory (bytes) of pid and all its descendants, from /proc (Linux): the total, the largest one, and
 * the part that is Pagefind's (its native binary, whatever started it), so the bench can give Pagefind's share.
 */
export function treeRssBytes(rootPid: number): { total: number; largest: number; pagefind: number } {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  const name = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
      parent.set(Number(entry), ppid);
      rss.set(Number(entry), kb * 1024);
      name.set(Number(entry), /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '');
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  let largest = 0;
  let pagefind = 0;
  for (const [pid, bytes] of rss) {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p)) {
      if (p === rootPid) {
        total += bytes;
        largest = Math.max(largest, bytes);
        if (name.get(pid)?.startsWith('pagefind')) pagefind += bytes;
        break;
      }
    }
  }
  return { total, largest, pagefind };
}

/**
 * Run the project's `npm run build` in the scratch copy, measuring wall time and peak memory. `args` go after
 * it (e.g. `['--', '--cold']`). The copy's build cache (.build-cache/) is kept from one build to the next.
 */
export function buildScratchSite(site: ScratchSite, timeoutMs = 600_000, args: string[] = []): Promise<BuildRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
  // The copy reads its own content/ folder; an override in the caller's environment must not leak in.
  delete env.REPORTS_DIR;
  delete env.STATIONS_DIR;
  // A build is a production build: under vitest NODE_ENV is "test", and Vite would then bundle Preact's dev tools.
  delete env.NODE_ENV;
  const start = performance.now();
  // bash's `times` prints the CPU time of everything it waited for (npm and, through it, Astro and Pagefind):
  // unlike wall time, it hardly changes when other work shares the machine.
  const child = spawn('bash', ['-c', `npm run build ${args.join(' ')}; rc=$?; times; exit $rc`], { cwd: site.root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  let peakRssBytes = 0;
  let peakProcessRssBytes = 0;
  let pagefindPeakRssBytes = 0;
  let pagefindFirst: number | null = null;
  let pagefindLast: number | null = null;
  const sample = () => {
    if (!child.pid) return;
    const { total, largest, pagefind } = treeRssBytes(child.pid);
    peakRssBytes = Math.max(peakRssBytes, total);
    peakProcessRssBytes = Math.max(peakProcessRssBytes, largest);
    pagefindPeakRssBytes = Math.max(pagefindPeakRssBytes, pagefind);
    if (pagefind > 0) {
      pagefindFirst ??= performance.now();
      pagefindLast = performance.now();
    }
  };
  const sampler = setInterval(sample, 100);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGTERM');
  }, timeoutMs);
  return new Promise((done) => {
    child.on('close', (exitCode) => {
      clearInterval(sampler);
      clearTimeout(timer);
      const times = [...output.matchAll(/^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/gm)].at(-1);
      const cpuSeconds = times ? Number(times[1]) * 60 + Number(times[2]) + Number(times[3]) * 60 + Number(times[4]) : NaN;
      const pagefindMs = pagefindFirst !== null && pagefindLast !== null ? pagefindLast - pagefindFirst : 0;
      done({ exitCode, output, wallMs: performance.now() - start, peakRssBytes, peakProcessRssBytes, pagefindPeakRssBytes, pagefindMs, cpuSeconds, timedOut });
    });
  });
}

export function removeScratchSite(site: ScratchSite): void {
  if (existsSync(site.root)) rmSync(site.root, { recursive: true, force: true });
}
