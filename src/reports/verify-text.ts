/**
 * Cross-check between a report's frontmatter and its body: the figures are
 * written once in the frontmatter, but the body is the report's own text and
 * prints them too. Each stated figure must appear in the body as printed, so a
 * typo in either place fails the build. Pure.
 */
import { formatHundredths, toHundredths, type RuleSet } from '../scoring/index.ts';
import { statedPartyPoints } from './party-points.ts';
import type { VerifiableReport } from './verify.ts';

export interface TextMismatch {
  field: string;
  expected: string;
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** Each stated figure (the parties of the report's rule set, total, grade, rates) the body does not print. */
export function figuresMissingFromBody(report: VerifiableReport, body: string, rules: RuleSet): TextMismatch[] {
  const text = squash(body);
  const two = (n: number) => formatHundredths(toHundredths(n));
  const points = statedPartyPoints(rules, report.scores);
  const wanted: [string, string][] = [
    ...rules.parties.map((p): [string, string] => [`scores.${p.id}`, two(points[p.id]!)]),
    ['scores.total', two(report.scores.total)],
    ['scores.grade', `等级：${report.scores.grade}`],
    ['staffing.retention.statedRate', `${two(report.staffing.retention.statedRate)}%`],
    ['staffing.retention.stableStaff', `${report.staffing.retention.stableStaff}名社工持续稳定在岗`],
  ];
  report.indicators.forEach((row, i) => {
    wanted.push([`indicators[${i}].completed`, String(row.completed)]);
    wanted.push([`indicators[${i}].statedRate`, `${two(row.statedRate)}%`]);
  });
  return wanted.filter(([, s]) => !text.includes(squash(s))).map(([field, expected]) => ({ field, expected }));
}
