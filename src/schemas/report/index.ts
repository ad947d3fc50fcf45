import { z } from 'astro/zod';
import { unknownFields } from '../common.ts';
import { verifyReport } from '../../reports/verify.ts';
import { ruleSetById, type RuleSet } from '../../scoring/index.ts';
import { amount, text } from '../common.ts';
import { identityFields } from './identity.ts';
import { indicatorsField } from './indicators.ts';
import { keyFiguresField } from './key-figures.ts';
import { partiesField } from './parties.ts';
import { periodFields } from './periods.ts';
import { populationField } from './population.ts';
import { scoresField } from './scores.ts';
import { staffingField } from './staffing.ts';
import { stationFactFields } from './station-facts.ts';

/** The report's fields; `stationField` is reference('stations') in the content config, a string in tests. */
export const reportObject = <S extends z.ZodType>(stationField: S) =>
  z.object({
    ...identityFields(stationField),
    /** The rule set (评估办法) the report was scored under: a file in src/scoring/rule-sets/, e.g. `gz-2023`. */
    rules: text,
    /** The four bodies on the title page. */
    parties: partiesField,
    ...periodFields,
    ...stationFactFields,
    /** 七、评估结果. */
    scores: scoresField,
    /** 服务指标完成情况, in the report's order. */
    indicators: indicatorsField,
    /** Staffing (六、（一）). */
    staffing: staffingField,
    /** The registered vulnerable residents (困难群众和特殊群体). */
    population: populationField.optional(),
    /** Other stated figures. */
    keyFigures: keyFiguresField,
  });

/** A report's frontmatter as the schema outputs it: the one definition every report type is taken from. */
export type ReportData = z.output<ReturnType<typeof reportObject<z.ZodString>>>;

type Issue = { path: (string | number)[]; message: string };

/**
 * The checks that need the report's rule set: it exists, the report's dates lie in its effective
 * period, `scores` holds exactly its parties (each a figure) and a grade it has.
 */
export function ruleSetIssues(
  data: Pick<ReportData, 'rules' | 'scores' | 'agreementPeriod' | 'evaluationDate'>,
  lookup: (id: string) => RuleSet | undefined,
): { rules: RuleSet | null; issues: Issue[] } {
  const rules = lookup(data.rules);
  if (!rules) {
    return { rules: null, issues: [{ path: ['rules'], message: `找不到评估规则 “${data.rules}”（src/scoring/rule-sets/ 下没有 ${data.rules}.json）` }] };
  }
  const issues: Issue[] = [];
  const { from, to } = rules.effective;
  const period = to === null ? `${from} 起` : `${from} 至 ${to}`;
  const start = data.agreementPeriod.start;
  if (start < from || (to !== null && start > to)) {
    issues.push({ path: ['agreementPeriod', 'start'], message: `服务协议期开始于 ${start}，不在评估规则 ${rules.id} 的适用期（${period}）内` });
  }
  if (data.evaluationDate < from) {
    issues.push({ path: ['evaluationDate'], message: `评估日期 ${data.evaluationDate} 早于评估规则 ${rules.id} 的适用期（${period}）` });
  }
  const partyIds = new Set(rules.parties.map((p) => p.id));
  for (const party of rules.parties) {
    const value = data.scores[party.id];
    if (value === undefined) issues.push({ path: ['scores', party.id], message: `缺少${party.fullName}的评估得分（评估规则 ${rules.id}）` });
    else {
      const checked = amount.safeParse(value);
      if (!checked.success) issues.push({ path: ['scores', party.id], message: checked.error.issues[0]?.message ?? '应为数字' });
    }
  }
  for (const key of Object.keys(data.scores)) {
    if (key !== 'total' && key !== 'grade' && !partyIds.has(key)) {
      issues.push({ path: ['scores', key], message: `评估规则 ${rules.id} 没有评估方 “${key}”（应为 ${[...partyIds].join('、')}）` });
    }
  }
  const grades = rules.bands.map((b) => b.grade);
  if (!grades.includes(data.scores.grade)) {
    issues.push({ path: ['scores', 'grade'], message: `应为评估规则 ${rules.id} 的等级之一：${grades.join('、')}` });
  }
  return { rules, issues };
}

/**
 * The frontmatter of one evaluation report (content/reports/<station>/<year>-<stage>.mdx).
 * Every figure of the report is written here once; the body holds the report's text.
 * After the shape is checked, the report is checked against its rule set and every stated total,
 * grade and rate is recomputed through src/scoring under it; a mismatch fails the build naming the field.
 * `lookup` finds a rule set by id (the registry; tests add a fictional set).
 */
export function makeReportSchema<S extends z.ZodType>(stationField: S, lookup: (id: string) => RuleSet | undefined = ruleSetById) {
  const shape = reportObject(stationField);
  return z
    .any()
    // Unknown fields are rejected with the nearest known one suggested (“未知字段 fundingWan（是否应为 fundingWanYuan？）”).
    .superRefine((data, ctx) => {
      for (const u of unknownFields(shape, data)) ctx.addIssue({ code: 'custom', path: u.path, message: u.message });
    })
    .pipe(
      shape.superRefine((data, ctx) => {
        const { rules, issues } = ruleSetIssues(data, lookup);
        if (rules && issues.length === 0) issues.push(...verifyReport(data, rules));
        for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      }),
    );
}

export { reportId, STAGES, type Stage } from './identity.ts';

/**
 * Every problem of one report's frontmatter at once: unknown fields, the shape's own errors and, when the
 * shape is right, the figure checks (the schema itself stops at unknown fields before checking the shape).
 */
export function reportIssues<S extends z.ZodType>(
  stationField: S,
  data: unknown,
  lookup: (id: string) => RuleSet | undefined = ruleSetById,
): { path: PropertyKey[]; code: string; message: string }[] {
  const shape = reportObject(stationField);
  const issues: { path: PropertyKey[]; code: string; message: string }[] = unknownFields(shape, data).map((u) => ({ path: u.path, code: 'unknown-field', message: u.message }));
  const parsed = shape.safeParse(data);
  if (parsed.success) {
    const { rules, issues: ruleIssues } = ruleSetIssues(parsed.data, lookup);
    issues.push(...ruleIssues.map((i) => ({ path: i.path, code: 'custom', message: i.message })));
    if (rules && ruleIssues.length === 0) issues.push(...verifyReport(parsed.data, rules).map((i) => ({ path: i.path, code: 'custom', message: i.message })));
    return issues;
  }
  const wrong = parsed.error.issues.map((i) => ({ path: i.path, code: i.code, message: i.message }));
  issues.push(...wrong);
  // The figure checks too, on what is there, where their inputs are not themselves wrong: one build then
  // reports a misspelt field and a wrong total together.
  try {
    const raw = data as Parameters<typeof verifyReport>[0] & { rules?: unknown };
    const rules = typeof raw.rules === 'string' ? lookup(raw.rules) : undefined;
    const touches = (a: PropertyKey[], b: PropertyKey[]) => a.slice(0, b.length).every((k, i) => k === b[i]) || b.slice(0, a.length).every((k, i) => k === a[i]);
    for (const i of rules ? verifyReport(raw, rules) : []) {
      if (!wrong.some((w) => touches(w.path, i.path) || (w.path[0] === i.path[0] && w.path[0] !== 'indicators'))) {
        issues.push({ path: i.path, code: 'custom', message: i.message });
      }
    }
  } catch {
    // Too much is missing to check figures; the shape errors say what.
  }
  return issues;
}
