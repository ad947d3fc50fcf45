// Browser-suite stress run: `npm run test:stress [-- --runs 10 --label after --load-reports 200]`.
// Not part of `npm test`. It builds the site once, starts its own load (a loop of `npm run build` of a
// scratch copy holding N fictional reports, bench/scratch/stress-load/, gitignored), then runs the whole
// browser suite (`vitest run --project browser`: tests/browser and tests/gates) RUNS times in a row beside
// that load, and stops the load. It prints runs, passes, failures and the failing tests, and writes them
// to results/stress.md under `## <label>` (other labels' sections are kept, so a before and an
// after can sit side by side), after every run, so a stopped stress run (Ctrl+C, kill) still leaves its record.
// Each run's full output is in bench/scratch/stress/. Exits 1 if a run failed or the runs were cut short.
// `--summarize "<note>"` rewrites the label's section from the JSON reports already in bench/scratch/stress/.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { fictionalReportData, fictionalStation, reportMdx } from '../../tools/fictional-city/index.ts';
import { createScratchSite, PROJECT_ROOT, SCRATCH_ROOT, type ScratchSite } from '../../tools/scratch-site.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    label: { type: 'string', default: 'latest' },
    /** Fictional reports in the load's scratch site: more reports, a longer and heavier build. */
    'load-reports': { type: 'string', default: '200' },
    /** Run without the load (to compare with a quiet machine). */
    'no-load': { type: 'boolean', default: false },
    /** Use the dist/ already built. */
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: join(PROJECT_ROOT, 'results', 'stress.md') },
    /** Write the section from the runs already recorded in bench/scratch/stress/ (with this note), run nothing. */
    summarize: { type: 'string' },
  },
});
const RUNS = Math.max(1, Number(values.runs) || 10);
const LOAD_REPORTS = Math.max(1, Number(values['load-reports']) || 200);
const LABEL = values.label!;
const LOG_DIR = join(SCRATCH_ROOT, 'stress');
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };

/** Run a command to its end; its output goes to a log file. Own process group, so it can be stopped whole. */
function run(cmd: string, args: string[], cwd: string, log: string): { child: ChildProcess; done: Promise<number | null> } {
  const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const done = new Promise<number | null>((ok) =>
    child.on('close', (code) => {
      writeFileSync(log, output);
      ok(code);
    }),
  );
  return { child, done };
}

// Reports per station: one per service year from 2023 (gz-2023 takes effect on 2023-04-23; a report of an
// earlier year fails the build's checks, and a load that fails after its content checks is not a build's load).
const LOAD_YEARS = [2023, 2024, 2025];

/** The load: a scratch copy with LOAD_REPORTS fictional reports, built again and again until stopped. */
function startLoad(): { ready: Promise<void>; stop: () => Promise<{ builds: number; failedBuilds: number }> } {
  const site: ScratchSite = createScratchSite('stress-load');
  const stations = Math.ceil(LOAD_REPORTS / LOAD_YEARS.length);
  for (let s = 0; s < stations; s++) {
    const station = fictionalStation(s);
    writeFileSync(join(site.stationsDir, station.file), station.yaml);
  }
  for (let n = 0; n < LOAD_REPORTS; n++) {
    const station = fictionalStation(Math.floor(n / LOAD_YEARS.length));
    const year = LOAD_YEARS[n % LOAD_YEARS.length]!;
    const dir = join(site.reportsDir, station.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${year}-final.mdx`), reportMdx(fictionalReportData(n, station.id, year)));
  }
  let stopped = false;
  let current: ChildProcess | null = null;
  let builds = 0;
  let failedBuilds = 0;
  let first: { ok: () => void; failed: (e: Error) => void };
  const ready = new Promise<void>((ok, failed) => (first = { ok, failed }));
  const log = join(LOG_DIR, 'load-build.log');
  const loop = (async () => {
    while (!stopped) {
      // A cold build each time, like CI's: no content cache carried over.
      rmSync(join(site.root, '.astro'), { recursive: true, force: true });
      rmSync(join(site.root, 'node_modules', '.astro'), { recursive: true, force: true });
      const b = run('npm', ['run', 'build'], site.root, log);
      current = b.child;
      const code = await b.done;
      current = null;
      if (stopped) break;
      builds++;
      if (code !== 0) {
        failedBuilds++;
        // Kept: the next build overwrites load-build.log.
        writeFileSync(join(LOG_DIR, 'load-build-failed.log'), readFileSync(log));
      }
      // The runs start only once the load has built the site once: a load that fails is not the load claimed.
      if (builds === 1) code === 0 ? first!.ok() : first!.failed(new Error(`the load's build failed: see ${join(LOG_DIR, 'load-build-failed.log')}`));
    }
  })();
  return {
    ready,
    async stop() {
      stopped = true;
      first!.failed(new Error('stopped before the load had built once')); // no effect once settled
      const child = current as ChildProcess | null;
      if (child?.pid) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // already ended
        }
      }
      await loop;
      rmSync(site.root, { recursive: true, force: true });
      return { builds, failedBuilds };
    },
  };
}

