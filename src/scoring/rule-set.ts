/**
 * What a rule set (one 评估办法) is, as a zod schema: the rule-set files in ./rule-sets/ are data,
 * checked against this when the registry loads them, and the types below are derived from it
 * (z.output), so the shape is written once. Like Lighthouse's category weights, the rules live in
 * data; the scoring functions take a RuleSet and know no party, maximum or band themselves.
 */
import { z } from 'astro/zod';

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s, '不是有效的日历日期');
const text = z.string().trim().min(1, '不能为空');
/** A key of the rule set's `sources`. */
const sourceRef = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, '应为 sources 中的键');
const twoDecimals = (n: number) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6;
const points = z.number().positive('应大于 0').refine(twoDecimals, '最多两位小数');

export const ruleSourceSchema = z.strictObject({
  /** The document's title as the reports quote it. */
  title: text,
  /** Its document number (文号), when it has one. */
  number: text.optional(),
  /** Where the rule is quoted in a published report. */
  quotedIn: text,
  /** The rule in the source's own words, when quoted. */
  quote: text.optional(),
});

export const partyRuleSchema = z.strictObject({
  /** Stable id, the key of the party's score in a report's `scores` (e.g. `purchaser`). */
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, '应为小写字母开头的英文 id'),
  /** Short name for tables and inputs, e.g. 购买方. */
  name: text,
  /** Full name with the body that scores, as the source words it. */
  fullName: text,
  /** The most points this party contributes to the total. */
  maxPoints: points,
  /** The scale the party itself rates on (100 for 百分制); a rating r counts r × maxPoints ÷ scale points. */
  scale: points,
  source: sourceRef,
});

export const gradeBandSchema = z.strictObject({
  /** The grade's name, e.g. 良好. */
  grade: text,
  /** Lowest total (inclusive) that earns it. */
  min: z.number().nonnegative().refine(twoDecimals, '最多两位小数'),
  /** The band as the source words it, e.g. 80 分至 90 分（不含 90 分）. */
  wording: text,
  source: sourceRef,
});

export const ruleSetSchema = z
  .strictObject({
    /** Stable id, also the file name and the `rules:` a report names, e.g. `gz-2023`. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, '只能用小写字母、数字和 -'),
    /** Name of the rule set for headings and lists. */
    title: text,
    /** The document numbers (文号) the rules come under. */
    documentNumbers: z.array(text),
    /** Reports whose service year starts in this period are scored under it; `to` null: still in force. */
    effective: z.strictObject({ from: isoDay, to: isoDay.nullable(), source: sourceRef }),
    /** The evaluating parties, in the order reports list them. */
    parties: z.array(partyRuleSchema).min(1, '至少一个评估方'),
    /** Points of a full score: the parties' maxima add up to it. */
    totalMax: points,
    /** Grade bands, highest first; the lowest starts at 0. */
    bands: z.array(gradeBandSchema).min(1, '至少一个等级'),
    /** 稳岗率 minimum in percent, or null where the rules set none. */
    staffing: z.strictObject({ retentionMinPercent: z.number().positive().max(100).nullable(), source: sourceRef.nullable() }),
    /** Completion rate (percent) at which an indicator counts as met. */
    indicatorMetPercent: z.number().positive(),
    indicatorMetSource: sourceRef,
    /** Every document a rule above cites, by key. */
    sources: z.record(sourceRef, ruleSourceSchema),
  })
  .superRefine((r, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const sum = r.parties.reduce((n, p) => n + Math.round(p.maxPoints * 100), 0);
    if (sum !== Math.round(r.totalMax * 100)) issue(['parties'], `各方满分之和 ${sum / 100} 应等于 totalMax ${r.totalMax}`);
    const ids = new Set<string>();
    r.parties.forEach((p, i) => {
      if (ids.has(p.id)) issue(['parties', i, 'id'], `评估方 id “${p.id}” 重复`);
      if (p.id === 'total' || p.id === 'grade') issue(['parties', i, 'id'], `“${p.id}” 是 scores 的保留字段`);
      ids.add(p.id);
    });
    r.bands.forEach((b, i) => {
      const prev = r.bands[i - 1];
      if (prev && !(b.min < prev.min)) issue(['bands', i, 'min'], '等级应从高到低排列，下限逐级降低');
      if (r.bands.findIndex((x) => x.grade === b.grade) !== i) issue(['bands', i, 'grade'], `等级 “${b.grade}” 重复`);
      if (b.min > r.totalMax) issue(['bands', i, 'min'], `下限 ${b.min} 超过满分 ${r.totalMax}`);
    });
    if (r.bands.at(-1)?.min !== 0) issue(['bands', r.bands.length - 1, 'min'], '最低等级的下限应为 0');
    if (r.effective.to !== null && r.effective.to < r.effective.from) issue(['effective', 'to'], '结束日期不能早于开始日期');
    if ((r.staffing.retentionMinPercent === null) !== (r.staffing.source === null)) {
      issue(['staffing', 'source'], '稳岗率要求和它的依据应同时给出或同时为 null');
    }
    const refs: [(string | number)[], string | null][] = [
      [['effective', 'source'], r.effective.source],
      [['staffing', 'source'], r.staffing.source],
      [['indicatorMetSource'], r.indicatorMetSource],
      ...r.parties.map((p, i): [(string | number)[], string] => [['parties', i, 'source'], p.source]),
      ...r.bands.map((b, i): [(string | number)[], string] => [['bands', i, 'source'], b.source]),
    ];
    for (const [path, ref] of refs) {
      if (ref !== null && !(ref in r.sources)) issue(path, `sources 中没有 “${ref}”`);
    }
  });

export type RuleSet = z.output<typeof ruleSetSchema>;
export type PartyRule = RuleSet['parties'][number];
export type GradeBand = RuleSet['bands'][number];
export type RuleSource = z.output<typeof ruleSourceSchema>;
/** A party's id: any id a rule set defines (supervisor, purchaser …). */
export type PartyId = PartyRule['id'];
/** A grade's name as a rule set words it (优秀, 良好 …). */
export type GradeName = GradeBand['grade'];

/** Check one rule-set file's contents; the error names the file and every bad field. */
export function parseRuleSet(raw: unknown, file: string): RuleSet {
  const checked = ruleSetSchema.safeParse(raw);
  if (!checked.success) {
    const lines = checked.error.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`评估规则文件校验失败：\n${lines.join('\n')}`);
  }
  const expected = file.replace(/^.*\//, '').replace(/\.json$/, '');
  if (checked.data.id !== expected) throw new Error(`评估规则文件校验失败：\n${file}: id: 应与文件名一致（“${expected}”），现为 “${checked.data.id}”`);
  return checked.data;
}
