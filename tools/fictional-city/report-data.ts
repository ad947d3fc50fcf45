// The frontmatter of fictional reports. Every stated total, grade and rate is computed through src/scoring
// under the report's rule set, like a real report's are checked, so a generated report is valid exactly when
// the rules say so. Two kinds: a city report (random, the real report's size and shape) and a numbered report
// (few fields, figures varied by a number n), which tests and the stress load spoil or multiply.
import {
  attendance,
  completionRate,
  experiencedShare,
  fromHundredths,
  gradeOf,
  retentionRate,
  totalFromPoints,
  type RuleSet,
} from '../../src/scoring/index.ts';
import { indicatorRows, INDICATORS, NUMBERED_REPORT_INDICATORS, POPULATION } from './indicators.ts';
import { numberedName } from './names.ts';
import { random, type Random } from './random.ts';
import { GZ_2023, rulesFor } from './rule-sets.ts';
import type { CityStation } from './stations.ts';

function must<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** The frontmatter of a report, as a plain object; tests change fields of it to make bad reports. */
export type ReportData = Record<string, unknown> & {
  scores: Record<string, unknown>;
  indicators: Record<string, unknown>[];
  staffing: Record<string, unknown> & { retention: Record<string, unknown>; attendance: Record<string, unknown> };
};

// ---------- a city report ----------

export type Stage = '中期' | '末期';

/** A city report's frontmatter, and the counts its body states that the frontmatter keeps only as key figures. */
export type CityReportData = ReturnType<typeof cityReportData>;

