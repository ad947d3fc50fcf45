/**
 * The overview pages' fragment ids and short wordings, shared by the pages, the trend's links into a year's
 * page and the tests. Ids are ASCII (stage id, grade and district by position), so no district name has to be
 * escaped in a link. Pure.
 */
import { formatHundredths, formatPercent, type Hundredths } from '../scoring/index.ts';
import type { CohortOverview, TotalsSpread } from './overview.ts';

export function roundAnchors(stageId: string) {
  return {
    section: stageId,
    grades: `${stageId}-grades`,
    totals: `${stageId}-totals`,
    retention: `${stageId}-retention`,
    parties: `${stageId}-parties`,
    indicators: `${stageId}-indicators`,
    lists: `${stageId}-lists`,
    /** The list of the reports of grade `g` (by position) citywide (district 0) or in district d (1-based). */
    gradeList: (g: number, d: number) => (d === 0 ? `${stageId}-g${g}` : `${stageId}-g${g}-d${d}`),
    retentionList: `${stageId}-retention-missed`,
    indicatorList: (i: number) => `${stageId}-i${i}-below`,
  };
}

/** “2023-2024 服务年度 末期评估”. */
export function roundHeading(round: Pick<CohortOverview, 'serviceYear' | 'stage'>): string {
  return `${round.serviceYear} 服务年度 ${round.stage}评估`;
}

/** A value of the spread of totals: “83.62 分” or “83.62%”. */
export function spreadValue(measure: TotalsSpread['measure'], h: Hundredths): string {
  return measure.kind === 'points' ? `${formatHundredths(h)} 分` : formatPercent(h);
}
