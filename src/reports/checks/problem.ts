/**
 * What every report check returns, and what each kind of check reads. The checks, one per concern, are
 * run from one list in ../validate.ts. Pure types and helpers.
 */
import type { RuleSet } from '../../scoring/index.ts';
import type { ReportData } from '../../schemas/report/index.ts';

/** One thing wrong with a report. */
export interface Problem {
  /** The field's path in the frontmatter, e.g. ['scores', 'total']; ['正文'] for a problem of the body's MDX. */
  path: PropertyKey[];
  /** A Chinese sentence naming what is wrong; for a figure, the stated value and the computed one. */
  message: string;
  /** The line in the file, for a problem of the body's MDX (a frontmatter problem is placed by its path). */
  line?: number;
}

/** The figures the figure checks read. */
export type ReportFigures = Pick<ReportData, 'scores' | 'indicators' | 'staffing' | 'population'>;

/**
 * A check of the frontmatter's figures: recomputes what the report states under its rule set. It runs
 * once the rule set applies (scores.ts: ruleSetIssues), or, when the shape has errors, on what is there.
 */
export type FigureCheck = (data: ReportFigures, rules: RuleSet) => Problem[];

/** A report file as written: what the file checks read. */
export interface ReportFile {
  /** The frontmatter exactly as written (it may have any shape). */
  frontmatter: unknown;
  /** The whole file, frontmatter included. */
  source: string;
  /** Whether a station id names a station file. */
  stationExists: (id: string) => boolean;
}

/** A check of the file as written: it runs whatever else is wrong, under the rule set the report names, if any. */
export type FileCheck = (file: ReportFile, rules: RuleSet | undefined) => Problem[];

/** A stated figure that is not what the rule set computes: “what：报告写 stated，按规则计算为 computed”. */
export function mismatch(path: PropertyKey[], what: string, stated: string, computed: string): Problem {
  return { path, message: `${what}：报告写 ${stated}，按规则计算为 ${computed}` };
}

/** A field written as text (`indicators[0].statedRate`) as a path (['indicators', 0, 'statedRate']). */
export function fieldToPath(field: string): (string | number)[] {
  return field
    .split(/\.|\[|\]\.?/)
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