interface VitestJson {
  numTotalTests: number;
  numFailedTests: number;
  success: boolean;
  startTime: number;
  testResults: {
    name: string;
    status: string;
    endTime?: number;
    message?: string;
    assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
  }[];
}

interface RunResult {
  index: number;
  exitCode: number | null;
  seconds: number;
  tests: number;
  /** "file > test: first line of the message" */
  failures: string[];
  load1: number;
}

function failuresOf(report: VitestJson): string[] {
  const out: string[] = [];
  for (const file of report.testResults) {
    const name = relative(PROJECT_ROOT, file.name);
    const failed = file.assertionResults.filter((a) => a.status === 'failed');
    for (const a of failed) out.push(`${name} > ${a.fullName}: ${(a.failureMessages[0] ?? '').split('\n')[0]!.slice(0, 200)}`);
    // A file that failed outside any test (a hook, an import).
    if (file.status === 'failed' && failed.length === 0) out.push(`${name}: ${(file.message ?? 'failed').split('\n')[0]!.slice(0, 200)}`);
  }
  return out;
}

/** Read one run's vitest JSON report: how many tests, which failed. */
function readRun(json: string): { tests: number; failures: string[]; success: boolean; seconds: number } | null {
  if (!existsSync(json)) return null;
  const report = JSON.parse(readFileSync(json, 'utf8')) as VitestJson;
  const end = Math.max(report.startTime, ...report.testResults.map((f) => f.endTime ?? 0));
  return { tests: report.numTotalTests, failures: failuresOf(report), success: report.success, seconds: (end - report.startTime) / 1000 };
}

/** The results section for this label: written after every run, so a stopped stress run still leaves its record. */
function summarize(results: RunResult[], planned: number, loadWords: string, started: Date, loadDone: { builds: number; failedBuilds: number } | null, note = ''): string {
  const passed = results.filter((r) => r.exitCode === 0).length;
  const counts = new Map<string, number>();
  for (const r of results)
    for (const f of r.failures) {
      const test = f.replace(/: .*$/, '');
      counts.set(test, (counts.get(test) ?? 0) + 1);
    }
  const firstFailure = results.findIndex((r) => r.exitCode !== 0);
  const inARow = firstFailure < 0 ? results.length : firstFailure;
  const lines = [
    `## ${LABEL}`,
    '',
    `${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${gitHead()}, ${availableParallelism()} cores.`,
    `Load: ${loadWords}${loadDone ? ` (${loadDone.builds} builds finished during the runs, ${loadDone.failedBuilds} failed)` : ''}; ` +
      `1-minute load average at the start of each run: ${results.map((r) => (Number.isNaN(r.load1) ? 'not recorded' : r.load1.toFixed(1))).join(', ')}.`,
    ...(note ? ['', note] : []),
    '',
    `**${results.length} of ${planned} planned runs done: ${passed} passed, ${results.length - passed} failed` +
      `${firstFailure < 0 ? '' : ` (the first ${inARow} in a row passed)`}.**`,
    '',
    '| run | result | tests | seconds | failing tests |',
    '| --- | --- | --- | --- | --- |',
    ...results.map((r) => `| ${r.index} | ${r.exitCode === 0 ? 'passed' : 'failed'} | ${r.tests} | ${r.seconds.toFixed(0)} | ${r.failures.map(escapeCell).join('<br>')} |`),
    '',
    ...(counts.size ? ['Failing tests (runs failed in):', '', ...[...counts].map(([t, n]) => `- ${escapeCell(t)}: ${n}`), ''] : []),
  ];
  return lines.join('\n');
}

