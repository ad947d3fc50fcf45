/**
 * The documentation of every open-data field, and the CSV layouts made from it. The /data/ page
 * prints these lists; the per-report CSV takes its row labels and units from them; a browser test
 * checks every key in the built JSON is documented here and every documented key exists.
 */
import { formatHundredths, ruleSets, toHundredths } from '../scoring/index.ts';
import { retentionRule } from '../wording/phrases.ts';
import { COMPLETION_RATE, ratio } from '../wording/formulas.ts';
import type { Cell } from './csv.ts';
import type { ReportRecord, StationRecord } from './record.ts';
import type { RankingFile } from './ranking-record.ts';

type Leaf = string | number | boolean;

/**
 * Every documentation path of a record type: dots for objects, [] for each element of a list, and an
 * object that may be null listed itself as well (population, population.categories[].name). The field
 * docs below are typed with it, so a documented path the record does not have fails the type check:
 * the record's shape is its builder's (record.ts), and the docs only describe it.
 */
export type FieldPath<T, P extends string = ''> = [T] extends [Leaf | null]
  ? P
  : T extends readonly (infer U)[]
    ? FieldPath<U, `${P}[]`>
    :
        | (null extends T ? P : never)
        | { [K in keyof NonNullable<T> & string]: FieldPath<NonNullable<T>[K], P extends '' ? K : `${P}.${K}`> }[keyof NonNullable<T> & string];

/** A report record field's doc: its path is one the record has. */
type ReportFieldDoc = FieldDoc & { path: FieldPath<ReportRecord> };
type StationFieldDoc = FieldDoc & { path: FieldPath<StationRecord> };
type RankingFieldDoc = FieldDoc & { path: FieldPath<RankingFile> };

export type FieldType = '文字' | '数字' | '是/否' | '日期' | '网址' | '文字或空' | '对象或空';

export interface FieldDoc {
  /** Path in the JSON: dots for objects, [] for each element of a list. */
  path: string;
  /** Short Chinese name, used as the CSV row label. */
  label: string;
  type: FieldType;
  description: string;
  /** Unit for the CSV; '@unit' takes the unit from the same list element's `unit` field. */
  unit?: string;
  /** Print with two decimals in CSV (scores and rates, as the reports print them). */
  twoDecimals?: boolean;
  /** May be null when the report does not state it. */
  nullable?: boolean;
}

/**
 * One score field per party id of every rule set (a report carries those of its own set, see `rules`),
 * described with each set's maximum.
 */
function partyScoreFields(): ReportFieldDoc[] {
  const byId = new Map<string, { label: string; parts: string[] }>();
  for (const rules of ruleSets()) {
    for (const p of rules.parties) {
      const entry = byId.get(p.id) ?? { label: `${p.name}评估得分`, parts: [] };
      entry.parts.push(`${rules.id} 中为${p.fullName}，满分 ${p.maxPoints} 分`);
      byId.set(p.id, entry);
    }
  }
  return [...byId].map(([id, e]) => ({
    path: `scores.${id}`,
    label: e.label,
    type: '数字',
    unit: '分',
    twoDecimals: true,
    description: `该方的评估得分（${e.parts.join('；')}）。只出现在有这一方的评估办法的报告中。`,
  }));
}

// The 稳岗率 field's formula names these two fields.
const STABLE_STAFF = '持续稳定在岗社工';
const REQUIRED_POSTS = '应配备岗位数';

const retentionRules = ruleSets()
  .map((r) => `${r.id}：${retentionRule(r)}`)
  .join('；');

