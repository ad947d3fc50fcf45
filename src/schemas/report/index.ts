import { z } from 'astro/zod';
import { unknownFields } from '../common.ts';
import { verifyReport } from '../../reports/verify.ts';
import { identityFields } from './identity.ts';
import { indicatorsField } from './indicators.ts';
import { keyFiguresField } from './key-figures.ts';
import { partiesField } from './parties.ts';
import { periodFields } from './periods.ts';
import { populationField } from './population.ts';
import { scoresField } from './scores.ts';
import { staffingField } from './staffing.ts';
import { stationFactFields } from './station-facts.ts';

/**
 * The frontmatter of one evaluation report (content/reports/<station>/<year>-<stage>.mdx).
 * Every figure of the report is written here once; the body holds the report's text.
 * After the shape is checked, every stated total, grade and rate is recomputed
 * through src/scoring and a mismatch fails the build naming the field.
 */
/** The report's fields, without the cross-field checks. */
export function makeReportShape<S extends z.ZodType>(stationField: S) {
  return z.object({
      ...identityFields(stationField),
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
}

export function makeReportSchema<S extends z.ZodType>(stationField: S) {
  const shape = makeReportShape(stationField);
  return z
    .any()
    // Unknown fields are rejected with the nearest known one suggested (“未知字段 fundingWan（是否应为 fundingWanYuan？）”).
    .superRefine((data, ctx) => {
      for (const u of unknownFields(shape, data)) ctx.addIssue({ code: 'custom', path: u.path, message: u.message });
    })
    .pipe(shape)
    .superRefine((data, ctx) => {
      for (const issue of verifyReport(data)) {
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      }
    });
}

export { reportId, STAGES, type Stage } from './identity.ts';

/**
 * Every problem of one report's frontmatter at once: unknown fields, the shape's own errors and, when the
 * shape is right, the figure checks (the schema itself stops at unknown fields before checking the shape).
 */
export function reportIssues<S extends z.ZodType>(stationField: S, data: unknown): { path: PropertyKey[]; code: string; message: string }[] {
  const shape = makeReportShape(stationField);
  const issues: { path: PropertyKey[]; code: string; message: string }[] = unknownFields(shape, data).map((u) => ({ path: u.path, code: 'unknown-field', message: u.message }));
  const parsed = shape.safeParse(data);
  if (parsed.success) {
    issues.push(...verifyReport(parsed.data).map((i) => ({ path: i.path, code: 'custom', message: i.message })));
    return issues;
  }
  const wrong = parsed.error.issues.map((i) => ({ path: i.path, code: i.code, message: i.message }));
  issues.push(...wrong);
  // The figure checks too, on what is there, where their inputs are not themselves wrong: one build then
  // reports a misspelt field and a wrong total together.
  try {
    const touches = (a: PropertyKey[], b: PropertyKey[]) => a.slice(0, b.length).every((k, i) => k === b[i]) || b.slice(0, a.length).every((k, i) => k === a[i]);
    for (const i of verifyReport(data as Parameters<typeof verifyReport>[0])) {
      if (!wrong.some((w) => touches(w.path, i.path) || (w.path[0] === i.path[0] && w.path[0] !== 'indicators'))) {
        issues.push({ path: i.path, code: 'custom', message: i.message });
      }
    }
  } catch {
    // Too much is missing to check figures; the shape errors say what.
  }
  return issues;
}
