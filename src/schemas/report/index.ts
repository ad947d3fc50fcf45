import { z } from 'astro/zod';
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
export function makeReportSchema<S extends z.ZodType>(stationField: S) {
  return z
    .object({
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
    })
    .superRefine((data, ctx) => {
      for (const issue of verifyReport(data)) {
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      }
    });
}

export { reportId, STAGES, type Stage } from './identity.ts';
