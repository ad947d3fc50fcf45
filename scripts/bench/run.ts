// Build benchmark: `npm run bench [-- N …]` (default N = 100, 500, 1000).
// For each N, writes N fictional reports (and their fictional stations) into a scratch copy of the project
// (bench/scratch/bench-N/, gitignored), runs the project's own `npm run build` there, and measures the wall
// time and the peak resident memory of the whole build process tree. Prints report pages per second and
// writes bench/RESULTS.md and bench/results.json. Exits 1 when a target is missed.
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fictionalReportData, fictionalStation, reportMdx } from '../../tests/harness/fictional-content.ts';
import { buildScratchSite, createScratchSite, PROJECT_ROOT, removeScratchSite } from '../../tests/harness/scratch-site.ts';

/** Targets from issue 7, on the 2-core machine. */
const TARGET_PAGES_PER_SECOND = 40;
const TARGET_PEAK_BYTES = 1024 ** 3;
/** The middle run may sit this far off the straight line through the smallest and largest. */
const LINEAR_TOLERANCE = 0.2;
/** Reports per fictional station: five service years of final reports, like a station's real history. */
const REPORTS_PER_STATION = 5;

const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
const NS = sizes.length ? sizes : [100, 500, 1000];

interface Result {
  n: number;
  stations: number;
  wallSeconds: number;
  reportPagesPerSecond: number;
  msPerReport: number;
  peakMiB: number;
  peakProcessMiB: number;
  astroPagesBuilt: number | null;
  astroSeconds: number | null;
  reportPagesInDist: number;
  /** 1-minute load average when the build started: other work on the machine slows the build. */
  loadBefore: number;
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

async function bench(n: number): Promise<Result> {
  const { site, stations } = generate(n);
  process.stdout.write(`N = ${n}: ${n} reports of ${stations} fictional stations; building … `);
  const loadBefore = round(loadavg()[0] ?? 0, 1);
  const run = await buildScratchSite(site, 1_800_000);
  if (run.exitCode !== 0) {
    console.log('FAILED');
    console.log(run.output.split('\n').slice(-40).join('\n'));
    throw new Error(`the build of N = ${n} failed (exit ${run.exitCode}); scratch copy kept in ${site.root}`);
  }
  const reportsDir = join(site.root, 'dist', 'reports');
  const reportPagesInDist = readdirSync(reportsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).length;
  if (reportPagesInDist !== n) throw new Error(`expected ${n} report pages in dist/reports/, found ${reportPagesInDist}`);
  const astro = /(\d+) page\(s\) built in ([\d.]+)(m?s)/.exec(run.output);
  const wallSeconds = run.wallMs / 1000;
  const result: Result = {
    n,
    stations,
    wallSeconds: round(wallSeconds, 2),
    reportPagesPerSecond: round(n / wallSeconds, 1),
    msPerReport: round(run.wallMs / n, 1),
    peakMiB: Math.round(run.peakRssBytes / 1024 ** 2),
    peakProcessMiB: Math.round(run.peakProcessRssBytes / 1024 ** 2),
    astroPagesBuilt: astro ? Number(astro[1]) : null,
    astroSeconds: astro ? round(Number(astro[2]) / (astro[3] === 'ms' ? 1000 : 1), 2) : null,
    reportPagesInDist,
    loadBefore,
  };
  console.log(`${result.wallSeconds} s, ${result.reportPagesPerSecond} report pages/s, peak ${result.peakMiB} MiB (largest process ${result.peakProcessMiB} MiB)`);
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
const smallest = results.reduce((a, b) => (b.n < a.n ? b : a));
const verdicts: string[] = [];
let ok = true;
const check = (pass: boolean, text: string) => {
  ok &&= pass;
  verdicts.push(`- ${pass ? 'met' : '**missed**'}: ${text}`);
};
check(largest.reportPagesPerSecond >= TARGET_PAGES_PER_SECOND, `≥ ${TARGET_PAGES_PER_SECOND} report pages/s at N = ${largest.n}: ${largest.reportPagesPerSecond}`);
check(largest.peakMiB * 1024 ** 2 <= TARGET_PEAK_BYTES, `peak memory of the whole build ≤ 1 GiB (1024 MiB) at N = ${largest.n}: ${largest.peakMiB} MiB (largest single process ${largest.peakProcessMiB} MiB)`);

// Linear growth: build time = fixed start-up + a cost per report. The line through the smallest and the
// largest run predicts the others; a super-linear build would take longer than predicted.
let linearity = '';
if (largest.n !== smallest.n) {
  const perReport = (largest.wallSeconds - smallest.wallSeconds) / (largest.n - smallest.n);
  const fixed = smallest.wallSeconds - perReport * smallest.n;
  linearity = `Fitted through N = ${smallest.n} and N = ${largest.n}: build time ≈ ${round(fixed, 1)} s start-up + ${round(perReport * 1000, 1)} ms per report.`;
  const middles = results.filter((r) => r !== largest && r !== smallest);
  for (const r of middles) {
    const predicted = fixed + perReport * r.n;
    const off = (r.wallSeconds - predicted) / predicted;
    check(Math.abs(off) <= LINEAR_TOLERANCE, `linear in N: N = ${r.n} took ${r.wallSeconds} s, the line predicts ${round(predicted, 1)} s (${off >= 0 ? '+' : ''}${round(off * 100, 0)}%, tolerance ±${LINEAR_TOLERANCE * 100}%)`);
  }
  if (middles.length === 0) {
    check(largest.msPerReport <= smallest.msPerReport * (1 + LINEAR_TOLERANCE), `cost per report does not grow with N: ${smallest.msPerReport} ms at N = ${smallest.n}, ${largest.msPerReport} ms at N = ${largest.n}`);
  }
}

const date = new Date().toISOString().slice(0, 10);
const md = `# Build benchmark

\`npm run bench\` (scripts/bench/run.ts) writes N fictional reports (${REPORTS_PER_STATION} service years for each fictional
station) into a scratch copy of the project, runs the project's own \`npm run build\` there from a cold cache,
and measures the wall time of the whole command and the peak resident memory of its process tree (sampled
every 100 ms from /proc). Report pages per second = N ÷ wall time of the whole build, so start-up, the
other pages and any post-build step count against it.

Measured ${date} on ${machine()}. "Load before" is the 1-minute load average when each build started;
above the core count, other work was competing for the CPU and the build was slower than on an idle machine.

| N reports | stations | build wall time | report pages/s | ms per report | peak memory (whole build) | largest process | Astro's own count | load before |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |
${results
  .map(
    (r) =>
      `| ${r.n} | ${r.stations} | ${r.wallSeconds} s | ${r.reportPagesPerSecond} | ${r.msPerReport} | ${r.peakMiB} MiB | ${r.peakProcessMiB} MiB | ${r.astroPagesBuilt ?? '?'} pages in ${r.astroSeconds ?? '?'} s | ${r.loadBefore} |`,
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
