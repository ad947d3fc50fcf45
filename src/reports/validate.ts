/**
 * Where a report is checked: the one entry point. The shape of the frontmatter is src/schemas/report/;
 * each concern's check is in ./checks/, each `(data, rules) → problems`, and all of them run from
 * CHECKS below, in the order an author is told the problems. Three callers:
 * - `reportFileProblems`: everything wrong with one report file (the build's content check calls it);
 * - `reportIssues`: the frontmatter alone (unknown fields, the shape, the rule set, the figures);
 * - `makeReportSchema`: the content collection's schema, which runs the same rule-set and figure checks.
 */
import { z } from 'astro/zod';
import { ruleSetById, type RuleSet } from '../scoring/index.ts';
import { IMPORT_MARKER, unknownFields } from '../schemas/common.ts';
import { reportObject } from '../schemas/report/index.ts';
import { bodyProblems } from './checks/body.ts';
import { indicatorProblems } from './checks/indicators.ts';
import { populationProblems } from './checks/population.ts';
import type { FigureCheck, FileCheck, Problem, ReportFigures } from './checks/problem.ts';
import { ruleSetIssues, scoreProblems } from './checks/scores.ts';
import { staffingProblems } from './checks/staffing.ts';
import { stationProblems } from './checks/station.ts';

type Lookup = (id: string) => RuleSet | undefined;

/**
 * Every check, one per concern. A figure check recomputes stated figures under the report's rule set,
 * so it runs once the rule set applies (ruleSetIssues, in ./checks/scores.ts, finds nothing) or, where
 * the shape has errors, on what is there. A file check reads the file as written, whatever else is wrong.
 */
const CHECKS: readonly ({ concern: string } & ({ figures: FigureCheck } | { file: FileCheck }))[] = [
  { concern: 'scores', figures: scoreProblems },
  { concern: 'indicators', figures: indicatorProblems },
  { concern: 'staffing', figures: staffingProblems },
  { concern: 'population', figures: populationProblems },
  { concern: 'station', file: stationProblems },
  { concern: 'body', file: bodyProblems },
];

const FIGURE_CHECKS = CHECKS.flatMap((c) => ('figures' in c ? [c.figures] : []));
const FILE_CHECKS = CHECKS.flatMap((c) => ('file' in c ? [c.file] : []));

/** Every mismatch between the report's stated figures and what its rule set computes from them. */
export function verifyReport(data: ReportFigures, rules: RuleSet): Problem[] {
  return FIGURE_CHECKS.flatMap((check) => check(data, rules));
}

/** The rule-set checks and, when they find nothing, the figure checks. */
function ruleAndFigureProblems(data: Parameters<typeof ruleSetIssues>[0] & ReportFigures, lookup: Lookup): Problem[] {
  const { rules, issues } = ruleSetIssues(data, lookup);
  return rules && issues.length === 0 ? verifyReport(data, rules) : issues;
}

/**
 * The frontmatter of one evaluation report (content/reports/<station>/<year>-<stage>.mdx).
 * Every figure of the report is written here once; the body holds the report's text.
 * After the shape is checked, the report is checked against its rule set and every stated total,
 * grade and rate is recomputed through src/scoring under it; a mismatch fails the build naming the field.
 * `lookup` finds a rule set by id (the registry; tests add a fictional set).
 */
export function makeReportSchema<S extends z.ZodType>(stationField: S, lookup: Lookup = ruleSetById) {
  const shape = reportObject(stationField);
  return z
    .any()
    // Unknown fields are rejected with the nearest known one suggested (“未知字段 fundingWan（是否应为 fundingWanYuan？）”).
    .superRefine((data, ctx) => {
      for (const u of unknownFields(shape, data)) ctx.addIssue({ code: 'custom', path: u.path, message: u.message });
    })
    .pipe(
      shape.superRefine((data, ctx) => {
        for (const issue of ruleAndFigureProblems(data, lookup)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      }),
    );
}

/** A frontmatter problem with the zod code that found it ('custom' for the rule-set and figure checks). */
export type ReportIssue = { path: PropertyKey[]; code: string; message: string };

/**
 * Every problem of one report's frontmatter at once: unknown fields, the shape's own errors and, when the
 * shape is right, the figure checks (the schema itself stops at unknown fields before checking the shape).
 */
export function reportIssues<S extends z.ZodType>(stationField: S, data: unknown, lookup: Lookup = ruleSetById): ReportIssue[] {
  const shape = reportObject(stationField);
  const issues: ReportIssue[] = unknownFields(shape, data).map((u) => ({ path: u.path, code: 'unknown-field', message: u.message }));
  const parsed = shape.safeParse(data);
  if (parsed.success) {
    issues.push(...ruleAndFigureProblems(parsed.data, lookup).map((i) => ({ path: i.path, code: 'custom', message: i.message })));
    return issues;
  }
  const wrong = parsed.error.issues.map((i) => ({ path: i.path, code: i.code, message: i.message }));
  issues.push(...wrong);
  // The figure checks too, on what is there, where their inputs are not themselves wrong: one build then
  // reports a misspelt field and a wrong total together. Any check that trips on a missing input drops
  // them all: the shape errors say what is missing.
  try {
    const raw = data as ReportFigures & { rules?: unknown };
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

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const key of path) node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  return node;
}

/** A frontmatter problem as an author reads it: a field left as the importer's 待核对 marker, or a missing field, said so. */
function asAuthorReads(issue: ReportIssue, data: unknown): Problem {
  const value = valueAt(data, issue.path);
  if (typeof value === 'string' && value.startsWith(IMPORT_MARKER)) return { path: issue.path, message: `导入时未能确定，请按报告填写（${value}）` };
  if (issue.code === 'invalid_type' && value === undefined) return { path: issue.path, message: '缺少字段' };
  return { path: issue.path, message: issue.message };
}

/**
 * Everything wrong with one report file, in one pass: unknown and missing fields, wrong values, the
 * figure checks, an unknown station, figures the body does not print, a body that is not MDX the page can
 * show, and figures the importer left as 待核对 markers. Pure: the caller hands in the file's text, its
 * parsed frontmatter and which station ids exist.
 */
export function reportFileProblems(source: string, frontmatter: unknown, stationExists: (id: string) => boolean): Problem[] {
  const problems = reportIssues(z.string({ error: '应为社工站 id' }), frontmatter).map((issue) => asAuthorReads(issue, frontmatter));
  const rulesId = valueAt(frontmatter, ['rules']);
  const rules = typeof rulesId === 'string' ? ruleSetById(rulesId) : undefined;
  for (const check of FILE_CHECKS) problems.push(...check({ frontmatter, source, stationExists }, rules));
  return problems;
}

/** Two files of the same station, year and stage would silently replace one another: the second is told which file has the id. */
export function duplicateIdProblem(id: string, claimedBy: string): Problem {
  return { path: ['id'], message: `报告 id “${id}” 重复 —— ${claimedBy} 已是同一社工站、服务年度和评估阶段的报告` };
}
