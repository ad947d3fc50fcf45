/**
 * The body against the frontmatter, and the body itself. The figures are written once in the frontmatter,
 * but the body is the report's own text and prints them too: each stated figure must appear in the body
 * as printed, so a typo in either place fails the build. And the body must be MDX the page can show
 * (../body.ts). Pure; it reads whatever figures the frontmatter has, so it can run (and report) even when
 * other fields are wrong.
 */
import { formatHundredths, toHundredths, type RuleSet } from '../../scoring/index.ts';
import { reportBodyProblems } from '../body.ts';
import { splitReportFile } from '../frontmatter.ts';
import { printedForms } from '../printed-rate.ts';
import { fieldToPath, type Problem, type ReportFile } from './problem.ts';

export interface TextMismatch {
  field: string;
  expected: string;
}

const squash = (s: string) => s.replace(/\s+/g, '');
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
type Loose = Record<string, any> | undefined;

/** A key figure as a body prints it: 276人, 26万余元, 超过百场 (100 场), 超 15 万元. */
function keyFigureForms(value: number, unit: string, qualifier: unknown): string[] {
  const forms = [`${value}${unit}`];
  if (qualifier === '余' && unit.length > 1) forms.push(`${value}${unit[0]}余${unit.slice(1)}`);
  if (qualifier === '余') forms.push(`${value}余${unit}`);
  const cn: Record<number, string[]> = { 100: ['百', '一百'], 1000: ['千', '一千'], 200: ['两百', '二百'], 10000: ['万', '一万'] };
  for (const word of cn[value] ?? []) forms.push(`${word}${unit}`);
  return forms;
}

/**
 * Each stated figure the body does not print: the points of the parties of the report's rule set (all
 * four of the 2023 rules when it names none), total, grade, rates, counts and key figures.
 */
export function figuresMissingFromBody(report: Loose, body: string, rules?: RuleSet): TextMismatch[] {
  const text = squash(body);
  const two = (n: number) => formatHundredths(toHundredths(n));
  const wanted: [string, string[]][] = [];
  const want = (field: string, value: unknown, forms: (v: number) => string[]) => {
    if (isNum(value)) wanted.push([field, forms(value)]);
  };
  const scores = (report?.scores ?? {}) as Loose;
  const parties = rules ? rules.parties.map((p) => p.id) : ['purchaser', 'supervisor', 'supervisionCentre', 'thirdParty'];
  for (const key of [...parties, 'total']) want(`scores.${key}`, scores?.[key], (v) => [two(v)]);
  if (typeof scores?.grade === 'string') wanted.push(['scores.grade', [`等级：${scores.grade}`]]);
  const retention = report?.staffing?.retention as Loose;
  want('staffing.retention.statedRate', retention?.statedRate, (v) => printedForms(v));
  want('staffing.retention.stableStaff', retention?.stableStaff, (v) => [`${v}名社工持续稳定在岗`]);
  (Array.isArray(report?.indicators) ? report.indicators : []).forEach((row: Loose, i: number) => {
    want(`indicators[${i}].completed`, row?.completed, (v) => [String(v)]);
    want(`indicators[${i}].statedRate`, row?.statedRate, (v) => printedForms(v));
  });
  (Array.isArray(report?.keyFigures) ? report.keyFigures : []).forEach((row: Loose, i: number) => {
    if (typeof row?.unit === 'string') want(`keyFigures[${i}].value`, row.value, (v) => keyFigureForms(v, row.unit, row.qualifier));
  });
  return wanted
    .filter(([, forms]) => !forms.some((f) => text.includes(squash(f))))
    .map(([field, forms]) => ({ field, expected: forms[0]! }));
}

/** Figures the body does not print, at their frontmatter fields; then what in the body's MDX the page could not show, at its line. */
export function bodyProblems(file: ReportFile, rules: RuleSet | undefined): Problem[] {
  const missing = figuresMissingFromBody(file.frontmatter as Loose, splitReportFile(file.source).body, rules);
  return [
    ...missing.map((miss) => ({ path: fieldToPath(miss.field), message: `正文中找不到 frontmatter 所写的 “${miss.expected}”` })),
    ...reportBodyProblems(file.source).map((p) => ({ path: ['正文'], line: p.line, message: p.message })),
  ];
}
