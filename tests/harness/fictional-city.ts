// A fictional city for the benchmark and the city-scale tests: 11 districts, 176 stations (streets and
// towns, each with 1–4 sites on named roads and 1–3 片区 covering about 2,800 社区 and 村), and for each
// station two reports a year (中期 and 末期) of the real report's size and shape, going back as many
// service years as the number of reports asked for needs. Deterministic from a seed. Every name says 虚构;
// nothing here is published: it is written into scratch copies only.
//
// Every stated total, grade and rate is computed through src/scoring, and the body prints the figures the
// build checks (src/reports/verify-text.ts), so a generated report passes the build's verification.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  parseRuleSet,
  ruleSetById,
  type RuleSet,
  attendance,
  completionRate,
  experiencedShare,
  formatHundredths,
  fromHundredths,
  gradeOf,
  retentionRate,
  toHundredths,
  totalFromPoints,
} from '../../src/scoring/index.ts';
import { frontmatterYaml } from './fictional-content.ts';

// A decade of history reaches back before gz-2023 took effect (2023-04-23). Those years are scored under a
// fictional rule set of the same shape, kept in the test fixtures: writeCity puts it beside gz-2023 in the
// scratch copy, so the archive also exercises reports under more than one rule set.
export const CITY_EARLY_RULES_FILE = join(import.meta.dirname, '..', 'fixtures', 'rule-sets', 'xugou-city-early.json');
const EARLY_RULES: RuleSet = parseRuleSet(JSON.parse(readFileSync(CITY_EARLY_RULES_FILE, 'utf8')), CITY_EARLY_RULES_FILE);
const GZ_2023: RuleSet = ruleSetById('gz-2023')!;

const RULE_SET_DIR = join('src', 'scoring', 'rule-sets');

/** Put the early years' rule set beside gz-2023 in a scratch copy's registry (its src/ is a copy too). */
export function installCityRuleSets(siteRoot: string): void {
  copyFileSync(CITY_EARLY_RULES_FILE, join(siteRoot, RULE_SET_DIR, basename(CITY_EARLY_RULES_FILE)));
}

/** The registry a city build has: gz-2023 and the early fictional set. */
export const cityRuleSetById = (id: string): RuleSet | undefined => (id === EARLY_RULES.id ? EARLY_RULES : ruleSetById(id));

/** The rule set in force on an agreement's first day. */
function rulesFor(agreementStart: string): RuleSet {
  const set = [GZ_2023, EARLY_RULES].find((r) => r.effective.from <= agreementStart && (r.effective.to === null || agreementStart <= r.effective.to));
  if (!set) throw new Error(`no rule set covers an agreement starting ${agreementStart}`);
  return set;
}

export interface CityOptions {
  /** How many reports in all (two per station per service year, newest year first). */
  reports: number;
  /** Seed of the pseudo-random choices; the same seed gives the same city, byte for byte. Default 1. */
  seed?: number;
  /** Stations in the city (default 176); fewer makes a slice for quick builds. */
  stations?: number;
  /** The newest service year starts in this year (default 2024: 2024-2025). */
  latestYear?: number;
}

export interface CityDistrict {
  name: string;
  stationIds: string[];
}

export interface CityZone {
  name: string;
  communities: string[];
}

export interface CityStation {
  id: string;
  name: string;
  /** 街道 or 镇. */
  street: string;
  kind: '街' | '镇';
  district: string;
  operator: string;
  sites: string[];
  /** The roads the sites are on. */
  roads: string[];
  zones: CityZone[];
  hotlineLines: { kind: '座机' | '手机'; hours: string; number: null }[];
  /** content/stations/<id>.yaml. */
  yaml: string;
}

export interface CityReport {
  stationId: string;
  /** Relative to content/, e.g. reports/xugou-001/2024-2025-final.mdx. */
  path: string;
  id: string;
  serviceYear: string;
  stage: '中期' | '末期';
  mdx: string;
}

export interface City {
  districts: CityDistrict[];
  stations: CityStation[];
  reports: CityReport[];
}

export const CITY_STATIONS = 176;
const DISTRICTS = ['东湖', '西岭', '南洲', '北岗', '云台', '珠岸', '白沙', '青枫', '金桥', '石门', '花溪'];