export const REPORT_FIELDS: readonly ReportFieldDoc[] = [
  { path: 'id', label: '报告编号', type: '文字', description: '报告的固定编号：社工站编号-服务年度-阶段（interim 中期，final 末期）。' },
  { path: 'url', label: '报告页面', type: '网址', description: '本平台上这份报告的页面地址。' },
  { path: 'rules', label: '评估办法', type: '文字', description: '报告所依据的评估办法（规则集）编号，如 gz-2023；各方满分、等级和要求都按这套办法计算。' },
  { path: 'rulesUrl', label: '评估办法页面', type: '网址', description: '本平台上这套评估办法的说明页面（各方满分、等级、要求和出处）。' },
  { path: 'title', label: '报告标题', type: '文字', description: '报告封面上的标题。' },
  { path: 'station.id', label: '社工站编号', type: '文字', description: '社工站在本平台的编号，与 stations.json 的 id 对应。' },
  { path: 'station.name', label: '社工站名称', type: '文字', description: '社工站全称。' },
  { path: 'station.district', label: '区', type: '文字', description: '社工站所在的区。' },
  { path: 'station.street', label: '街道', type: '文字', description: '社工站所在的街道（镇）。' },
  { path: 'station.url', label: '社工站页面', type: '网址', description: '本平台上该社工站的页面地址。' },
  { path: 'serviceYear', label: '服务年度', type: '文字', description: '服务协议年度，如 2023-2024。' },
  { path: 'stage', label: '评估阶段', type: '文字', description: '“中期”或“末期”。' },
  { path: 'parties.supervisor', label: '项目监督方', type: '文字', description: '报告封面所列的项目监督方（区民政局）。' },
  { path: 'parties.purchaser', label: '项目购买方', type: '文字', description: '报告封面所列的项目购买方（镇人民政府或街道办事处）。' },
  { path: 'parties.operator', label: '项目承办方', type: '文字', description: '承接运营社工站的社会服务机构。' },
  { path: 'parties.evaluator', label: '项目评估方', type: '文字', description: '出具报告的第三方评估机构。' },
  { path: 'agreementPeriod.start', label: '服务协议期开始', type: '日期', description: '服务协议期第一天，YYYY-MM-DD。' },
  { path: 'agreementPeriod.end', label: '服务协议期结束', type: '日期', description: '服务协议期最后一天，YYYY-MM-DD。' },
  { path: 'evaluationPeriod.start', label: '评估考核期开始', type: '日期', description: '本次评估统计数据的第一天。' },
  { path: 'evaluationPeriod.end', label: '评估考核期结束', type: '日期', description: '本次评估统计数据的最后一天。' },
  { path: 'evaluationPeriod.months', label: '考核月份', type: '数字', unit: '个月', description: '报告写明的考核月份数，可为半月（如 10.5）。' },
  { path: 'evaluationDate', label: '评估日期', type: '日期', description: '现场评估的日期。' },
  { path: 'reportDate', label: '报告日期', type: '日期', description: '报告落款的日期。' },
  ...partyScoreFields(),
  { path: 'scores.total', label: '总分', type: '数字', unit: '分', twoDecimals: true, description: `各方评估得分之和（由本平台按报告的评估办法复核），满分：${ruleSets().map((r) => `${r.id} 为 ${r.totalMax} 分`).join('；')}。` },
  { path: 'scores.grade', label: '等级', type: '文字', description: `评估等级，按总分和报告的评估办法的等级划分确定（${ruleSets().map((r) => `${r.id}：${r.bands.map((b) => b.grade).join('、')}`).join('；')}）。` },
  { path: 'indicators[].key', label: '指标编号', type: '文字', description: '指标在本报告内的固定编号，如 records（建档）。' },
  { path: 'indicators[].name', label: '指标名称', type: '文字', description: '指标名称，按报告用词。' },
  { path: 'indicators[].group', label: '指标分组', type: '文字或空', nullable: true, description: '指标所属的一组，如“专业个案”；没有分组时为空。' },
  { path: 'indicators[].unit', label: '单位', type: '文字', description: '计量单位，如 份、个、节、人次。' },
  { path: 'indicators[].completed', label: '完成量', type: '数字', unit: '@unit', description: '评估考核期内的完成数量。' },
  { path: 'indicators[].target', label: '协议指标量', type: '数字', unit: '@unit', description: '服务协议规定的数量。' },
  { path: 'indicators[].targetDerived', label: '指标量为推算', type: '是/否', description: '报告未写协议指标量时为“是”：指标量是能算出报告所写完成率的整数。' },
  { path: 'indicators[].rate', label: '完成率', type: '数字', unit: '%', twoDecimals: true, description: `${ratio(COMPLETION_RATE.numerator, COMPLETION_RATE.denominator, false)}，保留两位小数。` },
  { path: 'indicators[].met', label: '已完成指标', type: '是/否', description: '完成量不少于协议指标量时为“是”。' },
  { path: 'staffing.certifiedStaff', label: '持证社工', type: '数字', unit: '人', description: '评估末月在岗的持证社工人数。' },
  { path: 'staffing.uncertifiedStaff', label: '非持证社工', type: '数字', unit: '人', description: '评估末月在岗的非持证社工人数。' },
  { path: 'staffing.totalStaff', label: '社工总数', type: '数字', unit: '人', description: '持证与非持证社工合计。' },
  { path: 'staffing.intermediateCertified', label: '持中级社工师证', type: '数字', unit: '人', nullable: true, description: '持证社工中持中级社工师证的人数；报告未写时为空。' },
  { path: 'staffing.assistantCertified', label: '持助理社工师证', type: '数字', unit: '人', nullable: true, description: '持证社工中持助理社工师证的人数；报告未写时为空。' },
  { path: 'staffing.experiencedStaff', label: '从业 2 年以上社工', type: '数字', unit: '人', nullable: true, description: '在岗社工中从业 2 年以上的人数；报告未写时为空。' },
  { path: 'staffing.leaderChanges', label: '项目负责人变更次数', type: '数字', unit: '次', nullable: true, description: '评估期内项目负责人变更的次数；报告未写时为空。' },
  { path: 'staffing.retention.stableStaff', label: STABLE_STAFF, type: '数字', unit: '人', description: '评估期内持续稳定在岗的社工人数。' },
  { path: 'staffing.retention.requiredPosts', label: REQUIRED_POSTS, type: '数字', unit: '个', description: '计算稳岗率所用的岗位数。' },
  { path: 'staffing.retention.requiredPostsDerived', label: '岗位数为推算', type: '是/否', description: '报告未写岗位数时为“是”：岗位数是能算出报告所写稳岗率的整数。' },
  { path: 'staffing.retention.rate', label: '稳岗率', type: '数字', unit: '%', twoDecimals: true, description: `${ratio(STABLE_STAFF, REQUIRED_POSTS, false)}，保留两位小数。` },
  { path: 'staffing.retention.requirement', label: '稳岗率要求', type: '数字', unit: '%', nullable: true, description: `报告的评估办法要求的最低稳岗率（${retentionRules}）；办法没有要求时为空。` },
  { path: 'staffing.retention.met', label: '稳岗率达标', type: '是/否', nullable: true, description: '稳岗率不低于要求时为“是”；办法没有要求时为空。' },
  { path: 'staffing.attendance.expected', label: '应到岗人次', type: '数字', unit: '人次', description: '评估期内社工应到岗人次（一名社工在岗一个月记 1 人次）。' },
  { path: 'staffing.attendance.actual', label: '实到岗人次', type: '数字', unit: '人次', description: '评估期内社工实到岗人次。' },
  { path: 'staffing.attendance.surplus', label: '超配人次', type: '数字', unit: '人次', description: '实到岗 − 应到岗；负数表示不足。' },
  { path: 'staffing.certifiedAttendance', label: '持证社工到岗', type: '对象或空', nullable: true, description: '持证社工的到岗情况，字段同上；报告未写时为空。' },
  { path: 'staffing.certifiedAttendance.expected', label: '持证社工应到岗人次', type: '数字', unit: '人次', description: '持证社工应到岗人次。' },
  { path: 'staffing.certifiedAttendance.actual', label: '持证社工实到岗人次', type: '数字', unit: '人次', description: '持证社工实到岗人次。' },
  { path: 'staffing.certifiedAttendance.surplus', label: '持证社工超配人次', type: '数字', unit: '人次', description: '持证社工实到岗 − 应到岗。' },
  { path: 'staffing.experiencedAttendance', label: '从业 2 年以上社工到岗', type: '对象或空', nullable: true, description: '从业 2 年以上社工的到岗情况；报告未写时为空。' },
  { path: 'staffing.experiencedAttendance.personMonths', label: '从业 2 年以上社工到岗人次', type: '数字', unit: '人次', description: '从业 2 年以上社工累计到岗人次。' },
  { path: 'staffing.experiencedAttendance.share', label: '从业 2 年以上社工到岗占比', type: '数字', unit: '%', twoDecimals: true, description: '占社工总到岗人次的百分比，保留两位小数。' },
  { path: 'population', label: '困难群众和特殊群体', type: '对象或空', nullable: true, description: '报告列出的辖内困难群众和特殊群体；报告未列时为空。' },
  { path: 'population.categories[].name', label: '类别', type: '文字', description: '类别名称，如 残疾人。' },
  { path: 'population.categories[].count', label: '人数', type: '数字', unit: '人', description: '该类别人数。一人可属多个类别，所以各类相加多于去重合计。' },
  { path: 'population.deduplicatedTotal', label: '去重合计', type: '数字', unit: '人', description: '去重之后的合计人数。' },
  { path: 'population.over60', label: '其中 60 岁以上', type: '数字', unit: '人', nullable: true, description: '其中超过 60 岁的人数；报告未写时为空。' },
  { path: 'keyFigures[].theme', label: '主题', type: '文字', description: '数字所属的主题，如 志愿服务、资源筹集。' },
  { path: 'keyFigures[].label', label: '项目', type: '文字', description: '报告中这个数字说的是什么，按报告用词。' },
  { path: 'keyFigures[].value', label: '数值', type: '数字', unit: '@unit', description: '报告写的数字。' },
  { path: 'keyFigures[].unit', label: '单位', type: '文字', description: '单位，如 人、万元、篇。' },
  { path: 'keyFigures[].qualifier', label: '限定', type: '文字或空', nullable: true, description: '报告给的是约数时：“超过”或“余”；确数时为空。' },
  { path: 'keyFigures[].scope', label: '范围', type: '文字或空', nullable: true, description: '只涉及社工站一部分（如某片区）时写明；全站时为空。' },
  { path: 'operatingSince', label: '承接运营起始年', type: '数字', unit: '年', nullable: true, description: '承办方开始运营社工站的年份；报告未写时为空。' },
  { path: 'fundingWanYuan', label: '年度项目服务经费', type: '数字', unit: '万元', description: '报告写明的年度项目服务经费。' },
  { path: 'serviceModel', label: '服务模式', type: '文字或空', nullable: true, description: '报告所写的服务模式，如 双百工程；未写时为空。' },
  { path: 'sites[].address', label: '服务地址', type: '文字', description: '社工站（分站）地址，按报告原文。' },
  { path: 'zones[].name', label: '片区', type: '文字', description: '片区名称，如 东片区。' },
  { path: 'zones[].communities[]', label: '社区', type: '文字', description: '片区所含的社区。' },
  { path: 'hotline.name', label: '热线名称', type: '文字', description: '热线名称，如 红棉守护。' },
  { path: 'hotline.lines[].kind', label: '线路类型', type: '文字', description: '“座机”或“手机”。' },
  { path: 'hotline.lines[].hours', label: '服务时间', type: '文字', description: '报告描述的服务时间。' },
  { path: 'hotline.lines[].number', label: '号码', type: '文字或空', nullable: true, description: '报告公布的号码；报告未公布时为空（本平台不猜测号码）。' },
  { path: 'partyMembers', label: '社工党员人数', type: '数字', unit: '人', nullable: true, description: '报告写明的社工党员人数；未写时为空。' },
  { path: 'downloads.json', label: 'JSON 下载', type: '网址', description: '这份报告的 JSON 文件地址。' },
  { path: 'downloads.csv', label: 'CSV 下载', type: '网址', description: '这份报告的 CSV 文件地址。' },
];