/** The frontmatter of one station's report of a service year starting in `year`, drawn from `r`. */
export function cityReportData(r: Random, station: CityStation, year: number, stage: Stage, since: number) {
  const interim = stage === '中期';
  const serviceYear = `${year}-${year + 1}`;
  const start = day(year, r.pick([4, 5, 6]), r.int(1, 28));
  const agreementEnd = new Date(start.getTime());
  agreementEnd.setUTCFullYear(year + 1);
  agreementEnd.setUTCDate(agreementEnd.getUTCDate() - 1);
  const months = interim ? 6 : 10.5;
  const evalEnd = interim ? day(year, start.getUTCMonth() + 7, 0) : day(year + 1, 3, 0); // last day of the month before
  const evaluationDate = interim ? day(year, start.getUTCMonth() + 8, r.int(5, 25)) : day(year + 1, 3, r.int(5, 20));
  const reportDate = new Date(evaluationDate.getTime() + r.int(3, 10) * 86_400_000);

  const points = {
    supervisor: r.int(70, 100) / 10,
    purchaser: r.int(150, 200) / 10,
    supervisionCentre: r.int(100, 150) / 10,
    thirdParty: r.int(3800, 5450) / 100,
  };
  const rules = rulesFor(iso(start));
  const total = must(totalFromPoints(rules, points)).total;
  const scale = interim ? 0.5 : 1;
  const indicators = INDICATORS.map((row) => {
    const target = Math.max(1, Math.round(row.target * scale * (0.8 + r.next() * 0.4)));
    const completed = Math.round(target * (0.85 + r.next() * (row.unit === '人次' ? 1.4 : 0.5)));
    const rate = must(completionRate(rules, completed, target, row.name)).rate;
    return { ...row, completed, statedRate: fromHundredths(rate), target, targetDerived: false };
  });
  const certifiedStaff = r.int(12, 20);
  const uncertifiedStaff = r.int(0, 5);
  const totalStaff = certifiedStaff + uncertifiedStaff;
  const intermediateCertified = r.int(1, Math.min(6, certifiedStaff));
  const experiencedStaff = r.int(Math.ceil(totalStaff / 2), totalStaff);
  const requiredPosts = totalStaff;
  const stableStaff = r.int(Math.ceil(totalStaff * 0.55), totalStaff);
  const retention = must(retentionRate(rules, stableStaff, requiredPosts)).rate;
  const expected = Math.round(requiredPosts * months);
  const actual = expected + r.int(-4, 8);
  const surplus = must(attendance(expected, actual)).surplus;
  const certExpected = Math.round(certifiedStaff * months * 0.6);
  const certActual = certExpected + r.int(0, 40);
  const certSurplus = must(attendance(certExpected, certActual)).surplus;
  const personMonths = r.int(Math.round(actual * 0.5), actual * 2) / 2;
  const share = must(experiencedShare(personMonths, actual));
  const categories = POPULATION.map((name) => ({ name, count: r.int(2, name === '残疾人' ? 260 : 90) }));
  const sum = categories.reduce((a, c) => a + c.count, 0);
  const deduplicatedTotal = Math.round(sum * (0.6 + r.next() * 0.2));
  const over60 = Math.round(deduplicatedTotal * (0.5 + r.next() * 0.35));
  const volunteers = r.int(80, 400);
  const posts = r.int(30, 160);
  const wishes = r.int(20, 180);
  const resources = r.int(5, 60);
  const calls = r.int(5, 45) * 100;
  const partyMembers = r.int(1, 6);
  const funding = r.int(15, 30) * 10;

  // The real report states about 23 key figures, a third of them for one 片区 (scope): the rest of a city report's
  // are drawn from their own generator, so adding them changed none of the figures and text drawn from `r`.
  const k = random(year * 1_009 + (interim ? 1 : 2) * 7_919 + Number(station.id.replace(/\D/g, '') || 0) * 104_729);
  const more = {
    backbone: k.int(8, 40),
    newTeams: k.int(1, 4),
    activeTeams: k.int(4, 14),
    videos: k.int(1, 12),
    media: k.int(5, 45),
    banners: k.int(1, 6),
    events: k.int(101, 180),
    zones: station.zones.map((z) => ({ zone: z.name, events: k.int(12, 45), groups: k.int(2, 8), goods: k.int(5, 30) })),
    /** The generator the body's extra paragraphs draw from (report-body.ts). */
    text: k,
  };

  const data = {
    title: `${station.name} ${stage}评估报告`,
    rules: rules.id,
    station: station.id,
    serviceYear,
    stage,
    parties: {
      supervisor: `${station.district}民政局`,
      purchaser: station.kind === '街' ? `${station.street}办事处` : `${station.street}人民政府`,
      operator: station.operator,
      evaluator: '虚构社会工作评估协会',
    },
    agreementPeriod: { start: iso(start), end: iso(agreementEnd) },
    evaluationPeriod: { start: iso(start), end: iso(evalEnd), months },
    evaluationDate: iso(evaluationDate),
    reportDate: iso(reportDate),
    operatingSince: since,
    fundingWanYuan: funding,
    serviceModel: '双百工程',
    sites: station.sites.map((address) => ({ address })),
    zones: station.zones,
    hotline: { name: '虚构守护热线', lines: station.hotlineLines },
    partyMembers,
    scores: { ...points, total: fromHundredths(total), grade: gradeOf(rules, total) },
    staffing: {
      certifiedStaff,
      uncertifiedStaff,
      totalStaff,
      intermediateCertified,
      assistantCertified: certifiedStaff - intermediateCertified,
      experiencedStaff,
      leaderChanges: r.int(0, 3),
      retention: { stableStaff, requiredPosts, statedRate: fromHundredths(retention) },
      attendance: { expected, actual, statedSurplus: fromHundredths(surplus) },
      certifiedAttendance: { expected: certExpected, actual: certActual, statedSurplus: fromHundredths(certSurplus) },
      experiencedAttendance: { personMonths, statedShare: fromHundredths(share) },
    },
    indicators,
    population: { categories, deduplicatedTotal, over60 },
    keyFigures: [
      { theme: '志愿服务', label: '培育社区志愿者', value: volunteers, unit: '人' },
      { theme: '资源筹集', label: '实现困境人群“微心愿”', value: wishes, unit: '个', qualifier: '超过' },
      { theme: '资源筹集', label: '资源汇集折合人民币价值', value: resources, unit: '万元', qualifier: '超过' },
      { theme: '宣传', label: '公众号发布推文', value: posts, unit: '篇' },
      { theme: '热线', label: '热线拨出电话', value: calls, unit: '条', qualifier: '超过' },
      { theme: '党建', label: '社工党员', value: partyMembers, unit: '名' },
      { theme: '志愿服务', label: '志愿者骨干', value: more.backbone, unit: '人' },
      { theme: '志愿服务', label: '新增志愿者团队', value: more.newTeams, unit: '个' },
      { theme: '志愿服务', label: '维系活跃志愿者团队', value: more.activeTeams, unit: '支' },
      { theme: '宣传', label: '视频号发布视频', value: more.videos, unit: '个' },
      { theme: '宣传', label: '获市级以上媒体报道以及在有关期刊发表相关论文等', value: more.media, unit: '篇' },
      { theme: '宣传', label: '获服务对象赠送锦旗', value: more.banners, unit: '面' },
      { theme: '社区服务', label: '各类社区活动', value: more.events, unit: '场', qualifier: '超过' },
      ...more.zones.flatMap((z) => [
        { theme: '社区服务', label: '开展活动', value: z.events, unit: '场', scope: z.zone },
        { theme: '社区服务', label: '小组', value: z.groups, unit: '个', scope: z.zone },
        { theme: '资源筹集', label: '链接物资折合人民币价值', value: z.goods, unit: '万元', qualifier: '余', scope: z.zone },
      ]),
    ],
  };
  return { data, counts: { volunteers, posts, wishes, resources, calls }, more };
}

// ---------- a numbered report ----------

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
 * A valid report of numbered station n (numberedStation) for a service year starting in `year`, scored under
 * `rules` (gz-2023 by default; the year must lie in the set's effective period); `n` varies the figures.
 */
export function fictionalReportData(n: number, stationId: string, year = 2023, rules: RuleSet = GZ_2023): ReportData {
  const points = partyPointsFor(rules, n);
  const total = must(totalFromPoints(rules, points)).total;
  const indicators = indicatorRows(NUMBERED_REPORT_INDICATORS).map((row, i) => {
    const completed = row.target + ((n * 7 + i * 13) % 40);
    const rate = must(completionRate(rules, completed, row.target)).rate;
    return { ...row, completed, statedRate: fromHundredths(rate), targetDerived: false };
  });
  const stable = 14 + (n % 6);
  const posts = 20;
  const retention = must(retentionRate(rules, stable, posts)).rate;
  const expected = 210;
  const actual = 205 + (n % 9);
  const surplus = must(attendance(expected, actual)).surplus;
  const name = numberedName(n);
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
    scores: { ...points, total: fromHundredths(total), grade: gradeOf(rules, total) },
    staffing: {
      certifiedStaff: 16,
      uncertifiedStaff: 4,
      totalStaff: 20,
      retention: { stableStaff: stable, requiredPosts: posts, statedRate: fromHundredths(retention) },
      attendance: { expected, actual, statedSurplus: fromHundredths(surplus) },
    },
    indicators,
  };
}
