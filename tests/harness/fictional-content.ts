// Fictional stations and evaluation reports for the build benchmark and the bad-content suite. Every
// station and figure here is invented (the names say 虚构) and is never published: they are written into a
// scratch copy only. The stated totals, grades and rates are computed by src/scoring under the report's
// rule set, like a real report's are checked, so a generated report is valid exactly when the rules say so.
import {
  attendance,
  completionRate,
  formatHundredths,
  fromHundredths,
  gradeOf,
  retentionRate,
  ruleSetById,
  toHundredths,
  totalFromPoints,
  type RuleSet,
} from '../../src/scoring/index.ts';

const DIGITS = '甲乙丙丁戊己庚辛壬癸';

/** A Chinese-looking fictional name part for n (0 → 甲, 10 → 乙甲 …). */
function fictionalName(n: number): string {
  let s = '';
  let x = n;
  do {
    s = DIGITS[x % 10] + s;
    x = Math.floor(x / 10);
  } while (x > 0);
  return s;
}

export interface FictionalStation {
  id: string;
  /** File name in content/stations/. */
  file: string;
  yaml: string;
}

export function fictionalStation(n: number): FictionalStation {
  const id = `xugou-${n}`;
  const name = fictionalName(n);
  // Every fact cites a document rather than a report, so the station record is not cross-checked against
  // the generated reports' wording; the document is as fictional as the station.
  const source = { document: '虚构资料（仅供构建测试，不对应任何真实社工站）', retrieved: '2024-01-01' };
  const data = {
    name: `虚构${name}街社工服务站`,
    street: `虚构${name}街道`,
    district: '虚构区',
    source,
    operator: { name: '虚构社会工作服务中心', source },
    sites: [{ address: `虚构区虚构${name}路 ${n + 1} 号`, source }],
    zones: [{ name: '全街', communities: [`虚构${name}社区`], source }],
    hotline: { name: '虚构热线', lines: [{ kind: '座机', hours: '日常 8 小时热线服务', number: null }], source },
  };
  return { id, file: `${id}.yaml`, yaml: `${frontmatterYaml(data)}\n` };
}

/** The frontmatter of a report, as a plain object; tests change fields of it to make bad reports. */
export type ReportData = Record<string, unknown> & {
  scores: Record<string, unknown>;
  indicators: Record<string, unknown>[];
  staffing: Record<string, unknown> & { retention: Record<string, unknown>; attendance: Record<string, unknown> };
};

const INDICATORS = [
  { key: 'records', name: '建档', unit: '份', target: 380 },
  { key: 'phone-visits', name: '电访', unit: '个', target: 1500 },
  { key: 'home-visits', name: '探访', unit: '个', target: 1600 },
  { key: 'cases-opened', name: '专业个案接案', group: '专业个案', unit: '个', target: 70 },
  { key: 'groups', name: '专业小组', group: '专业小组', unit: '个', target: 20 },
  { key: 'large-events', name: '大型社区活动', group: '大型社区活动', unit: '个', target: 25 },
];

const GZ_2023 = ruleSetById('gz-2023')!;

/**
 * Each party's points under `rules`: 70–94% of its maximum, varied by n and the party, in hundredths
 * (for gz-2023 and n = 1: 监督方 7.40, 购买方 15.40 …).
 */
function partyPointsFor(rules: RuleSet, n: number): Record<string, number> {
  return Object.fromEntries(
    rules.parties.map((p, i) => [p.id, Math.round(p.maxPoints * (70 + ((n * (i + 3) + i * 7) % 25))) / 100]),
  );
}

/**
 * A valid report for a station and a service year starting in `year`, scored under `rules` (gz-2023 by
 * default; the year must lie in the set's effective period); `n` varies the figures.
 */