/** mulberry32: a small, fast, seedable generator; enough for fixtures. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const some = <T>(xs: readonly T[], n: number): T[] => {
    const pool = [...xs];
    const out: T[] = [];
    while (out.length < n && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    return out;
  };
  return { next, int, pick, some };
}
type Random = ReturnType<typeof random>;

// Place names are two characters from this pool, each used once in the city (Chinese place names in Guangzhou
// look like this: 桂花、流花、石牌); the 虚构 prefix marks them as invented.
const NAME_CHARS =
  '桂枫榕棠荔兰松竹梅柳杉桃杏梓樟槐芙蓉莲荷菊茶锦绣翠碧青云霞晴明安康宁和平泰福祥瑞丰盛兴隆昌华新惠德仁信义礼智泉溪湖江河塘池湾岗岭山峰坪洲沙石岩桥塔亭苑园庄坊东南西北金银玉珠龙凤鹤燕春秋夏冬朝阳月星';

function nameMaker(r: Random) {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const a = r.pick([...NAME_CHARS]);
      const b = r.pick([...NAME_CHARS]);
      const name = a + b;
      if (a !== b && !used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

const ROAD_KINDS = ['路', '大道', '街', '中路', '北路', '南路', '西路', '东路', '大街'];
const SOURCE = { document: '虚构资料（仅供构建测试，不对应任何真实社工站）', retrieved: '2024-01-01' };

function makeStations(r: Random, count: number): { districts: CityDistrict[]; stations: CityStation[] } {
  const name = nameMaker(r);
  const districtCount = Math.min(DISTRICTS.length, count);
  const districts: CityDistrict[] = DISTRICTS.slice(0, districtCount).map((d) => ({ name: `虚构${d}区`, stationIds: [] }));
  const stations: CityStation[] = [];
  for (let i = 0; i < count; i++) {
    // Districts differ in size, as real ones do: stations go round-robin with a skew towards the first ones.
    const district = districts[r.next() < 0.3 ? i % Math.ceil(districtCount / 2) : i % districtCount]!;
    const id = `xugou-${String(i + 1).padStart(3, '0')}`;
    const kind = r.next() < 0.25 ? '镇' : '街';
    const place = name();
    const street = kind === '街' ? `虚构${place}街道` : `虚构${place}镇`;
    const roadCount = r.int(1, 3);
    const roads = Array.from({ length: roadCount }, () => `虚构${name()}${r.pick(ROAD_KINDS)}`);
    const sites = Array.from({ length: r.int(1, 4) }, (_, k) => {
      const road = roads[k % roads.length]!;
      const extra = r.pick(['', '', `之${r.pick(['一', '二', '三'])}`, ` ${r.int(1, 3)}0${r.int(1, 9)} 房`, '首层']);
      return `${k === 0 ? district.name : ''}${road} ${r.int(1, 399)} 号${extra}`;
    });
    const zoneCount = r.int(1, 3);
    const zoneNames = zoneCount === 1 ? [kind === '街' ? '全街片区' : '全镇片区'] : r.pick([['东片区', '西片区', '北片区'], ['一片区', '二片区', '三片区'], ['南片区', '北片区', '中片区']]).slice(0, zoneCount);
    const communityCount = r.int(6, 27);
    const communities = Array.from({ length: communityCount }, () => {
      const village = kind === '镇' && r.next() < 0.75;
      return `虚构${name()}${village ? '村' : '社区'}`;
    });
    const zones = zoneNames.map((z, k) => ({
      name: z,
      communities: communities.filter((_, c) => c % zoneCount === k),
    }));
    const operator = `虚构${name()}社会工作服务中心`;
    const stationName = `虚构${place}${kind}社工服务站`;
    const hotlineLines: CityStation['hotlineLines'] = [
      { kind: '座机', hours: '日常 8 小时热线服务', number: null },
      ...(r.next() < 0.5 ? [{ kind: '手机' as const, hours: '24 小时开通', number: null }] : []),
    ];
    const data = {
      name: stationName,
      street,
      district: district.name,
      source: SOURCE,
      operator: { name: operator, source: SOURCE },
      sites: sites.map((address) => ({ address, source: SOURCE })),
      zones: zones.map((z) => ({ ...z, source: SOURCE })),
      hotline: {
        name: '虚构守护热线',
        lines: hotlineLines,
        source: SOURCE,
      },
    };
    district.stationIds.push(id);
    stations.push({ id, name: stationName, street, kind, district: district.name, operator, sites, roads, zones, hotlineLines, yaml: `${frontmatterYaml(data)}\n` });
  }
  return { districts, stations };
}

// The real report's 14 indicators (流花街 2023–2024 末期), with typical yearly targets.
const INDICATORS = [
  { key: 'records', name: '建档', unit: '份', target: 380 },
  { key: 'phone-visits', name: '电访', unit: '个', target: 1500 },
  { key: 'home-visits', name: '探访', unit: '个', target: 1680 },
  { key: 'consultation-cases', name: '咨询个案', unit: '个', target: 300 },
  { key: 'cases-opened', name: '专业个案接案', group: '专业个案', unit: '个', target: 70 },
  { key: 'cases-closed', name: '专业个案完成', group: '专业个案', unit: '个', target: 56 },
  { key: 'case-sessions', name: '专业个案服务节数', group: '专业个案', unit: '节', target: 420 },
  { key: 'groups', name: '专业小组', group: '专业小组', unit: '个', target: 20 },
  { key: 'group-sessions', name: '专业小组节数', group: '专业小组', unit: '节', target: 120 },
  { key: 'group-attendance', name: '专业小组服务人次', group: '专业小组', unit: '人次', target: 720 },
  { key: 'large-events', name: '大型社区活动', group: '大型社区活动', unit: '个', target: 25 },
  { key: 'large-event-attendance', name: '大型社区活动服务人次', group: '大型社区活动', unit: '人次', target: 2000 },
  { key: 'small-events', name: '中小型社区活动', group: '中小型社区活动', unit: '个', target: 60 },
  { key: 'small-event-attendance', name: '中小型社区活动服务人次', group: '中小型社区活动', unit: '人次', target: 2400 },
] as const;

const POPULATION = ['低保和低保边缘', '特困', '残疾人', '困境儿童', '孤寡老人', '空巢老人', '独居老人', '失能老人', '重残老人', '计划生育特殊家庭'];

function must<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const two = (n: number) => formatHundredths(toHundredths(n));
const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const zh = (isoDate: string) => {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y} 年 ${m} 月 ${d} 日`;
};

// Words the finding sentences are made of. The sentences are the evaluators' usual kinds of remark, so a
// report reads like one; the choices vary from report to report, so the index holds a realistic vocabulary.
const GROUPS = ['长者', '残疾人', '困境儿童', '青少年', '独居老人', '低保家庭', '外来务工人员', '计划生育特殊家庭', '重残老人', '社区妇女'];
const THEMES = ['社区花园', '邻里互助', '长者健康', '亲子阅读', '社区慈善', '垃圾分类', '防诈宣传', '文化传承', '安全巡防', '康复支持', '社区议事', '青年志愿'];
const PROJECT_A = ['乐龄', '同心', '暖阳', '邻里', '童心', '银龄', '安心', '彩虹', '友善', '共融', '微光', '知心', '益路', '向阳', '相伴'];
const PROJECT_B = ['同行', '守护', '共建', '花开', '有约', '相助', '心愿', '驿站', '课堂', '茶话', '行动', '计划', '家园', '成长', '连心'];
const METHODS = ['入户探访', '电话访问', '需求调研', '焦点小组', '社区走访', '问卷调查', '个案会谈', '资源地图绘制'];
const PARTNERS = ['社区卫生服务中心', '辖内中小学', '社区居委会', '共建单位党支部', '爱心企业', '高校志愿者团队', '社区长者饭堂', '慈善基金会'];

function project(r: Random) {
  return `“${r.pick(PROJECT_A)}${r.pick(PROJECT_B)}——${r.pick(THEMES)}${r.pick(['计划', '项目', '行动'])}”`;
}

function positive(r: Random, c: { community: string; road: string; street: string }): string {
  const g = r.pick(GROUPS);
  const t = r.pick(THEMES);
  const m = r.some(METHODS, 2);
  const p = r.some(PARTNERS, 2);
  const sentences = [
    `社工站能够按照要求配备服务团队，通过${m[0]}和${m[1]}等方式摸清${c.community}${g}的基本情况，建档资料较为完整，服务记录规范。`,
    `片区围绕${t}主题设计服务，开展了${project(r)}，服务流程较为完整，服务对象参与度较高，值得肯定。`,
    `社工站联动${p[0]}、${p[1]}等资源，在${c.road}一带开展便民服务和政策宣传，服务覆盖面有所扩大，居民对社工站的知晓度有所提升。`,
    `社工能够按照分级管理机制对${g}进行恒常电访、探访，在重大节日开展入户探访，跟进服务对象频率较高，对建档对象的熟悉程度较高。`,
    `社工站重视中期评估意见，结合服务做好改进工作，对资料进行查漏补缺，补充完善了需求调研报告和服务计划，整改成效较为明显。`,
    `在“五社联动”方面，社工站培育社区志愿者骨干，引导${c.street}辖内慈善力量参与困难群众和特殊群体关怀行动，较好地营造了社区互助氛围。`,
    `社工站在${t}服务中注重服务对象的参与和能力提升，组织${g}参与社区活动和互助小组，服务对象的社会支持网络有所加强。`,
    `项目各项管理制度和服务机制逐步完善，及时更新安全、档案、物资等管理制度，健全服务质量内部管理体系，为服务开展提供了保障。`,
    `社工站按照要求运营热线并开展服务，将日常热线服务与应急热线结合，热线服务记录清晰，按月列表记录并单独成册。`,
    `服务宣传工作较中期有所加强，通过公众号、社区报和线下宣传活动推广${t}服务，在${c.community}设置宣传栏，宣传效果较为良好。`,
  ];
  return r.some(sentences, r.int(2, 3)).join('');
}

function concern(r: Random, c: { community: string; road: string; street: string }): string {
  const g = r.pick(GROUPS);
  const t = r.pick(THEMES);
  const sentences = [
    `建议社工站进一步加强需求摸查，针对${c.community}${g}的共性需求明确服务重点和方向，以项目化思维设计服务，制定更为具体、可行的年度服务计划。`,
    `服务成效呈现不足，仅简单罗列服务主题内容，建议加强对${t}服务成效的系统梳理，突出服务对象的改变和社区关系的变化。`,
    `社工站要关注服务团队人员稳定性问题，加强团队成员之间的沟通和交流，在人员变动、调岗时做好交接和工作资料移交，保障服务衔接顺畅。`,
    `建议因地制宜整合宣传阵地，在${c.road}沿线的服务点公示社工站地址、热线和工作时间等基本信息，便于居民寻找社工和参与服务。`,
    `社工需要有计划、持续性地开展社区走访与入户探访，以问题解决为导向制定个别化服务目标，做好服务留痕和服务监测。`,
    `建议继续强化“五社联动”的服务思路，进一步链接与整合${c.street}辖内各类资源，调动社区组织、志愿者和居民自治团队参与服务。`,
    `服务设计思路不够清晰，社区片服务计划与社工点服务之间的逻辑关系需要进一步理顺，建议加强督导支持和团队内部共学。`,
    `目前民生政策宣传主要以线下活动为主，方式较为单一，建议结合线上公众号、居民群等多种形式扩大政策宣传的覆盖面。`,
  ];
  return r.some(sentences, r.int(1, 2)).join('');
}

function findings(kind: 'positive' | 'concern', items: string[], paren = false): string[] {
  return [
    `<Findings kind="${kind}"${paren ? ' numbering="paren"' : ''}>`,
    '',
    ...items.map((s, i) => `${i + 1}. ${s}`),
    '',
    '</Findings>',
    '',
  ];
}

function makeReport(r: Random, station: CityStation, year: number, stage: '中期' | '末期', since: number): CityReport {
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
    ],
  };

  const allCommunities = station.zones.flatMap((z) => z.communities);
  const ctx = () => ({ community: r.pick(allCommunities), road: r.pick(station.roads), street: station.street });
  const s = data.staffing;
  const body = [
    '## 一、社工站基本情况',
    '',
    `${station.name}（以下简称“社工站”）位于${station.sites.join('、')}，自 ${since} 年起由${station.operator}承接运营。经${data.parties.purchaser}采购，本年度服务协议期自 ${zh(iso(start))}至 ${zh(iso(agreementEnd))}，年度项目服务经费为 ${funding} 万元。社工站本年度按照“双百工程”模式，根据辖区实际情况和购买方需求，划分了 ${station.zones.length} 个片区，为 ${allCommunities.length} 个社区（村）开展社会工作专业服务。`,
    '',
    '## 二、评估依据、评估原则及评估办法',
    '',
    '### （一）评估依据',
    '',
    '根据虚构市社工服务站管理办法及其配套文件的要求，同时结合社工站项目承办方与项目购买方签订的服务合同，通过听取介绍、实地观察、查阅资料、面谈、服务对象满意度调查等方式，对社工站项目管理、服务开展情况、服务成效等三大方面进行评估。',
    '',
    '### （二）评估原则',
    '',
    '1. 真实诚信原则。项目运营方应以实事求是的态度对待评估，提供能够真实、客观反映项目运营状况的依据和资料，以供评估小组考察。',
    '2. 客观公正原则。评委恪守客观公正的第三方评估者角色，不受委托方和被评估方利害关系的影响，依据事实给出客观、中肯的评价意见。',
    '3. 证据为本原则。项目运营方应提供有事实依据的证明资料或记录；评委以真实有效的工作记录为依据，对原始资料进行必要的核查验证。',
    '4. 以评促进原则。评委本着提高项目运营质量、优化服务成效的目标实施评估，评估意见应具体、清晰、可行，能够指导项目团队持续改善。',
    '5. 回避监督原则。评委与被评估方有利益关系或冲突的均应回避；被评估方有权监督评估工作，并有权提出合理异议或回避要求。',
    '6. 保密尊重原则。评委应尊重和保护评估中接触到的服务对象隐私，并尊重被评估方的原创性专业技术和方法成果，依法负有保密职责。',
    '',
    '### （三）评估团队',
    '',
    `受${data.parties.supervisor}委托，${data.parties.evaluator}负责本年度社工站购买服务项目第三方专业评估工作，组织专家评委专项评估小组，于${zh(data.evaluationDate)}到${station.name}进行现场评估。`,
    '',
    '### （四）评估方式',
    '',
    '1. 听取介绍。由社工站项目负责人介绍社工站的运营及服务情况、各项指标完成情况。',
    '2. 实地观察。观察社工站硬件建设情况，评估其设施开展专业服务的适宜性。',
    '3. 查阅资料。查阅社工站运营管理制度及专业服务记录等资料。',
    '4. 现场沟通。与承办机构管理人员、项目负责人及一线社工访谈，了解相关情况。',
    '5. 线上访谈。通过电话访问、派发问卷了解服务对象的满意度，听取服务对象的建议和意见。',
    '6. 总结反馈。评估团队对评估进行总结，向社工站反馈评估情况，并听取购买方的意见和建议。',
    '',
    '### （五）评估结果说明',
    '',
    '社工站项目评估分值由四方评估分数的总和确定。评估总分为100分，其中，项目监督方（区民政局）评估分值占比10%，项目购买方（镇人民政府/街道办事处）评估分值占比20%，市督导中心评估分值占比15%，第三方评估机构评估分值占55%。',
    '',
    '评估等级分为优秀、良好、合格、不合格四个等级。评估分值 90 分以上为优秀，80 分至 90 分（不含 90 分）为良好，60 分至 80 分（不含 80 分）为合格，60 分以下（不含 60 分）为不合格。',
    '',
    `## 三、监督方评估（${data.parties.supervisor}）`,
    '',
    ...findings('positive', Array.from({ length: r.int(2, 4) }, () => positive(r, ctx()))),
    ...findings('concern', Array.from({ length: r.int(1, 2) }, () => concern(r, ctx()))),
    `## 四、购买方评估（${data.parties.purchaser}）`,
    '',
    ...findings('positive', Array.from({ length: r.int(2, 4) }, () => positive(r, ctx()))),
    ...findings('concern', Array.from({ length: r.int(1, 3) }, () => concern(r, ctx()))),
    '## 五、督导中心评估',
    '',
    ...findings('positive', Array.from({ length: r.int(2, 4) }, () => positive(r, ctx()))),
    ...findings('concern', Array.from({ length: r.int(2, 3) }, () => concern(r, ctx()))),
    '## 六、第三方专业评估',
    '',
    '### （一）项目管理',
    '',
    `社工站本年度协议期是${zh(iso(start))}至${zh(iso(agreementEnd))}，本次评估考核期为${zh(iso(start))}至${zh(iso(evalEnd))}，共计${months}个考核月份。`,
    '',
    ...findings('positive', [
      `在人员配备方面，截至评估末月，社工站共配备${certifiedStaff}名持证社工，${uncertifiedStaff}名非持证社工，共计${totalStaff}名社工。在人员到岗方面，本评估期内，社工应到岗${expected}人次，实到岗${actual}人次，超配${two(s.attendance.statedSurplus)}人次；其中，持证社工应到岗${certExpected}人次，实到岗${certActual}人次，超配${two(s.certifiedAttendance.statedSurplus)}人次。`,
      `在人员资质方面，服务团队配备的${certifiedStaff}名持证社工中，${intermediateCertified}人持中级社工师证，${certifiedStaff - intermediateCertified}人持助理社工师证；共有 ${experiencedStaff} 名社工从业 2 年以上，从业 2 年以上社工累计到岗人次为 ${personMonths} 人次，占社工总到岗人次的 ${two(s.experiencedAttendance.statedShare)}%。`,
      positive(r, ctx()),
    ]),
    ...findings('concern', [
      `承接机构和社工站应关注人员稳定性问题，评估期内共计 ${stableStaff} 名社工持续稳定在岗，人员稳岗率为 ${two(s.retention.statedRate)}%，${retention >= 8000 ? '符合' : '不符合'}评估指标体系关于人员稳岗率不低于 80%的要求。${concern(r, ctx())}`,
    ]),
    '### （二）社工站总体服务开展情况',
    '',
    '#### 1. 项目执行与服务成效',
    '',
    ...findings(
      'positive',
      [
        `社工站年度总目标是“党建引领、多元参与、共建共享、美丽${station.street.replace(/^虚构|街道$|镇$/g, '')}”，通过多方联动方式摸排了辖内 ${deduplicatedTotal} 名困难群众和特殊群体，为其建档并开展探访等服务。在党建工作方面，社工站有 ${partyMembers} 名社工党员，与社区、机团单位、学校等党组织建立共建关系。${positive(r, ctx())}`,
        `辖内有${categories.map((c) => `${c.name}${c.count}人`).join('、')}，去重之后困难群众和特殊群体合计${deduplicatedTotal}人，其中超过60岁的有${over60}人。${positive(r, ctx())}`,
        `评估期内培育社区志愿者 ${volunteers} 人，通过公众号发布推文 ${posts} 篇，热线拨出电话超过 ${calls} 条，实现困境人群“微心愿”超过 ${wishes} 个，资源汇集折合人民币价值超过 ${resources} 万元。${positive(r, ctx())}`,
        ...Array.from({ length: r.int(3, 4) }, () => positive(r, ctx()) + positive(r, ctx())),
      ],
      true,
    ),
    ...findings('concern', Array.from({ length: r.int(2, 3) }, () => concern(r, ctx()) + concern(r, ctx())), true),
    '#### 2. 服务指标完成情况',
    '',
    `评估期末月，社工站投入符合资质的社工 ${totalStaff} 名。本评估期${indicators.map((i) => `${i.name}${i.completed}${i.unit}，完成协议指标量的${two(i.statedRate)}%`).join('；')}。（以上数据统计共计 ${months} 个考核月份，由社工服务站提供，各片区指标完成情况见附件 1）`,
    '',
    '### （三）各社工点服务开展情况',
    '',
    `社工站本年度划分了${station.zones.length}个片区开展社会工作专业服务。各社工点分片情况如下：`,
    '',
    ...station.zones.map((z, i) => `- ${z.name}：${z.communities.join('、')}${i === station.zones.length - 1 ? '。' : '；'}`),
    '',
    ...station.zones.flatMap((z, i) => {
      const here = () => ({ community: r.pick(z.communities), road: r.pick(station.roads), street: station.street });
      return [
        `#### ${i + 1}. ${z.name}社工点服务情况`,
        '',
        ...findings('positive', Array.from({ length: r.int(3, 4) }, () => positive(r, here())), true),
        ...findings('concern', Array.from({ length: r.int(1, 3) }, () => concern(r, here())), true),
      ];
    }),
    '## 七、评估结果',
    '',
    '### （一）评估分数',
    '',
    `1. 购买方评估 得分：${two(points.purchaser)} 分`,
    `2. 监督方评估 得分：${two(points.supervisor)} 分`,
    `3. 督导中心评估 得分：${two(points.supervisionCentre)} 分`,
    `4. 第三方评估 得分：${two(points.thirdParty)} 分`,
    '',
    `以上四项总得分：${two(data.scores.total)} 分 等级：${data.scores.grade}`,
    '',
    '### （二）重点存在问题',
    '',
    ...Array.from({ length: 3 }, (_, i) => `${i + 1}. ${concern(r, ctx())}`),
    '',
    '## 八、结语',
    '',
    `${station.name}在${data.parties.supervisor}、${data.parties.purchaser}的支持下，进驻辖区服务${year + 1 - since}年。${positive(r, ctx())}${positive(r, ctx())}`,
    '',
    `下一步，${concern(r, ctx())}${concern(r, ctx())}`,
    '',
    '## 附件',
    '',
    `1. ${station.name}购买服务项目指标完成情况统计表`,
    `2. ${station.name}购买服务项目社工到岗情况统计表`,
    '',
  ].join('\n');
  const slug = interim ? 'interim' : 'final';
  return {
    stationId: station.id,
    path: `reports/${station.id}/${serviceYear}-${slug}.mdx`,
    id: `${station.id}-${serviceYear}-${slug}`,
    serviceYear,
    stage,
    mdx: `---\n${frontmatterYaml(data)}\n---\n\n${body}`,
  };
}

/** The city and `reports` reports: the newest service year first, each station's 中期 then 末期. */
export function fictionalCity(options: CityOptions): City {
  const seed = options.seed ?? 1;
  const r = random(seed);
  const { districts, stations } = makeStations(r, options.stations ?? CITY_STATIONS);
  // Each station's own generator, so a station's reports do not change when N does.
  const since = stations.map(() => r.int(2010, 2016));
  const latest = options.latestYear ?? 2024;
  const reports: CityReport[] = [];
  const perYear = stations.length * 2;
  const years = Math.ceil(options.reports / perYear);
  for (let y = 0; y < years; y++) {
    const year = latest - y;
    stations.forEach((station, i) => {
      const sr = random(seed * 100_003 + (i + 1) * 7_919 + year);
      for (const stage of ['中期', '末期'] as const) {
        if (reports.length < options.reports) reports.push(makeReport(sr, station, year, stage, Math.min(since[i]!, year)));
      }
    });
  }
  return { districts, stations, reports };
}

/** Write the city into a content folder: content/stations/*.yaml and content/reports/**, replacing what is there. */
export function writeCity(contentDir: string, options: CityOptions): City {
  const city = fictionalCity(options);
  // When contentDir is a site's content folder, its registry gets the early years' rule set too.
  if (existsSync(join(contentDir, '..', RULE_SET_DIR))) installCityRuleSets(join(contentDir, '..'));
  for (const sub of ['stations', 'reports']) {
    rmSync(join(contentDir, sub), { recursive: true, force: true });
    mkdirSync(join(contentDir, sub), { recursive: true });
  }
  for (const s of city.stations) writeFileSync(join(contentDir, 'stations', `${s.id}.yaml`), s.yaml);
  const made = new Set<string>();
  for (const report of city.reports) {
    const dir = join(contentDir, 'reports', report.stationId);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    writeFileSync(join(contentDir, report.path), report.mdx);
  }
  return city;
}

/** Files under a folder, for tests that count what writeCity wrote. */
export function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length;
}