const SOURCE_NOTE = '出处：评估报告编号和章节，或其他公开文件的名称、网址和查阅日期。';

export const STATION_FIELDS: readonly StationFieldDoc[] = [
  { path: 'id', label: '社工站编号', type: '文字', description: '社工站在本平台的编号，也是报告 JSON 中 station.id 的值。' },
  { path: 'name', label: '社工站名称', type: '文字', description: '社工站全称。' },
  { path: 'district', label: '区', type: '文字', description: '所在的区。' },
  { path: 'street', label: '街道', type: '文字', description: '所在的街道（镇）。' },
  { path: 'url', label: '社工站页面', type: '网址', description: '本平台上该社工站的页面地址。' },
  { path: 'source', label: '名称出处', type: '文字', description: `名称、区、街道的${SOURCE_NOTE}` },
  { path: 'operator.name', label: '承办机构', type: '文字', description: '运营社工站的社会服务机构（项目承办方）。' },
  { path: 'operator.source', label: '承办机构出处', type: '文字', description: SOURCE_NOTE },
  { path: 'sites[].address', label: '服务地址', type: '文字', description: '服务地址（分站），按出处原文。' },
  { path: 'sites[].fullAddress', label: '完整地址', type: '文字', description: '加上“广州市”和区的完整地址，便于地图搜索。' },
  { path: 'sites[].source', label: '地址出处', type: '文字', description: SOURCE_NOTE },
  { path: 'zones[].name', label: '片区', type: '文字', description: '片区名称，如 东片区。' },
  { path: 'zones[].communities[]', label: '社区', type: '文字', description: '片区服务的社区。' },
  { path: 'zones[].source', label: '片区出处', type: '文字', description: SOURCE_NOTE },
  { path: 'hotline.name', label: '热线名称', type: '文字', description: '热线名称，如 红棉守护。' },
  { path: 'hotline.source', label: '热线出处', type: '文字', description: SOURCE_NOTE },
  { path: 'hotline.lines[].kind', label: '线路类型', type: '文字', description: '“座机”或“手机”。' },
  { path: 'hotline.lines[].hours', label: '服务时间', type: '文字', description: '出处描述的服务时间。' },
  { path: 'hotline.lines[].number', label: '号码', type: '文字或空', nullable: true, description: '公开来源登载的号码；没有来源登载时为空（本平台不猜测号码）。' },
  { path: 'hotline.lines[].numberSource', label: '号码出处', type: '文字或空', nullable: true, description: `号码的${SOURCE_NOTE}没有号码时为空。` },
  { path: 'reports[]', label: '评估报告', type: '文字', description: '该社工站评估报告的编号，新的在前，与 reports.json 的 id 对应。' },
];

