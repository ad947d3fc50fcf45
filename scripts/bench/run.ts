// Build benchmark: `npm run bench [-- N …]` (default N = 100, 500, 1000; BENCH_RUNS builds of each, default 3).
// For each N, writes N fictional reports (and their fictional stations) into a scratch copy of the project
// (bench/scratch/bench-N/, gitignored), runs the project's own `npm run build` there from a cold cache
// several times, and measures the wall time and the peak resident memory of the whole build process tree.
// This shared 2-core VM's speed varies from run to run, so each N reports its median and its slowest run,
// and the speed target is judged on the slowest. Prints report pages per second and writes
// bench/RESULTS.md and bench/results.json. Exits 1 when a target is missed.
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fictionalReportData, fictionalStation, reportMdx } from '../../tests/harness/fictional-content.ts';
import { buildScratchSite, createScratchSite, PROJECT_ROOT, removeScratchSite, type ScratchSite } from '../../tests/harness/scratch-site.ts';

/** Targets from issue 7, on the 2-core machine. */
const TARGET_PAGES_PER_SECOND = 40;
const TARGET_PEAK_BYTES = 1024 ** 3;
/** A larger N may take this much longer than the straight line through the two smallest predicts. */
const LINEAR_TOLERANCE = 0.2;
/** Reports per fictional station: five service years of final reports, like a station's real history. */
const REPORTS_PER_STATION = 5;

/** Builds of each N; the slowest is held to the speed target, the largest peak to the memory target. */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);

const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
const NS = sizes.length ? sizes : [100, 500, 1000];

interface Run {
  wallSeconds: number;
  peakMiB: number;
  peakProcessMiB: number;
  astroPagesBuilt: number | null;
  astroSeconds: number | null;
  /** 1-minute load average when the build started: other work on the machine slows the build. */
  loadBefore: number;
}

interface Result {
  n: number;
  stations: number;
  runs: Run[];
  /** Median wall time of the runs, and the report pages per second it gives. */
  wallSeconds: number;
  reportPagesPerSecond: number;
  msPerReport: number;
  /** The slowest run: what the speed target is judged on. */
  slowestWallSeconds: number;
  slowestReportPagesPerSecond: number;
  /** The largest peak of any run. */
  peakMiB: number;
  peakProcessMiB: number;
  reportPagesInDist: number;
}

function generate(n: number) {
  const site = createScratchSite(`bench-${n}`);
  const stations = Math.ceil(n / REPORTS_PER_STATION);
  for (let s = 0; s < stations; s++) {
    const station = fictionalStation(s);
    writeFileSync(join(site.stationsDir, station.file), station.yaml);
    mkdirSync(join(site.reportsDir, station.id), { recursive: true });
    for (let y = 0; y < REPORTS_PER_STATION && s * REPORTS_PER_STATION + y < n; y++) {
      const year = 2019 + y;
      const data = fictionalReportData(s * REPORTS_PER_STATION + y, station.id, year);
      writeFileSync(join(site.reportsDir, station.id, `${year}-${year + 1}-final.mdx`), reportMdx(data));
    }
  }
  return { site, stations };
}

async function buildOnce(site: ScratchSite, n: number): Promise<Run> {
  // Cold every time: no dist/, no content store, no Vite or Astro cache from the run before.
  for (const dir of ['dist', '.astro', 'node_modules']) rmSync(join(site.root, dir), { recursive: true, force: true });
  const loadBefore = round(loadavg()[0] ?? 0, 1);
  const run = await buildScratchSite(site, 1_800_000);
  if (run.exitCode !== 0) {
    console.log('FAILED');
    console.log(run.output.split('\n').slice(-40).join('\n'));
    throw new Error(`the build of N = ${n} failed (exit ${run.exitCode}); scratch copy kept in ${site.root}`);
  }
  const astro = /(\d+) page\(s\) built in ([\d.]+)(m?s)/.exec(run.output);
  return {
    wallSeconds: round(run.wallMs / 1000, 2),
    peakMiB: Math.round(run.peakRssBytes / 1024 ** 2),
    peakProcessMiB: Math.round(run.peakProcessRssBytes / 1024 ** 2),
    astroPagesBuilt: astro ? Number(astro[1]) : null,
    astroSeconds: astro ? round(Number(astro[2]) / (astro[3] === 'ms' ? 1000 : 1), 2) : null,
    loadBefore,
  };
}

