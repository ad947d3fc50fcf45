// A scratch build of the site with a second rule set: the fictional set of the test fixtures
// (tests/fixtures/rule-sets/xugou-1000.json) dropped into src/scoring/rule-sets/ as its one new file,
// a report scored under it and one under gz-2023. The browser tests that need two rule sets (the
// calculator's switch, the fictional set's methodology page, report page and open data) share it:
// the first test file to ask builds it (a lock directory keeps two workers from building at once),
// the others wait for it. The global setup removes the previous run's copy.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { FICTIONAL_RULES, FICTIONAL_RULES_FILE } from '../fixtures/rule-sets.ts';
import { fictionalReportBody, fictionalReportData, fictionalStation, reportMdx } from '../../tools/fictional-city/index.ts';
import { buildScratchSite, createScratchSite, SCRATCH_ROOT } from '../../tools/scratch-site.ts';
import { serveStatic } from '../../tools/static-server.ts';

export const FICTIONAL_SITE_NAME = 'fictional-rules';
const ROOT = join(SCRATCH_ROOT, FICTIONAL_SITE_NAME);
const LOCK = join(SCRATCH_ROOT, `${FICTIONAL_SITE_NAME}.lock`);
const DONE = join(SCRATCH_ROOT, `${FICTIONAL_SITE_NAME}.done`);

/** Station 1's report is scored under gz-2023, station 2's under the fictional set. */
export const GZ_STATION = fictionalStation(1);
export const FICTIONAL_STATION = fictionalStation(2);
/** The fictional set's service year: inside its effective period. */
export const FICTIONAL_YEAR = 2020;
export const GZ_REPORT_ID = `${GZ_STATION.id}-2023-2024-final`;
export const FICTIONAL_REPORT_ID = `${FICTIONAL_STATION.id}-${FICTIONAL_YEAR}-${FICTIONAL_YEAR + 1}-final`;
export const fictionalReport = () => fictionalReportData(2, FICTIONAL_STATION.id, FICTIONAL_YEAR, FICTIONAL_RULES);

/** Remove the previous run's copy and markers (the global setup calls this once per run). */
export function resetFictionalRulesSite(): void {
  for (const path of [LOCK, DONE]) rmSync(path, { recursive: true, force: true });
}

async function build(): Promise<void> {
  const site = createScratchSite(FICTIONAL_SITE_NAME);
  copyFileSync(FICTIONAL_RULES_FILE, join(site.root, 'src', 'scoring', 'rule-sets', `${FICTIONAL_RULES.id}.json`));
  for (const station of [GZ_STATION, FICTIONAL_STATION]) writeFileSync(join(site.stationsDir, station.file), station.yaml);
  writeFileSync(join(site.reportsDir, 'gz-report.mdx'), reportMdx(fictionalReportData(1, GZ_STATION.id)));
  const data = fictionalReport();
  writeFileSync(join(site.reportsDir, 'fictional-report.mdx'), reportMdx(data, fictionalReportBody(data, FICTIONAL_RULES)));
  const run = await buildScratchSite(site, 300_000);
  writeFileSync(DONE, run.exitCode === 0 ? 'ok' : `failed (exit ${run.exitCode}):\n${run.output.split('\n').slice(-60).join('\n')}`);
}

async function waitForDone(timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!existsSync(DONE)) {
    if (Date.now() > until) throw new Error('the fictional rule-set site did not build in time');
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The built site served on a random port; close the server when done. */
export async function serveFictionalRulesSite(): Promise<{ origin: string; server: Server }> {
  mkdirSync(SCRATCH_ROOT, { recursive: true });
  let builder = false;
  try {
    mkdirSync(LOCK);
    builder = true;
  } catch {
    // Another test file is building it.
  }
  if (builder) await build();
  else await waitForDone(400_000);
  const status = readFileSync(DONE, 'utf8');
  if (status !== 'ok') throw new Error(`the fictional rule-set site did not build: ${status}`);
  return serveStatic(join(ROOT, 'dist'));
}