/**
 * Report fields that another file repeats as they are, documented once: their docs from REPORT_FIELDS, at
 * their path under `prefix` in that file (a ranking's reports[].station.name is a report's station.name).
 */
function reportFieldsUnder<const Prefix extends string, const Path extends FieldPath<ReportRecord>>(
  prefix: Prefix,
  paths: readonly Path[],
): (FieldDoc & { path: `${Prefix}${Path}` })[] {
  return paths.map((path) => {
    const doc = REPORT_FIELDS.find((f) => f.path === path);
    if (!doc) throw new Error(`No report field ${path} to document ${prefix}${path} with`);
    return { ...doc, path: `${prefix}${path}` as const };
  });
}

/** The fields of a ranking file (/data/rankings/<year>-<stage>.json): the file's own, then each ranked report's. */
export const RANKING_FIELDS: readonly RankingFieldDoc[] = [
  { path: 'documentation', label: '字段说明', type: '网址', description: '本页（开放数据说明）的地址。' },
  { path: 'serviceYear', label: '服务年度', type: '文字', description: '这份排名的服务年度，如 2023-2024。' },
  { path: 'stage', label: '评估阶段', type: '文字', description: '“中期”或“末期”：同一年度的中期和末期报告分开排名。' },
  { path: 'count', label: '报告数', type: '数字', unit: '份', description: '参加这份排名的报告数（全市）。' },
  { path: 'ruleSets[]', label: '评估办法', type: '文字', description: '这些报告所依据的评估办法编号。' },
  { path: 'mixedRules', label: '混合评估办法', type: '是/否', description: '报告依据不止一套评估办法（满分不同）时为“是”：名次按得分率（总分占满分的比例）排，不按分数。' },
  { path: 'reports[].rank', label: '全市名次', type: '数字', description: '按得分率从高到低的全市名次；得分率相同的并列，下一名次跳过（1、2、2、4）。一套评估办法内，得分率的顺序就是总分的顺序。' },
  { path: 'reports[].districtRank', label: '区内名次', type: '数字', description: '在所在区内的名次，排法同上。' },
  { path: 'reports[].reportId', label: '报告编号', type: '文字', description: '报告的固定编号，与 reports.json 的 id 对应。' },
  ...reportFieldsUnder('reports[].', ['title', 'url', 'station.id', 'station.name', 'station.district']),
  { path: 'reports[].rules', label: '评估办法', type: '文字', description: '这份报告所依据的评估办法编号。' },
  { path: 'reports[].total', label: '总分', type: '数字', unit: '分', twoDecimals: true, description: '报告的总分（与 reports.json 的 scores.total 相同）。' },
  { path: 'reports[].totalMax', label: '满分', type: '数字', unit: '分', twoDecimals: true, description: '这份报告的评估办法的满分。' },
  { path: 'reports[].share', label: '得分率', type: '数字', unit: '%', twoDecimals: true, description: '总分 ÷ 满分 × 100%，保留两位小数；名次按它（未四舍五入的值）排。' },
  { path: 'reports[].grade', label: '等级', type: '文字', description: '评估等级。' },
  { path: 'reports[].parties[].id', label: '评估方编号', type: '文字', description: '评估方在评估办法中的编号，如 purchaser。' },
  { path: 'reports[].parties[].name', label: '评估方', type: '文字', description: '评估方的简称，如 购买方。' },
  { path: 'reports[].parties[].points', label: '得分', type: '数字', unit: '分', twoDecimals: true, description: '该方的评估得分。' },
  { path: 'reports[].parties[].max', label: '该方满分', type: '数字', unit: '分', twoDecimals: true, description: '该方在评估办法中的满分。' },
  { path: 'reports[].retention.rate', label: '稳岗率', type: '数字', unit: '%', twoDecimals: true, description: '与 reports.json 的 staffing.retention.rate 相同。' },
  { path: 'reports[].retention.met', label: '稳岗率达标', type: '是/否', nullable: true, description: '稳岗率不低于评估办法的要求时为“是”；办法没有要求时为空。' },
  { path: 'reports[].belowTarget', label: '未达标指标数', type: '数字', unit: '项', description: '完成率未达到评估办法要求的服务指标项数。' },
];