async function main() {
  mkdirSync(LOG_DIR, { recursive: true });
  if (values.summarize) {
    // Rebuild the section from the runs' JSON reports (a stress run stopped before it could write it).
    const results: RunResult[] = [];
    for (let i = 1; i <= RUNS; i++) {
      const r = readRun(join(LOG_DIR, `${LABEL}-run-${i}.json`));
      if (!r) break;
      results.push({ index: i, exitCode: r.success ? 0 : 1, seconds: r.seconds, tests: r.tests, failures: r.failures, load1: Number.NaN });
    }
    const loadWords = `a loop of cold \`npm run build\` of a scratch copy with ${LOAD_REPORTS} fictional reports`;
    const section = summarize(results, RUNS, loadWords, new Date(), null, values.summarize);
    console.log(section);
    writeResults(section);
    return;
  }
  if (!values['no-build']) {
    console.log('npm run build …');
    const b = run('npm', ['run', 'build'], PROJECT_ROOT, join(LOG_DIR, 'build.log'));
    if ((await b.done) !== 0) throw new Error(`npm run build failed: see ${join(LOG_DIR, 'build.log')}`);
  }
  if (!existsSync(join(PROJECT_ROOT, 'dist', 'index.html'))) throw new Error('dist/ is missing: build first');

  const load = values['no-load'] ? null : startLoad();
  const loadWords = load ? `a loop of cold \`npm run build\` of a scratch copy with ${LOAD_REPORTS} fictional reports` : 'none';
  console.log(`load: ${loadWords}`);
  if (load) {
    console.log('waiting for the load to build once …');
    await load.ready.catch(async (error: Error) => {
      await load.stop();
      throw error;
    });
  }
  const results: RunResult[] = [];
  const started = new Date();
  let current: ChildProcess | null = null;
  let stopping = false;
  // Ctrl+C or a kill: stop the suite and the load, and record the runs that finished.
  const stop = () => {
    stopping = true;
    if (current?.pid) process.kill(-current.pid, 'SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    for (let i = 1; i <= RUNS && !stopping; i++) {
      const json = join(LOG_DIR, `${LABEL}-run-${i}.json`);
      rmSync(json, { force: true });
      const load1 = loadavg()[0]!;
      const t0 = performance.now();
      const v = run(
        'npx',
        ['vitest', 'run', '--project', 'browser', '--reporter=default', '--reporter=json', `--outputFile.json=${json}`],
        PROJECT_ROOT,
        join(LOG_DIR, `${LABEL}-run-${i}.log`),
      );
      current = v.child;
      const exitCode = await v.done;
      current = null;
      if (stopping) break;
      const seconds = (performance.now() - t0) / 1000;
      const report = readRun(json);
      let failures = report?.failures ?? [];
      if (exitCode !== 0 && failures.length === 0) failures = [`vitest exited ${exitCode}: see ${join(LOG_DIR, `${LABEL}-run-${i}.log`)}`];
      results.push({ index: i, exitCode, seconds, tests: report?.tests ?? 0, failures, load1 });
      console.log(`run ${i}/${RUNS}: ${exitCode === 0 ? 'passed' : 'FAILED'} (${report?.tests ?? 0} tests, ${seconds.toFixed(0)} s, load average ${load1.toFixed(1)})`);
      for (const f of failures) console.log(`  ✗ ${f}`);
      writeResults(summarize(results, RUNS, loadWords, started, null, 'In progress.'));
    }
  } finally {
    const loadDone = load ? await load.stop() : null;
    const section = summarize(results, RUNS, loadWords, started, loadDone, stopping ? 'Stopped before the planned runs were done.' : '');
    console.log(`\n${section}`);
    writeResults(section);
    process.exitCode = results.length === RUNS && results.every((r) => r.exitCode === 0) ? 0 : 1;
  }
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function gitHead(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/** Replace this label's section of the results file, keeping the others. */
function writeResults(section: string): void {
  const out = values.out!;
  const header =
    '# Browser suite under load\n\nWritten by `npm run test:stress` (scripts/stress/run.ts): the whole browser suite ' +
    '(tests/browser and tests/gates) run again and again beside a build loop the script starts itself.\n';
  const old = existsSync(out) ? readFileSync(out, 'utf8') : header;
  const parts = old.split(/^(?=## )/m);
  const head = parts[0]!.trim() ? parts[0]! : header;
  const sections = parts.slice(1).filter((p) => !p.startsWith(`## ${LABEL}\n`));
  sections.push(`${section.trim()}\n`);
  writeFileSync(out, `${head.trimEnd()}\n\n${sections.map((s) => s.trimEnd()).join('\n\n')}\n`);
}

await main();