async function bench(n: number): Promise<Result> {
  const { site, stations } = generate(n);
  process.stdout.write(`N = ${n}: ${n} reports of ${stations} fictional stations; ${RUNS} cold builds:`);
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await buildOnce(site, n);
    runs.push(run);
    process.stdout.write(` ${run.wallSeconds} s (${round(n / run.wallSeconds, 1)}/s, ${run.peakMiB} MiB)`);
  }
  const reportsDir = join(site.root, 'dist', 'reports');
  const reportPagesInDist = readdirSync(reportsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).length;
  if (reportPagesInDist !== n) throw new Error(`expected ${n} report pages in dist/reports/, found ${reportPagesInDist}`);
  const walls = runs.map((r) => r.wallSeconds).sort((a, b) => a - b);
  const median = walls.length % 2 ? walls[(walls.length - 1) / 2]! : (walls[walls.length / 2 - 1]! + walls[walls.length / 2]!) / 2;
  const slowest = walls[walls.length - 1]!;
  const result: Result = {
    n,
    stations,
    runs,
    wallSeconds: round(median, 2),
    reportPagesPerSecond: round(n / median, 1),
    msPerReport: round((median * 1000) / n, 1),
    slowestWallSeconds: slowest,
    slowestReportPagesPerSecond: round(n / slowest, 1),
    peakMiB: Math.max(...runs.map((r) => r.peakMiB)),
    peakProcessMiB: Math.max(...runs.map((r) => r.peakProcessMiB)),
    reportPagesInDist,
  };
  console.log(`\n  median ${result.wallSeconds} s, ${result.reportPagesPerSecond} report pages/s; slowest ${slowest} s, ${result.slowestReportPagesPerSecond}/s; peak ${result.peakMiB} MiB (largest process ${result.peakProcessMiB} MiB)`);
  removeScratchSite(site);
  return result;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const astro = JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', 'astro', 'package.json'), 'utf8')).version;
  return `${availableParallelism()} cores (${cpu}), ${Math.round(totalmem() / 1024 ** 3)} GiB RAM, Node ${process.versions.node}, Astro ${astro}`;
}

const results: Result[] = [];
for (const n of NS) results.push(await bench(n));

const largest = results.reduce((a, b) => (b.n > a.n ? b : a));
const verdicts: string[] = [];
let ok = true;
const check = (pass: boolean, text: string) => {
  ok &&= pass;
  verdicts.push(`- ${pass ? 'met' : '**missed**'}: ${text}`);
};
check(
  largest.slowestReportPagesPerSecond >= TARGET_PAGES_PER_SECOND,
  `≥ ${TARGET_PAGES_PER_SECOND} report pages/s at N = ${largest.n}, in the slowest of ${largest.runs.length} builds: ${largest.slowestReportPagesPerSecond} (median ${largest.reportPagesPerSecond})`,
);
check(largest.peakMiB * 1024 ** 2 <= TARGET_PEAK_BYTES, `peak memory of the whole build ≤ 1 GiB (1024 MiB) at N = ${largest.n}: ${largest.peakMiB} MiB (largest single process ${largest.peakProcessMiB} MiB)`);