/** Columns of /data/reports.csv: one row per report. Each names the JSON field it comes from. */
export const REPORT_SUMMARY_COLUMNS: readonly string[] = [
  'id',
  'title',
  'station.name',
  'station.district',
  'station.street',
  'serviceYear',
  'stage',
  'evaluationDate',
  ...partyScoreFields().map((f) => f.path),
  'scores.total',
  'scores.grade',
  'staffing.retention.rate',
  'url',
  'downloads.json',
  'downloads.csv',
];

/** Columns of /data/stations.csv: one row per station; lists are joined with “；”. */
export const STATION_CSV_COLUMNS: readonly { label: string; path: string; get: (s: StationRecord) => Cell }[] = [
  { label: '社工站编号', path: 'id', get: (s) => s.id },
  { label: '社工站名称', path: 'name', get: (s) => s.name },
  { label: '区', path: 'district', get: (s) => s.district },
  { label: '街道', path: 'street', get: (s) => s.street },
  { label: '承办机构', path: 'operator.name', get: (s) => s.operator.name },
  { label: '服务地址', path: 'sites[].fullAddress', get: (s) => s.sites.map((x) => x.fullAddress).join('；') },
  { label: '服务社区', path: 'zones[].communities[]', get: (s) => s.zones.flatMap((z) => z.communities).join('；') },
  { label: '热线名称', path: 'hotline.name', get: (s) => s.hotline.name },
  {
    label: '热线号码',
    path: 'hotline.lines[].number',
    get: (s) => s.hotline.lines.flatMap((l) => (l.number ? [`${l.number}（${l.kind}）`] : [])).join('；'),
  },
  { label: '社工站页面', path: 'url', get: (s) => s.url },
  { label: '评估报告', path: 'reports[]', get: (s) => s.reports.join('；') },
];

