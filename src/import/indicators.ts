/**
 * 服务指标完成情况: “本年度建档 412 份，完成电访 1547 个，探访 1726 个，分别完成协议指标量的 106.46%，
 * 103.13%，102.25%；完成咨询个案 302 个，完成协议指标量的 100.67%；专业个案接案 74 个，完成 62 个，
 * 服务 447 节，分别完成 …”. Each clause between “；” lists counts and then as many rates. A count with
 * a name of its own starts an indicator (建档, 电访); one with only a verb (完成 62 个, 服务 447 节)
 * belongs to the clause's first, which then names a group (专业个案). Pure.
 */
import { pinyin } from 'pinyin-pro';
import type { Decimals } from '../reports/printed-rate.ts';
import { LEAD } from './labels.ts';
import { lineAt, type Paragraph } from './text.ts';

export interface ParsedIndicator {
  name: string;
  group?: string;
  unit: string;
  completed: string;
  rate: string | null;
  decimals: Decimals;
  line: number;
  rateLine: number | null;
  /** The words the name was read from (“本年度建档 412 份”), for the table. */
  source: string;
}

const UNITS = '人次|户次|份|个|节|场|次|人|户|篇|期|支|名|件|条';
/** “[lead-in] [verb] [lead-in] name count unit”: 本年度建档 412 份, 完成电访 1547 个, 本评估期内共建档 240 份. */
const COUNT = new RegExp(`^${LEAD}(完成|服务|开展|接案|结案)?\\s*${LEAD}([^\\d\\s，、]*?)\\s*(\\d+(?:\\.\\d+)?)\\s*(${UNITS})$`);

/** Stable keys of the template's indicators; any other gets a pinyin key. */
const KEYS: Record<string, string> = {
  建档: 'records',
  电访: 'phone-visits',
  探访: 'home-visits',
  咨询个案: 'consultation-cases',
  专业个案接案: 'cases-opened',
  专业个案完成: 'cases-closed',
  专业个案服务节数: 'case-sessions',
  专业小组: 'groups',
  专业小组节数: 'group-sessions',
  专业小组服务人次: 'group-attendance',
  大型社区活动: 'large-events',
  大型社区活动服务人次: 'large-event-attendance',
  中小型社区活动: 'small-events',
  中小型社区活动服务人次: 'small-event-attendance',
};

/** Lower-case ASCII id from Chinese text: 流花 → liuhua, 入户探访 → ruhu-tanfang. */
export function pinyinSlug(text: string, separator = ''): string {
  const words = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .map((w) => w.toLowerCase().replace(/ü/g, 'v').replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  return words.join(separator);
}

export function indicatorKey(name: string, taken: ReadonlySet<string>): string {
  let key = KEYS[name] ?? (pinyinSlug(name, '-') || 'indicator');
  if (!/^[a-z]/.test(key)) key = `i-${key}`;
  let unique = key;
  for (let n = 2; taken.has(unique); n++) unique = `${key}-${n}`;
  return unique;
}

/** The sub-count's own name: 专业个案 + 完成 → 专业个案完成; 专业小组 + 开展 … 节 → 专业小组节数. */
function subName(group: string, verb: string, unit: string): string {
  const verbPart = verb === '开展' ? '' : verb;
  const unitPart = unit === '节' ? '节数' : unit === '人次' ? '人次' : '';
  return `${group}${verbPart}${unitPart}`;
}

export interface IndicatorProblem {
  message: string;
  line: number;
}

export function parseIndicators(p: Paragraph): { rows: ParsedIndicator[]; problems: IndicatorProblem[] } {
  const rows: ParsedIndicator[] = [];
  const problems: IndicatorProblem[] = [];
  let offset = 0;
  // Sentences end with 。; clauses with ；. The closing （以上数据…） note holds no indicator.
  for (const clause of p.text.split(/(?<=[；;。])/)) {
    const start = offset;
    offset += clause.length;
    const rateAt = clause.search(/完成(?:协议)?指标量的/);
    if (rateAt < 0) continue;
    const countsText = clause.slice(0, rateAt).replace(/[，,]\s*(?:分别)?$/, '');
    const rates = [...clause.slice(rateAt).matchAll(/(\d+(?:\.(\d+))?)\s*%/g)];
    const parts: { text: string; at: number }[] = [];
    let at = 0;
    for (const piece of countsText.split(/[，,、]/)) {
      parts.push({ text: piece.trim(), at: start + at });
      at += piece.length + 1;
    }
    const counts = parts.map((part) => ({ part, m: COUNT.exec(part.text) })).filter((x) => x.m);
    if (counts.length !== rates.length) {
      problems.push({
        message: `服务指标完成情况中这一句有 ${counts.length} 个完成量、${rates.length} 个完成率，无法一一对应：“${clause.trim()}”`,
        line: lineAt(p, start),
      });
      continue;
    }
    const headName = counts[0]?.m?.[2] ?? '';
    const hasSubs = counts.some((c, i) => i > 0 && c.m![2] === '');
    const group = hasSubs ? headName.replace(/接案$/, '') : undefined;
    counts.forEach(({ part, m }, i) => {
      const [, verb = '', own = '', completed = '', unit = ''] = m!;
      const rate = rates[i]!;
      const name = own !== '' ? (verb === '接案' ? `${own}接案` : own) : subName(group ?? headName, verb, unit);
      rows.push({
        name,
        ...(group ? { group } : {}),
        unit,
        completed,
        rate: rate[1]!,
        decimals: (rate[2]?.length ?? 0) as Decimals,
        line: lineAt(p, part.at),
        rateLine: lineAt(p, start + rateAt + (rate.index ?? 0)),
        source: part.text,
      });
    });
  }
  return { rows, problems };
}