export function fictionalReportData(n: number, stationId: string, year = 2023, rules: RuleSet = GZ_2023): ReportData {
  const points = partyPointsFor(rules, n);
  const total = totalFromPoints(rules, points);
  if (!total.ok) throw new Error(total.error.message);
  const indicators = INDICATORS.map((row, i) => {
    const completed = row.target + ((n * 7 + i * 13) % 40);
    const rate = completionRate(rules, completed, row.target);
    if (!rate.ok) throw new Error(rate.error.message);
    return { ...row, completed, statedRate: fromHundredths(rate.value.rate), targetDerived: false };
  });
  const stable = 14 + (n % 6);
  const posts = 20;
  const retention = retentionRate(rules, stable, posts);
  if (!retention.ok) throw new Error(retention.error.message);
  const expected = 210;
  const actual = 205 + (n % 9);
  const surplus = attendance(expected, actual);
  if (!surplus.ok) throw new Error(surplus.error.message);
  const name = fictionalName(n);
  return {
    title: `虚构${name}街社工服务站 末期评估报告`,
    station: stationId,
    rules: rules.id,
    serviceYear: `${year}-${year + 1}`,
    stage: '末期',
    parties: {
      supervisor: '虚构区民政局',
      purchaser: `虚构${name}街道办事处`,
      operator: '虚构社会工作服务中心',
      evaluator: '虚构评估机构',
    },
    // May to April: inside gz-2023's period (from 2023-04-23) for a 2023 service year.
    agreementPeriod: { start: `${year}-05-01`, end: `${year + 1}-04-30` },
    evaluationPeriod: { start: `${year}-05-01`, end: `${year + 1}-02-28`, months: 10 },
    evaluationDate: `${year + 1}-03-10`,
    reportDate: `${year + 1}-03-20`,
    fundingWanYuan: 200,
    sites: [{ address: `虚构区虚构${name}路 ${n + 1} 号` }],
    zones: [{ name: '全街', communities: [`虚构${name}社区`] }],
    hotline: { name: '虚构热线', lines: [{ kind: '座机', hours: '日常 8 小时热线服务', number: null }] },
    scores: { ...points, total: fromHundredths(total.value.total), grade: gradeOf(rules, total.value.total) },
    staffing: {
      certifiedStaff: 16,
      uncertifiedStaff: 4,
      totalStaff: 20,
      retention: { stableStaff: stable, requiredPosts: posts, statedRate: fromHundredths(retention.value.rate) },
      attendance: { expected, actual, statedSurplus: fromHundredths(surplus.value.surplus) },
    },
    indicators,
  };
}

const two = (n: number) => formatHundredths(toHundredths(n));

/**
 * The report's text. Like a real report it prints the figures its frontmatter states (the build checks
 * they match), and it is about as long as one: a few thousand characters in numbered sections. `rules`:
 * the report's rule set, when the registry does not have it (the fictional set of the test fixtures).
 */
export function fictionalReportBody(data: ReportData, rules: RuleSet = ruleSetById(String(data.rules)) ?? GZ_2023): string {
  const s = data.scores as Record<string, number | string>;
  const st = data.staffing;
  const indicators = data.indicators as { name: string; completed: number; statedRate: number; unit: string }[];
  const filler = (topic: string) =>
    `本段为基准测试生成的虚构文字，用于模拟评估报告中关于${topic}的叙述篇幅。社工站围绕${topic}开展服务，` +
    `评估小组通过查阅资料、现场观察和访谈了解情况，并提出改进建议。以上内容均为虚构，不代表任何真实社工站。`;
  return [
    '## 一、社工站基本情况',
    '',
    filler('基本情况'),
    '',
    '## 二、评估依据及办法',
    '',
    ...[1, 2, 3].map((i) => `${i}. ${filler(`评估原则第 ${i} 条`)}`),
    '',
    '## 三、监督方评估',
    '',
    '<Findings kind="positive">',
    '',
    `1. ${filler('配合重点工作')}`,
    `2. ${filler('数据报送')}`,
    '',
    '</Findings>',
    '',
    '## 四、服务情况',
    '',
    `社工站共有 ${String(st.totalStaff)} 名社工，其中${String(st.retention.stableStaff)}名社工持续稳定在岗，稳岗率为 ${two(Number(st.retention.statedRate))}%。`,
    '',
    ...indicators.map((row) => `- ${row.name}：完成 ${row.completed} ${row.unit}，完成率 ${two(row.statedRate)}%。`),
    '',
    filler('服务成效'),
    '',
    '## 五、评估结果',
    '',
    rules.parties.map((p) => `${p.fullName}评估得分 ${two(Number(s[p.id]))} 分，`).join('') +
      `以上各项总得分 ${two(Number(s.total))} 分，等级：${String(s.grade)}。`,
    '',
  ].join('\n');
}

/** YAML for the frontmatter: one top-level key a line, each value in JSON (a subset of YAML). */
export function frontmatterYaml(data: Record<string, unknown>): string {
  return Object.entries(data)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
}

export function reportMdx(data: Record<string, unknown>, body = fictionalReportBody(data as ReportData)): string {
  return `---\n${frontmatterYaml(data)}\n---\n\n${body}`;
}
