/**
 * Every frontmatter figure, read from where the template prints it, with the source line. Nothing is
 * guessed: a figure not found becomes a marker (Draft.missing), one failing the build's own checks a
 * marker naming both values (Draft.failed). Derived numbers (targets, posts) are marked as derived. Pure.
 */
import { printedRate, ratePrints, statedUnits, type Decimals } from '../reports/printed-rate.ts';
import { deriveWhole, otherFits } from './derive.ts';
import { Draft, int, num, type Path } from './draft.ts';
import type { ReportText } from './document.ts';
import { indicatorKey, parseIndicators } from './indicators.ts';
import { parseKeyFigures, type ParsedKeyFigure } from './key-figures.ts';
import { matchRuleSet, readStatedRules, type MatchableRuleSet } from './rule-sets.ts';
import { blocks as toBlocks, blockTexts, type Block } from './structure.ts';
import { lineAt, type Paragraph } from './text.ts';

const DATE = String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`;
const N = String.raw`(\d+(?:\.\d+)?)`;
const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
const CN_COUNT: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

interface Hit {
  m: RegExpExecArray;
  para: Paragraph;
  line: number;
}

export interface Extraction<R extends MatchableRuleSet> {
  draft: Draft;
  blocks: Block[];
  ruleSet: R | null;
  /** Why the report cannot be imported at all (not a report, no rule set matches …). */
  fatal: string | null;
}

export function extractFigures<R extends MatchableRuleSet>(text: ReportText, ruleSets: readonly R[]): Extraction<R> {
  const draft = new Draft();
  const blocks = toBlocks(text.body);
  const all = text.body;
  const find = (re: RegExp, where: readonly Paragraph[] = all): Hit | null => {
    for (const para of where) {
      const m = re.exec(para.text);
      if (m) return { m, para, line: lineAt(para, m.index) };
    }
    return null;
  };
  /** Paragraphs of the sections whose heading matches. */
  const under = (heading: RegExp): Paragraph[] =>
    blocks.filter((b) => b.section.some((s) => heading.test(s))).flatMap((b) => blockTexts(b).map((t) => t.para));
  const setNum = (path: Path, hit: Hit | null, group: number, what: string) => {
    if (hit?.m[group] !== undefined) draft.set(path, num(hit.m[group]), hit.line);
    else draft.missing(path, what);
  };

  // --- Cover --------------------------------------------------------------------------------------
  const title = text.title?.text ?? '';
  const stage = /中期|末期/.exec(title)?.[0];
  if (!text.title || !stage || !/社工服务站|社工站/.test(title)) {
    return { draft, blocks, ruleSet: null, fatal: '这不是一份评估报告：第一行应为报告标题，如“广州市××街社工服务站 末期评估报告”' };
  }
  if (blocks.filter((b) => b.kind === 'heading' && b.level === 2).length < 3) {
    return { draft, blocks, ruleSet: null, fatal: '这不是一份按模板写的评估报告：找不到“一、社工站基本情况”等章节标题' };
  }
  draft.set(['title'], title, text.title.line);
  const stationName = /^(.*?社工服务站)/.exec(title)?.[1] ?? title;
  draft.set(['stage'], stage, text.title.line);

  const coverField = (label: string) => {
    const f = text.cover.find((c) => new RegExp(`^${label}[：:]`).test(c.text));
    return f ? { value: f.text.replace(new RegExp(`^${label}[：:]\\s*`), ''), line: f.line } : null;
  };
  for (const [key, label] of [
    ['supervisor', '项目监督方'],
    ['purchaser', '项目购买方'],
    ['operator', '项目承办方'],
    ['evaluator', '项目评估方'],
  ] as const) {
    const f = coverField(label);
    if (f) draft.set(['parties', key], f.value, f.line);
    else draft.missing(['parties', key], `封面的“${label}”`);
  }

  // --- 一、社工站基本情况 ----------------------------------------------------------------------------
  const basics = under(/^一、/);
  const sites = find(/(?:分别)?位于(.+?)，\s*自/, basics) ?? find(/(?:分别)?位于(.+?)[，。]/, basics);
  if (sites) {
    sites.m[1]!.split('、').forEach((address, i) => draft.set(['sites', i, 'address'], address.trim(), sites.line));
  } else draft.missing(['sites'], '服务地址（“分别位于…”）');
  const since = find(/自\s*(\d{4})\s*年起由(.+?)承接运营/, basics);
  if (since) {
    draft.set(['operatingSince'], num(since.m[1]!), since.line);
    const op = draft.get(['parties', 'operator']);
    if (typeof op === 'string' && op !== since.m[2]!.trim()) {
      draft.failed(['parties', 'operator'], `封面写项目承办方“${op}”，一、社工站基本情况写“${since.m[2]!.trim()}”`, since.line);
    }
  }
  const agreement = find(new RegExp(`协议期(?:是|自|为)?\\s*${DATE}\\s*至\\s*${DATE}`));
  if (agreement) {
    const [, y1, m1, d1, y2, m2, d2] = agreement.m as unknown as string[];
    draft.set(['agreementPeriod', 'start'], iso(y1!, m1!, d1!), agreement.line);
    draft.set(['agreementPeriod', 'end'], iso(y2!, m2!, d2!), agreement.line);
    if (Number(y2) === Number(y1) + 1) draft.set(['serviceYear'], `${y1}-${y2}`, agreement.line, 'derived', '服务协议期的起止年份');
    else draft.missing(['serviceYear'], '跨相邻两年的服务协议期', agreement.line);
  } else {
    draft.missing(['serviceYear'], '服务协议期（确定服务年度）');
    draft.missing(['agreementPeriod'], '服务协议期（“服务协议期自…至…”）');
  }
  setNum(['fundingWanYuan'], find(new RegExp(`服务经费(?:为|是)?\\s*${N}\\s*万元`), basics), 1, '年度项目服务经费（“…万元”）');
  const model = find(/按照“([^”]+)”模式/, basics);
  if (model) draft.set(['serviceModel'], model.m[1], model.line);

  // --- Dates ----------------------------------------------------------------------------------------
  const evalDate = coverField('评估日期');
  const evalDateM = evalDate && new RegExp(DATE).exec(evalDate.value);
  const onSite = find(new RegExp(`于\\s*${DATE}\\s*到.*?进行现场评估`));
  if (evalDateM) draft.set(['evaluationDate'], iso(evalDateM[1]!, evalDateM[2]!, evalDateM[3]!), evalDate.line);
  else if (onSite) draft.set(['evaluationDate'], iso(onSite.m[1]!, onSite.m[2]!, onSite.m[3]!), onSite.line);
  else draft.missing(['evaluationDate'], '评估日期');
  const signed = text.signature.at(-1);
  const signedM = signed && new RegExp(DATE).exec(signed.text);
  if (signedM) draft.set(['reportDate'], iso(signedM[1]!, signedM[2]!, signedM[3]!), signed.line);
  else draft.missing(['reportDate'], '报告末尾评估方署名下的日期');
  const period = find(new RegExp(`考核期为?\\s*${DATE}\\s*至\\s*${DATE}[，,]\\s*共计\\s*${N}\\s*个考核月份`));
  if (period) {
    const g = period.m as unknown as string[];
    draft.set(['evaluationPeriod', 'start'], iso(g[1]!, g[2]!, g[3]!), period.line);
    draft.set(['evaluationPeriod', 'end'], iso(g[4]!, g[5]!, g[6]!), period.line);
    draft.set(['evaluationPeriod', 'months'], num(g[7]!), period.line);
  } else draft.missing(['evaluationPeriod'], '评估考核期（“本次评估考核期为…至…，共计…个考核月份”）');

  // --- Zones ----------------------------------------------------------------------------------------
  const zoneItems = blocks.flatMap((b) => (b.kind === 'list' && !b.ordered ? b.items : []));
  let zi = 0;
  for (const item of zoneItems) {
    const z = /^(.+?片区)[：:](.+?)[；;。]?$/.exec(item.text);
    if (!z) continue;
    draft.set(['zones', zi, 'name'], z[1], item.para.line);
    draft.set(['zones', zi, 'communities'], z[2]!.split('、').map((c) => c.trim()), item.para.line);
    zi++;
  }
  const zoneCount = find(/划分了\s*(\d+)\s*个片区/);
  if (zi === 0) draft.missing(['zones'], '片区及其社区（“东片区：…社区、…社区；”）');
  else if (zoneCount && Number(zoneCount.m[1]) !== zi) {
    draft.failed(['zones'], `报告写划分了 ${zoneCount.m[1]} 个片区，列出的片区有 ${zi} 个`, zoneCount.line);
  }

  // --- Hotline --------------------------------------------------------------------------------------
  const hot = find(/条热线(?:是)?(?:社工站)?(?:座机|手机)/);
  if (hot) {
    const name = /“([^”]+)”热线/.exec(hot.para.text)?.[1];
    if (name) draft.set(['hotline', 'name'], name, hot.line);
    else draft.missing(['hotline', 'name'], '热线名称（““红棉守护”热线”）', hot.line);
    const daily = /日常的?\s*(\d+)\s*小时热线服务/.exec(hot.para.text);
    const PHONE = /(?<![\d-])(0\d{2,3}[- ]?\d{3,4}\s?\d{4}|1[3-9]\d[- ]?\d{4}[- ]?\d{4})(?![\d-])/g;
    const lines: { kind: string; hours: string | null; number: string | null; problem?: string }[] = [];
    for (const clause of hot.para.text.split(/[，,；;。]/)) {
      const l = /(?:其中)?([一两二三四五六\d]+)\s*条热线(?:是)?(?:社工站)?(座机|手机)\s*([^（(]*)/.exec(clause);
      if (!l) continue;
      const count = /\d/.test(l[1]!) ? Number(l[1]) : (CN_COUNT[l[1]!] ?? 0);
      // A number printed in the line's own clause is that line's; never one guessed or borrowed.
      const phones = [...clause.matchAll(PHONE)].map((m) => m[1]!);
      const own = l[3]!.replace(PHONE, '').trim();
      const hours = own !== '' ? own : daily ? `日常 ${daily[1]} 小时热线服务` : null;
      for (let i = 0; i < count; i++) {
        const problem = phones.length > 0 && phones.length !== count ? `这句印了 ${phones.length} 个号码、${count} 条热线，无法对应` : undefined;
        lines.push({ kind: l[2]!, hours, number: phones.length === count ? phones[i]! : null, ...(problem ? { problem } : {}) });
      }
    }
    lines.forEach((line, i) => {
      draft.set(['hotline', 'lines', i, 'kind'], line.kind, hot.line);
      if (line.hours) draft.set(['hotline', 'lines', i, 'hours'], line.hours, hot.line);
      else draft.missing(['hotline', 'lines', i, 'hours'], `第 ${i + 1} 条热线的服务时间`, hot.line);
      if (line.problem) draft.failed(['hotline', 'lines', i, 'number'], line.problem, hot.line);
      else if (line.number) draft.set(['hotline', 'lines', i, 'number'], line.number, hot.line);
      else draft.set(['hotline', 'lines', i, 'number'], null, hot.line, 'missing', '报告未印号码：写 null，不猜');
    });
  } else draft.missing(['hotline'], '热线（“其中两条热线是社工站座机，一条热线手机…”）');
  const party = find(/有\s*(\d+)\s*名社工党员/);
  if (party) draft.set(['partyMembers'], num(party.m[1]!), party.line);

  // --- Rules and scores (二、（五） and 七、) --------------------------------------------------------
  const rulesText = under(/评估结果说明/);
  const stated = readStatedRules(rulesText.length ? rulesText : all);
  const match = matchRuleSet(stated, ruleSets);
  if (!match.ok) return { draft, blocks, ruleSet: null, fatal: match.message };
  const rules = match.ruleSet;
  const results = under(/^七、/);
  const scoreOrder: string[] = [];
  for (const p of results) {
    for (const m of p.text.matchAll(new RegExp(`(\\S+?)评估\\s*得分[：:]\\s*${N}\\s*分`, 'g'))) {
      const id = match.partyOf(m[1]!.replace(/^\d+[.．]\s*/, ''));
      if (!id) continue;
      scoreOrder.push(id);
      draft.set(['scores', id], num(m[2]!), lineAt(p, m.index));
    }
  }
  for (const party of rules.parties) {
    const value = draft.get(['scores', party.id]);
    if (value === undefined) draft.missing(['scores', party.id], `七、评估结果中的${party.name}评估得分`);
  }
  const total = find(new RegExp(`总得分[：:]\\s*${N}\\s*分`), results);
  setNum(['scores', 'total'], total, 1, '总得分');
  const grade = find(/等级[：:]\s*(优秀|良好|合格|不合格)/, results);
  if (grade) draft.set(['scores', 'grade'], grade.m[1], grade.line);
  else draft.missing(['scores', 'grade'], '等级');
  checkScores(draft, rules, total?.line ?? null, grade?.line ?? null);

  // --- Staffing ---------------------------------------------------------------------------------------
  const staff = find(/共配备\s*(\d+)\s*名持证社工[，,]\s*(\d+)\s*名非持证社工[，,]\s*共计\s*(\d+)\s*名社工/);
  setNum(['staffing', 'certifiedStaff'], staff, 1, '持证社工人数（“共配备…名持证社工”）');
  setNum(['staffing', 'uncertifiedStaff'], staff, 2, '非持证社工人数');
  setNum(['staffing', 'totalStaff'], staff, 3, '社工总数（“共计…名社工”）');
  if (staff && Number(staff.m[1]) + Number(staff.m[2]) !== Number(staff.m[3])) {
    draft.failed(['staffing', 'totalStaff'], `共计 ${staff.m[3]} 名，持证与非持证之和为 ${Number(staff.m[1]) + Number(staff.m[2])}`, staff.line);
  }
  const optional = (path: Path, re: RegExp) => {
    const h = find(re);
    if (h) draft.set(path, num(h.m[1]!), h.line);
  };
  optional(['staffing', 'intermediateCertified'], /(\d+)\s*人持中级社工师证/);
  optional(['staffing', 'assistantCertified'], /(\d+)\s*人持助理社工师证/);
  optional(['staffing', 'experiencedStaff'], /共有\s*(\d+)\s*名社工(?:均)?为从业\s*2\s*年以上/);
  optional(['staffing', 'leaderChanges'], /曾\s*(\d+)\s*次变更项目负责人/);

  const retention = find(new RegExp(`(\\d+)\\s*名社工持续稳定在岗[，,]\\s*(?:人员)?稳岗率为\\s*${N}\\s*%`));
  if (retention) {
    const stable = Number(retention.m[1]);
    const rateText = retention.m[2]!;
    draft.set(['staffing', 'retention', 'stableStaff'], num(retention.m[1]!), retention.line);
    const printedPosts = find(/应配备\s*(\d+)\s*名社工|(\d+)\s*个(?:社工)?岗位/);
    const decimals = (rateText.split('.')[1]?.length ?? 0) as Decimals;
    if (printedPosts) {
      const posts = Number(printedPosts.m[1] ?? printedPosts.m[2]);
      draft.set(['staffing', 'retention', 'requiredPosts'], int(posts), printedPosts.line);
      if (!ratePrints(stable, posts, Number(rateText), decimals)) {
        draft.failed(['staffing', 'retention', 'statedRate'], `稳岗率报告写 ${rateText}%，${stable} / ${posts} 为 ${(printedRate(stable, posts, 2) / 100).toFixed(2)}%`, retention.line);
      } else draft.set(['staffing', 'retention', 'statedRate'], num(rateText), retention.line);
    } else {
      const d = deriveWhole(stable, Number(rateText), decimals);
      if (d.value === null || d.needsPrecision) {
        draft.failed(['staffing', 'retention', 'requiredPosts'], `没有整数岗位数能使 ${stable} 名的稳岗率为 ${rateText}%`, retention.line);
      } else {
        draft.set(['staffing', 'retention', 'requiredPosts'], int(d.value), retention.line, 'derived', otherFits(d) ?? `报告未印岗位数：${stable} / ${d.value} = ${rateText}%`);
        draft.set(['staffing', 'retention', 'requiredPostsDerived'], true, null, 'derived');
        draft.comments.set('staffing.retention.requiredPosts', `Not printed: ${d.value} is the number of posts that gives the stated ${rateText}% (${stable} / ${d.value}).`);
      }
      draft.set(['staffing', 'retention', 'statedRate'], num(rateText), retention.line);
    }
  } else draft.missing(['staffing', 'retention'], '稳岗率（“…名社工持续稳定在岗，人员稳岗率为…%”）');

  const attendance = (path: 'attendance' | 'certifiedAttendance', who: string, re: RegExp, required: boolean) => {
    const h = find(re);
    if (!h) {
      if (required) draft.missing(['staffing', path], `${who}到岗人次（“应到岗…人次，实到岗…人次，超配…人次”）`);
      return;
    }
    const [, expected, actual, kind, amount] = h.m as unknown as string[];
    draft.set(['staffing', path, 'expected'], num(expected!), h.line);
    draft.set(['staffing', path, 'actual'], num(actual!), h.line);
    const surplus = kind === '缺岗' ? -Number(amount) : Number(amount);
    const computed = Math.round((Number(actual) - Number(expected)) * 100) / 100;
    if (surplus !== computed) draft.failed(['staffing', path, 'statedSurplus'], `报告写${kind} ${amount} 人次，实到岗 − 应到岗为 ${computed}`, h.line);
    else draft.set(['staffing', path, 'statedSurplus'], kind === '缺岗' ? num(`-${amount}`) : num(amount!), h.line, 'printed', kind === '缺岗' ? `缺岗 ${amount} 人次，记为 −${amount}` : undefined);
  };
  const ATT = String.raw`应到岗\s*${N}\s*人次[，,]\s*实到岗\s*${N}\s*人次[，,]\s*(超配|缺岗)\s*${N}\s*人次`;
  attendance('attendance', '社工', new RegExp(`(?<!持证)社工${ATT}`), true);
  attendance('certifiedAttendance', '持证社工', new RegExp(`持证社工${ATT}`), false);
  const exp = find(new RegExp(`从业\\s*2\\s*年以上社工累计到岗人次为\\s*${N}\\s*人次[，,]\\s*占社工总到岗人次的\\s*${N}\\s*%`));
  if (exp) {
    draft.set(['staffing', 'experiencedAttendance', 'personMonths'], num(exp.m[1]!), exp.line);
    const actual = Number((draft.get(['staffing', 'attendance', 'actual']) as { value?: number } | undefined)?.value);
    const d = (exp.m[2]!.split('.')[1]?.length ?? 0) as Decimals;
    if (Number.isFinite(actual) && !ratePrints(Number(exp.m[1]), actual, Number(exp.m[2]), d)) {
      draft.failed(['staffing', 'experiencedAttendance', 'statedShare'], `报告写占比 ${exp.m[2]}%，${exp.m[1]} / ${actual} 为 ${(printedRate(Number(exp.m[1]), actual, 2) / 100).toFixed(2)}%`, exp.line);
    } else draft.set(['staffing', 'experiencedAttendance', 'statedShare'], num(exp.m[2]!), exp.line);
  }

  // --- Indicators ---------------------------------------------------------------------------------------
  const indicatorPara = under(/服务指标完成情况/).find((p) => /完成(?:协议)?指标量的/.test(p.text));
  const indicatorNames = new Set<string>();
  if (!indicatorPara) draft.missing(['indicators'], '服务指标完成情况（“…分别完成协议指标量的 x%，y%”）');
  else {
    const { rows, problems } = parseIndicators(indicatorPara);
    const keys = new Set<string>();
    rows.forEach((row, i) => {
      const key = indicatorKey(row.name, keys);
      keys.add(key);
      indicatorNames.add(row.name);
      if (row.group) indicatorNames.add(row.group);
      const at = (f: string) => ['indicators', i, f];
      draft.set(at('key'), key, row.line, 'derived', '按指标名称');
      draft.set(at('name'), row.name, row.line);
      if (row.group) draft.set(at('group'), row.group, row.line);
      draft.set(at('unit'), row.unit, row.line);
      draft.set(at('completed'), num(row.completed), row.line);
      const rate = row.rate!;
      if ((rate.split('.')[1]?.length ?? 0) > 2) {
        draft.failed(at('statedRate'), `完成率 ${rate}% 超过两位小数`, row.rateLine);
        return;
      }
      draft.set(at('statedRate'), num(rate), row.rateLine);
      const d = deriveWhole(Number(row.completed), Number(rate), row.decimals);
      if (d.value === null) {
        draft.failed(at('target'), `没有整数指标量能使完成量 ${row.completed} 的完成率为 ${rate}%`, row.rateLine);
        return;
      }
      draft.set(at('target'), int(d.value), row.rateLine, 'derived', otherFits(d) ?? `${row.completed} / ${d.value} = ${rate}%`);
      draft.set(at('targetDerived'), true, null, 'derived');
      if (d.needsPrecision) draft.set(at('statedDecimals'), row.decimals, row.rateLine, 'printed', `报告只印 ${row.decimals} 位小数`);
    });
    problems.forEach((p, i) => draft.failed(['indicators', rows.length + i], p.message, p.line));
    if (rows.length === 0 && problems.length === 0) draft.missing(['indicators'], '服务指标的完成量和完成率');
  }

  // --- Population -------------------------------------------------------------------------------------
  const pop = find(/辖内有(.+?)[，,]\s*去重之后[^，,]*?合计\s*(\d+)\s*人(?:[，,]\s*其中超过\s*60\s*岁的有\s*(\d+)\s*人)?/);
  if (pop) {
    pop.m[1]!.split(/[、，,]/).forEach((part, i) => {
      const c = /^(.+?)\s*(\d+)\s*人$/.exec(part.trim());
      if (c) {
        draft.set(['population', 'categories', i, 'name'], c[1], pop.line);
        draft.set(['population', 'categories', i, 'count'], num(c[2]!), pop.line);
      } else draft.failed(['population', 'categories', i], `读不出人数：“${part}”`, pop.line);
    });
    draft.set(['population', 'deduplicatedTotal'], num(pop.m[2]!), pop.line);
    if (pop.m[3]) draft.set(['population', 'over60'], num(pop.m[3]), pop.line);
  }

  // --- Key figures --------------------------------------------------------------------------------------
  const hotlineName = draft.get(['hotline', 'name']);
  const popTotal = pop ? Number(pop.m[2]) : NaN;
  const categories = pop ? pop.m[1]!.split(/[、，,]/).map((c) => c.replace(/\s*\d+\s*人$/, '').trim()) : [];
  const endsWithAny = (label: string, names: Iterable<string>) => [...names].some((n) => n !== '' && label.endsWith(n));
  // Not key figures: indicators and population counts printed again, communities covered, ages.
  const skip = (label: string, value: number, unit: string) =>
    endsWithAny(label, indicatorNames) ||
    (unit === '人' && endsWithAny(label, categories)) ||
    (/困难群众|特殊群体/.test(label) && value === popTotal) ||
    /社区$/.test(label) ||
    /岁/.test(label);
  const figures: ParsedKeyFigure[] = [];
  for (const b of blocks) {
    if (b.kind !== 'findings' || b.tone !== 'positive') continue;
    const where = b.section.join('');
    const scoped = /各社工点服务开展情况/.test(where);
    if (!scoped && !/项目执行与服务成效/.test(where)) continue;
    const zoneHeading = scoped ? b.section[2] : undefined;
    const scope = zoneHeading ? zoneScope(zoneHeading) : undefined;
    for (const item of b.items) {
      const prefix = typeof hotlineName === 'string' && item.text.includes(`“${hotlineName}”热线`) ? `“${hotlineName}”热线` : '';
      figures.push(...parseKeyFigures(item.para, scope, skip, prefix));
    }
  }
  const themeOrder = ['志愿服务', '资源筹集', '宣传', '热线', '党建', '社区服务'];
  figures
    .map((f, i) => ({ f, i }))
    .sort((a, b) => themeOrder.indexOf(a.f.theme) - themeOrder.indexOf(b.f.theme) || a.i - b.i)
    .forEach(({ f }, i) => {
      const at = (k: string) => ['keyFigures', i, k];
      draft.set(at('theme'), f.theme, f.line, 'derived', '按标签归类');
      draft.set(at('label'), f.label, f.line);
      draft.set(at('value'), num(f.value), f.line, 'printed', /^\d/.test(f.value) ? undefined : '报告以汉字写数');
      draft.set(at('unit'), f.unit, f.line);
      if (f.qualifier) draft.set(at('qualifier'), f.qualifier, f.line);
      if (f.scope) draft.set(at('scope'), f.scope, f.line);
    });

  // Optional fields the report does not state are left out, and the table says so.
  const OPTIONAL: [Path, string][] = [
    [['operatingSince'], '承接运营起始年'],
    [['serviceModel'], '服务模式'],
    [['partyMembers'], '社工党员人数'],
    [['staffing', 'intermediateCertified'], '中级社工师证人数'],
    [['staffing', 'assistantCertified'], '助理社工师证人数'],
    [['staffing', 'experiencedStaff'], '从业 2 年以上社工人数'],
    [['staffing', 'leaderChanges'], '变更项目负责人次数'],
    [['staffing', 'certifiedAttendance'], '持证社工到岗人次'],
    [['staffing', 'experiencedAttendance'], '从业 2 年以上社工到岗人次'],
    [['population'], '困难群众和特殊群体人数'],
    [['keyFigures'], '其他数字（志愿者、资源、宣传等）'],
  ];
  for (const [path, what] of OPTIONAL) draft.absent(path, what);

  // Identity last: the station id needs the station's name (resolved by the caller).
  draft.set(['station'], stationName, text.title.line, 'derived', '社工站 id 由导入程序按名称生成');
  return { draft, blocks, ruleSet: rules, fatal: null };
}

/** “1. 东片区社工点服务情况（桂花苑社区、花果山社区）” → 东片区（桂花苑社区、花果山社区）; “3. 西片区社工点服务” → 西片区. */
function zoneScope(heading: string): string | undefined {
  const m = /^\d+[.．]\s*(.+?片区)[^（(]*([（(].+[）)])?$/.exec(heading);
  if (!m) return undefined;
  return `${m[1]}${m[2] ? m[2].replace(/^\(/, '（').replace(/\)$/, '）') : ''}`;
}

/** The build's score checks, with the matched rule set: each within its maximum, total = sum, grade of total. */
function checkScores(draft: Draft, rules: MatchableRuleSet & { bands: readonly { grade: string; min: number }[] }, totalLine: number | null, gradeLine: number | null): void {
  const hundredths = (v: unknown) => (v && typeof v === 'object' && 'value' in v ? Math.round(Number((v as { value: number }).value) * 100) : NaN);
  let sum = 0;
  let complete = true;
  for (const party of rules.parties) {
    const h = hundredths(draft.get(['scores', party.id]));
    if (!Number.isFinite(h)) {
      complete = false;
      continue;
    }
    if (h > party.maxPoints * 100) {
      const row = draft.rows.find((r) => r.field === `scores.${party.id}`);
      draft.failed(['scores', party.id], `${party.name}得分 ${(h / 100).toFixed(2)} 超过该方满分 ${party.maxPoints} 分`, row?.line ?? null);
      complete = false;
    }
    sum += h;
  }
  const total = hundredths(draft.get(['scores', 'total']));
  if (!complete || !Number.isFinite(total)) return;
  if (total !== sum) {
    draft.failed(['scores', 'total'], `总得分报告写 ${(total / 100).toFixed(2)}，四方得分之和为 ${(sum / 100).toFixed(2)}`, totalLine);
    return;
  }
  const grade = draft.get(['scores', 'grade']);
  const expected = [...rules.bands].sort((a, b) => b.min - a.min).find((b) => total >= b.min * 100)?.grade;
  if (typeof grade === 'string' && expected && grade !== expected) {
    draft.failed(['scores', 'grade'], `等级报告写 ${grade}，总分 ${(total / 100).toFixed(2)} 按规则为 ${expected}`, gradeLine);
  }
}

export { statedUnits };
