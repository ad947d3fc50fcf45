// Bad content must not build. Each row is a malformed report file (including one under a rule set the site
// does not have, one dated before its rule set took effect, one scoring a party its set does not have) (fictional station, fictional figures)
// written into a scratch copy of the project next to a valid one; the real build (`npm run build`, which
// runs `astro build`) must fail, and its output must name the file and the field. A valid control copy
// must build, so a failure is the bad row's doing and not the fixture's.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fictionalReportData, fictionalStation, reportMdx, type ReportData } from '../../tools/fictional-city/index.ts';
import { buildScratchSite, createScratchSite, removeScratchSite, type BuildRun, type ScratchSite } from '../../tools/scratch-site.ts';

interface BadCase {
  name: string;
  /** File name of the bad report in content/reports/. */
  file: string;
  /** The field the build output must name (as a path: scores.total, indicators[0].statedRate). */
  field: string | RegExp;
  /** Whole lines the output must hold, exactly as printed (after the file:line: prefix is matched). */
  lines?: RegExp[];
  /** Extra station files for this case: [file name, YAML]. */
  stations?: [string, string][];
  /** Turn the valid report into the bad one. */
  spoil: (report: ReportData) => void;
  /** Append to the bad report's body. */
  bodyTail?: string;
  /** Other files the output must name as well (the duplicate's twin). */
  alsoNames?: string[];
}

const STATION = fictionalStation(1);
const OTHER_STATION = fictionalStation(2);
const GOOD_FILE = 'good-report.mdx';

const BAD_CASES: BadCase[] = [
  { name: 'missing title', file: 'bad-missing-title.mdx', field: 'title', spoil: (r) => void delete r.title },
  { name: 'a party score over its weight', file: 'bad-party-over-weight.mdx', field: 'scores.purchaser', spoil: (r) => void (r.scores.purchaser = 20.5) },
  { name: 'total mismatch', file: 'bad-total-mismatch.mdx', field: 'scores.total', spoil: (r) => void (r.scores.total = Number(r.scores.total) + 1) },
  {
    name: 'grade mismatch',
    file: 'bad-grade-mismatch.mdx',
    field: 'scores.grade',
    spoil: (r) => void (r.scores.grade = r.scores.grade === '优秀' ? '良好' : '优秀'),
  },
  {
    name: 'completion rate mismatch',
    file: 'bad-rate-mismatch.mdx',
    field: 'indicators[0].statedRate',
    spoil: (r) => void (r.indicators[0]!.statedRate = Number(r.indicators[0]!.statedRate) + 1),
  },
  { name: 'unknown station', file: 'bad-unknown-station.mdx', field: 'station', spoil: (r) => void (r.station = 'xugou-404') },
  {
    name: 'duplicate id (same station, year and stage as another file)',
    file: 'bad-duplicate-id.mdx',
    field: /\bid\b|重复/,
    alsoNames: [GOOD_FILE],
    // Same identity as the good report, so the same id: one would silently replace the other.
    spoil: () => {},
  },
  { name: 'malformed date', file: 'bad-malformed-date.mdx', field: 'evaluationDate', spoil: (r) => void (r.evaluationDate = '2024-02-30') },
  {
    name: 'non-numeric figure',
    file: 'bad-non-numeric.mdx',
    field: 'indicators[1].completed',
    spoil: (r) => void (r.indicators[1]!.completed = '一千五百'),
  },
  { name: 'a report with no indicators', file: 'bad-no-indicators.mdx', field: 'indicators', spoil: (r) => void (r.indicators = []) },
  {
    // One build, one line per problem: report schema errors, a figure check, the body check and a station
    // error together. (One scratch build for all of them: every build here costs half a minute or more.)
    name: 'authoring errors: misspelt fields, a missing field, a 待核对 marker, a wrong total, a key figure the body does not print and a station citing no report, in one build',
    file: 'bad-authoring.mdx',
    field: 'partyMember',
    spoil: (r) => {
      r.partyMember = 4;
      r.staffing.leaderChange = 0;
      r.fundingWan = r.fundingWanYuan;
      delete r.fundingWanYuan;
      r.serviceModel = '待核对：报告中找不到服务模式';
      r.scores.total = Number(r.scores.total) + 1;
      // The body prints 312 (see writeSite), the frontmatter 313.
      r.keyFigures = [{ theme: '志愿服务', label: '培育社区志愿者', value: 313, unit: '人' }];
    },
    stations: [['xugou-9.yaml', 'fromReport: xugou-9-2023-2024-final\n']],
    lines: [
      /^content\/reports\/bad-authoring\.mdx:\d+: partyMember: 未知字段 partyMember（是否应为 partyMembers？）$/m,
      /^content\/reports\/bad-authoring\.mdx:\d+: staffing\.leaderChange: 未知字段 leaderChange（是否应为 leaderChanges？）$/m,
      /^content\/reports\/bad-authoring\.mdx:\d+: fundingWan: 未知字段 fundingWan（是否应为 fundingWanYuan？）$/m,
      /^content\/reports\/bad-authoring\.mdx:\d+: fundingWanYuan: 缺少字段$/m,
      /^content\/reports\/bad-authoring\.mdx:\d+: serviceModel: 导入时未能确定，请按报告填写（待核对：报告中找不到服务模式）$/m,
      /^content\/reports\/bad-authoring\.mdx:\d+: scores\.total: 总分应等于各方得分之和：报告写 \d+\.\d\d，按规则计算为 \d+\.\d\d$/m,
      /^content\/reports\/bad-authoring\.mdx:\d+: keyFigures\[0\]\.value: 正文中找不到 frontmatter 所写的 “313人”$/m,
      /^content\/stations\/xugou-9\.yaml:1: fromReport: 来源报告 “xugou-9-2023-2024-final” 不存在（content\/reports\/ 下没有这个 id 的报告）$/m,
    ],
  },
  { name: 'an unknown rule set', file: 'bad-unknown-rules.mdx', field: 'rules', spoil: (r) => void (r.rules = 'gz-1999') },
  {
    name: 'a service year before its rule set took effect',
    file: 'bad-before-rules.mdx',
    field: 'agreementPeriod.start',
    spoil: (r) => void (r.agreementPeriod = { start: '2022-04-01', end: '2023-03-31' }),
  },
  { name: 'a party its rule set does not have', file: 'bad-foreign-party.mdx', field: 'scores.village', spoil: (r) => void (r.scores.village = 3) },
  {
    name: 'a body with a component other than <Findings> and an expression',
    file: 'bad-body.mdx',
    field: '正文',
    spoil: () => {},
    bodyTail: '\n<Chart />\n\n共开展活动 {count} 场。\n',
    lines: [
      /^content\/reports\/bad-body\.mdx:\d+: 正文: 报告正文只能使用 <Findings> 组件，不能使用 <Chart>$/m,
      /^content\/reports\/bad-body\.mdx:\d+: 正文: 报告正文不能含有 \{…\} 表达式（正文的数字请直接写出）$/m,
    ],
  },
];