// Linear growth: build time = fixed start-up + a cost per report. The line through the medians of the two
// smallest N predicts the larger ones; a build whose cost per report grows with N (super-linear) takes
// longer than that line predicts. Taking less is fine: the start-up is then shared by more reports.
let linearity = '';
const bySize = [...results].sort((a, b) => a.n - b.n);
if (bySize.length >= 2) {
  const [a, b] = bySize as [Result, Result];
  const perReport = (b.wallSeconds - a.wallSeconds) / (b.n - a.n);
  const fixed = a.wallSeconds - perReport * a.n;
  linearity = `Fitted through N = ${a.n} and N = ${b.n}: build time ≈ ${round(fixed, 1)} s start-up + ${round(perReport * 1000, 1)} ms per report.`;
  for (const r of bySize.slice(2)) {
    const predicted = fixed + perReport * r.n;
    const off = (r.wallSeconds - predicted) / predicted;
    check(off <= LINEAR_TOLERANCE, `no worse than linear in N: N = ${r.n} took ${r.wallSeconds} s, the line predicts ${round(predicted, 1)} s (${off >= 0 ? '+' : ''}${round(off * 100, 0)}%, allowed up to +${LINEAR_TOLERANCE * 100}%)`);
  }
  if (bySize.length === 2) {
    check(b.msPerReport <= a.msPerReport * (1 + LINEAR_TOLERANCE), `cost per report does not grow with N: ${a.msPerReport} ms at N = ${a.n}, ${b.msPerReport} ms at N = ${b.n}`);
  }
}

const date = new Date().toISOString().slice(0, 10);
const md = `# Build benchmark

\`npm run bench\` (scripts/bench/run.ts) writes N fictional reports (${REPORTS_PER_STATION} service years for each fictional
station) into a scratch copy of the project, runs the project's own \`npm run build\` there ${RUNS} times, each
from a cold cache (no dist/, content store or Vite cache), and measures the wall time of the whole command
and the peak resident memory of its process tree (sampled every 100 ms from /proc). Report pages per
second = N ÷ wall time of the whole build, so start-up, the other pages, the sitemap and Pagefind's index
all count against it. This is a shared VM whose speed varies from run to run, so each N shows the median
and the slowest build, and the speed target is judged on the slowest.

Measured ${date} on ${machine()}. "Load before" is the 1-minute load average when each build started;
above the core count, other work was competing for the CPU and that build was slower than on an idle machine.

| N reports | stations | median wall time | report pages/s (median) | slowest build | report pages/s (slowest) | ms per report (median) | peak memory (whole build) | largest process |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${results
  .map(
    (r) =>
      `| ${r.n} | ${r.stations} | ${r.wallSeconds} s | ${r.reportPagesPerSecond} | ${r.slowestWallSeconds} s | ${r.slowestReportPagesPerSecond} | ${r.msPerReport} | ${r.peakMiB} MiB | ${r.peakProcessMiB} MiB |`,
  )
  .join('\n')}

Every build:

| N reports | build | wall time | report pages/s | peak memory | Astro's own count | load before |
| ---: | ---: | ---: | ---: | ---: | --- | ---: |
${results
  .flatMap((r) =>
    r.runs.map(
      (run, i) =>
        `| ${r.n} | ${i + 1} | ${run.wallSeconds} s | ${round(r.n / run.wallSeconds, 1)} | ${run.peakMiB} MiB | ${run.astroPagesBuilt ?? '?'} pages in ${run.astroSeconds ?? '?'} s | ${run.loadBefore} |`,
    ),
  )
  .join('\n')}

${linearity}

Targets (issue 7: ≥ ${TARGET_PAGES_PER_SECOND} report pages/s and ≤ 1 GB peak at N = 1,000, cost linear in N):

${verdicts.join('\n')}
`;
mkdirSync(join(PROJECT_ROOT, 'bench'), { recursive: true });
writeFileSync(join(PROJECT_ROOT, 'bench', 'RESULTS.md'), md);
writeFileSync(join(PROJECT_ROOT, 'bench', 'results.json'), `${JSON.stringify({ date, machine: machine(), results, ok }, null, 2)}\n`);
console.log(`\n${linearity}\n${verdicts.join('\n')}\n\nWrote bench/RESULTS.md and bench/results.json.`);
process.exit(ok ? 0 : 1);
