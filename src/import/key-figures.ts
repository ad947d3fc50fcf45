/**
 * Other figures the findings state (volunteers, resources, publicity, the hotline, party members,
 * community work), each with its label in the report's words, its unit, a bound (超过 / 余) and the zone
 * it is about. They are read from the positive findings of 六、（二）1 and 六、（三）, clause by clause;
 * a clause that repeats an indicator, a population count or a percentage is not a key figure. Pure.
 */
import { LEAD } from './labels.ts';
import { lineAt, type Paragraph } from './text.ts';

export type Theme = '志愿服务' | '资源筹集' | '宣传' | '热线' | '党建' | '社区服务';

export interface ParsedKeyFigure {
  theme: Theme;
  label: string;
  value: string;
  unit: string;
  qualifier?: '超过' | '余';
  scope?: string;
  line: number;
  /** The clause the label was read from, for the table. */
  source: string;
}

const UNIT = '万元|元|人次|人|个|支|篇|面|条|名|场|次|户|份|期|节';
const CN_DIGITS: Record<string, number> = { 百: 100, 千: 1000, 一百: 100, 一千: 1000, 两百: 200, 二百: 200, 三百: 300 };
/** Words before a label that are not part of it: connectives, the subject, lead-ins (labels.ts), 积极, 通过, 在. */
const FILLER = new RegExp(`^(?:其中|同时|另外|此外)?(?:片区|社工站)?${LEAD}(?:积极)?${LEAD}(?:通过|在)?`);

function theme(label: string, unit: string): Theme {
  if (/志愿/.test(label)) return '志愿服务';
  if (/党员|党组织/.test(label)) return '党建';
  if (/热线|电话/.test(label)) return '热线';
  if (/推文|视频|报道|论文|锦旗|宣传/.test(label)) return '宣传';
  if (/微心愿|折合人民币|慈善|筹集|募集|资源/.test(label) || /元$/.test(unit)) return '资源筹集';
  return '社区服务';
}

const VALUE = `(\\d+(?:\\.\\d+)?|[一二两三]?[百千])`;
/** label [超过|超] value [unit] — 资源汇集折合人民币价值超过 45 万元, 培育社区志愿者 276 人, 26 万余元. */
const LABEL_FIRST = new RegExp(`^(.*?[^\\d\\s])\\s*(超过|超)?\\s*${VALUE}\\s*(万余元|${UNIT})$`);
/** value unit label — 有 3 名社工党员, 包括16个社区活动, 开展 25 场活动. */
const VALUE_FIRST = new RegExp(`^(.*?)\\s*${VALUE}\\s*(${UNIT})\\s*(?:为)?([^\\d\\s]+)$`);

/**
 * Clauses: split at ，；。 and, between two counts, at 、 和 及 (“共开展 25 场活动、3 个小组”), but not
 * inside a label (“筹集资金、物资等折合人民币价值”). Each clause keeps its delimiter, so offsets add up.
 */
function clauses(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(/(?<=[，,；;。])/)) {
    const parts = piece.split(/(?<=[、和及])/);
    let current = '';
    parts.forEach((part, i) => {
      current += part;
      const rest = parts.slice(i + 1).join('');
      if (i < parts.length - 1 && /[\d百千]/.test(current) && /[\d百千]/.test(rest)) {
        out.push(current);
        current = '';
      }
    });
    if (current) out.push(current);
  }
  return out;
}

export function parseKeyFigures(
  p: Paragraph,
  scope: string | undefined,
  skip: (label: string, value: number, unit: string) => boolean,
  prefix = '',
): ParsedKeyFigure[] {
  const out: ParsedKeyFigure[] = [];
  let offset = 0;
  for (const clause of clauses(p.text)) {
    const at = offset;
    offset += clause.length;
    // A number inside brackets or quotes is an aside (“社工点（5 个社区）”), not a figure.
    const c = clause
      .replace(/[，,；;。、和及]$/, '')
      .replace(/（[^）]*）|\([^)]*\)|“[^”]*”/g, (m) => (/\d/.test(m) ? '' : m))
      .trim();
    if (/%|％/.test(c) || !/\d|[百千]/.test(c)) continue;
    let label: string;
    let rawValue: string;
    let unit: string;
    let qualifier: ParsedKeyFigure['qualifier'];
    const a = LABEL_FIRST.exec(c);
    const b = VALUE_FIRST.exec(c);
    if (a && !/\d/.test(a[1]!)) {
      label = a[1]!.replace(FILLER, '').replace(/(?:共计|合计|共)$/, '');
      qualifier = a[2] ? '超过' : undefined;
      rawValue = a[3]!;
      unit = a[4]!;
      if (unit === '万余元') {
        unit = '万元';
        qualifier = '余';
      }
    } else if (b && !/\d/.test(b[1]!) && !/\d/.test(b[4]!)) {
      // 其中9场为大型活动 → 其中大型活动; 共开展38场活动 → 开展活动; 有 3 名社工党员 → 社工党员.
      const lead = b[1]!.replace(/^(?:共|有|包括|开展了包括)$/, '');
      label = `${lead.replace(/^共|^开展了包括|^包括|^有/, '')}${b[4]!}`;
      rawValue = b[2]!;
      unit = b[3]!;
    } else {
      continue;
    }
    if (label === '' || label.length > 40) continue;
    const value = /^\d/.test(rawValue) ? rawValue : String(CN_DIGITS[rawValue] ?? '');
    if (value === '' || skip(label, Number(value), unit)) continue;
    const full = prefix && !label.includes(prefix) && /热线|电话/.test(`${prefix}${label}`) ? `${prefix}${label}` : label;
    out.push({
      theme: theme(full, unit),
      label: full,
      value,
      unit,
      ...(qualifier ? { qualifier } : {}),
      ...(scope ? { scope } : {}),
      line: lineAt(p, at),
      source: c,
    });
  }
  return out;
}
