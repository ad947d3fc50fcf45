/**
 * One report's figures for looking across reports (rankings, histories, compare, the city overview), derived
 * from its open-data record under its own rule set: points in hundredths, each as a share of its maximum, so
 * reports scored out of 100 and out of 1,000 can stand side by side. The derivation is ./report-figures.ts
 * (browser-safe); this finds the report's rule set in the registry, for the build. Pure.
 */
import { ruleSetById } from '../scoring/rule-sets.ts';
import type { ReportRecord } from '../open-data/record.ts';
import { figuresUnder, type ReportFigures } from './report-figures.ts';

export { figuresUnder, shareOfMaximum, type PartyFigure, type ReportFigures } from './report-figures.ts';

export function reportFigures(record: ReportRecord): ReportFigures {
  const rules = ruleSetById(record.rules);
  // The report schema has already failed the build for an unknown rule set.
  if (!rules) throw new Error(`${record.id}: rules ${record.rules} missing`);
  return figuresUnder(record, rules);
}