/** A station with no facts of its own: `fromReport:` derives them from report 3 (control site). */
const DERIVED_STATION: [string, string] = ['xugou-3.yaml', 'fromReport: xugou-3-2023-2024-final\n'];
function derivedStationReport(): ReportData {
  const r = fictionalReportData(3, 'xugou-3');
  // A purchaser that names the district and the street, as the template's cover does.
  (r.parties as Record<string, string>).purchaser = '广州市虚构区虚构丙街道办事处';
  return r;
}

/** The good report: fictional station 1. Bad reports are of station 2 unless they spoil the identity. */
function goodReport(): ReportData {
  return fictionalReportData(1, STATION.id);
}

function writeSite(site: ScratchSite, bad?: BadCase): void {
  for (const station of [STATION, OTHER_STATION]) writeFileSync(join(site.stationsDir, station.file), station.yaml);
  writeFileSync(join(site.reportsDir, GOOD_FILE), reportMdx(goodReport()));
  writeFileSync(join(site.stationsDir, DERIVED_STATION[0]), DERIVED_STATION[1]);
  writeFileSync(join(site.reportsDir, 'derived-station-report.mdx'), reportMdx(derivedStationReport()));
  if (!bad) return;
  const report = bad.alsoNames?.includes(GOOD_FILE) ? goodReport() : fictionalReportData(2, OTHER_STATION.id);
  bad.spoil(report);
  const mdx = reportMdx(report);
  writeFileSync(join(site.reportsDir, bad.file), (report.keyFigures ? `${mdx}\n评估期内培育社区志愿者 312 人。\n` : mdx) + (bad.bodyTail ?? ''));
  for (const [file, yaml] of bad.stations ?? []) writeFileSync(join(site.stationsDir, file), yaml);
}