const byPath = (docs: readonly FieldDoc[]) => new Map(docs.map((d) => [d.path, d]));
export const REPORT_FIELD_BY_PATH = byPath(REPORT_FIELDS);
export const STATION_FIELD_BY_PATH = byPath(STATION_FIELDS);

/** A cell as the CSV prints it: scores and rates with two decimals, the rest as they are. */
export function csvValue(value: unknown, doc: FieldDoc | undefined): Cell {
  if (typeof value === 'number' && doc?.twoDecimals) return formatHundredths(toHundredths(value));
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') return JSON.stringify(value);
  return value as Cell;
}

/** The value at a dotted path (no lists). */
export function valueAt(record: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), record);
}

/** The CSV header label of a column: its Chinese label. */
export function columnLabel(path: string, docs: Map<string, FieldDoc>): string {
  return docs.get(path)?.label ?? path;
}

/** The figures of the overview files (/data/overview/<year>.csv), as the 数字 column names them. */
export const OVERVIEW_FIGURES = {
  grade: '等级社工站数',
  total: '总分分布',
  retention: '稳岗率',
  party: '评估方平均得分率',
  indicator: '指标未达标社工站数',
} as const;

/** The columns of the overview CSV, one figure a row; /data/ prints this list. */
export const OVERVIEW_CSV_COLUMNS: readonly { label: string; description: string }[] = [
  { label: '服务年度', description: '一轮评估的服务年度，如 2023-2024。' },
  { label: '阶段', description: '中期或末期。' },
  { label: '范围', description: '“全市”，或一个区（只用于等级社工站数）。' },
  {
    label: '数字',
    description: `${Object.values(OVERVIEW_FIGURES).join('、')}。总分分布在这一轮的报告满分相同时为分数，否则为总分占满分的比例（%）；评估方平均得分率为该方给分占该方满分的比例的平均。`,
  },
  { label: '项目', description: '等级名、统计量（最低、下四分位数、中位数、上四分位数、最高）、达到要求 / 未达到要求 / 没有要求、评估方名或指标名。' },
  { label: '数值', description: '这一项的数：社工站数，或分数、百分比（两位小数）。' },
  { label: '单位', description: '个、分或 %。' },
  { label: '报告数', description: '这个数所依据的报告份数（这一范围、这一轮中有该项的报告）。' },
  { label: '报告编号', description: '这个数所指的报告的编号，以空格分隔（统计量只在最低、最高两行列出）；可在 reports.json 中查到每份报告。' },
];
