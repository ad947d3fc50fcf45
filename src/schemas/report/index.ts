/**
 * The shape of a report's frontmatter, and its type: shapes only. What is checked beyond the shape (the
 * rule set, the figures, the body, the station) is src/reports/validate.ts.
 */
import { z } from 'astro/zod';
import { text } from '../common.ts';
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

export { reportId, STAGES, type Stage } from './identity.ts';