/**
 * How long one scratch build may take before it counts as hung. The control is a whole build (about 5 s on
 * a quiet machine); on the shared 2-core machine under load it has taken over 3 minutes, so the limit is
 * far above that. A bad build stops at its first error and is much quicker.
 */
const BUILD_TIMEOUT_MS = 600_000;

/** Run jobs two at a time: the machine has two cores. */
async function pool<T>(jobs: (() => Promise<T>)[], width = 2): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < jobs.length) {
        const i = next++;
        results[i] = await jobs[i]!();
      }
    }),
  );
  return results;
}

const sites: ScratchSite[] = [];
const runs = new Map<string, BuildRun>();
let controlSite: ScratchSite;

beforeAll(async () => {
  const jobs = [undefined, ...BAD_CASES].map((bad) => async () => {
    const site = createScratchSite(`bad-content-${bad ? bad.file.replace(/\.mdx$/, '') : 'control'}`);
    sites.push(site);
    if (!bad) controlSite = site;
    writeSite(site, bad);
    runs.set(bad?.name ?? 'control', await buildScratchSite(site, BUILD_TIMEOUT_MS));
  });
  await pool(jobs);
  // Sixteen builds (the control and fifteen bad ones), two at a time: room for the control's slowest plus the bad builds, each bounded above.
}, 3 * BUILD_TIMEOUT_MS);

afterAll(() => {
  for (const site of sites) removeScratchSite(site);
});

const tail = (run: BuildRun) => run.output.split('\n').slice(-40).join('\n');

/**
 * The error part of a build's output: from the first error line on, without warnings (Vite's warnings quote
 * every MDX file's name, which would make "names the file" pass for the wrong reason).
 */
function errorText(output: string): string {
  const lines = output.split('\n');
  const start = lines.findIndex((l) => /\[ERROR\]|Error\]|Error:|校验失败/.test(l));
  if (start < 0) return '';
  return lines
    .slice(start)
    .filter((l) => !/\[WARN\]|[│╭╰]|───/.test(l))
    .join('\n');
}

describe('bad content fails the build, naming the file and the field', () => {
  it('a valid fictional report builds (control)', () => {
    const run = runs.get('control')!;
    expect(run.timedOut, `the valid control's build was stopped after ${BUILD_TIMEOUT_MS / 1000} s`).toBe(false);
    expect(run.exitCode, `the valid control did not build:\n${tail(run)}`).toBe(0);
    expect(errorText(run.output)).toBe('');
    expect(existsSync(join(controlSite.root, 'dist', 'reports', 'xugou-1-2023-2024-final', 'index.html'))).toBe(true);
  });

  it('a station file with only fromReport: gets name, street, district, sites and zones from its report (control)', () => {
    const page = readFileSync(join(controlSite.root, 'dist', 'stations', 'xugou-3', 'index.html'), 'utf8');
    const report = derivedStationReport() as unknown as { title: string; sites: { address: string }[]; zones: { communities: string[] }[] };
    expect(page).toContain(report.title.replace(/ .*$/, ''));
    expect(page).toContain('虚构丙街道');
    expect(page).toContain('虚构区');
    expect(page).toContain(report.sites[0]!.address);
    expect(page).toContain(report.zones[0]!.communities[0]!);
  });

  it.each(BAD_CASES.map((c) => [c.name, c]))('%s', (_name, bad) => {
    const run = runs.get(bad.name)!;
    expect(run.timedOut, 'build timed out').toBe(false);
    expect(run.exitCode, `the build succeeded with ${bad.file}, it must fail:\n${tail(run)}`).not.toBe(0);
    const errors = errorText(run.output);
    for (const file of [bad.file, ...(bad.alsoNames ?? [])]) {
      expect(errors, `the build error does not name the file ${file}:\n${tail(run)}`).toContain(file);
    }
    const field =
      typeof bad.field === 'string' ? new RegExp(`(^|[\\s:>'"“])${bad.field.replace(/[.[\]]/g, '\\$&')}\\s*[:：]`, 'm') : bad.field;
    expect(errors, `the build error does not name the field ${String(bad.field)}:\n${tail(run)}`).toMatch(field);
    for (const line of bad.lines ?? []) expect(errors, `the build output lacks the line ${String(line)}:\n${tail(run)}`).toMatch(line);
    // A content error is one line an author can act on, never a stack trace.
    expect(errors).not.toMatch(/node_modules|Stack trace|^\s+at /m);
  });
});
