/**
 * The overview of a service year as open data: JSON (each round's figures, the reports behind each) and a
 * long CSV, one figure a row, so a spreadsheet can filter by round, district and figure. The columns are
 * documented in src/open-data/fields.ts (OVERVIEW_CSV_COLUMNS), which /data/ prints. Pure: from the same
 * CohortOverview objects the pages print.
 */
import { fromHundredths } from '../scoring/index.ts';
import { toCsv, type Cell } from '../open-data/csv.ts';
import { OVERVIEW_CSV_COLUMNS, OVERVIEW_FIGURES } from '../open-data/fields.ts';
import type { CohortOverview } from './overview.ts';

/** A year's overview as the JSON file carries it: numbers as the reports print them (83.62, 65.00 → 65). */
export function overviewJson(serviceYear: string, rounds: readonly CohortOverview[]) {
  return {
    serviceYear,
    reports: rounds.reduce((n, r) => n + r.reports, 0),
    rounds: rounds.map((r) => ({
      serviceYear: r.serviceYear,
      stage: r.stage,
      reports: r.reports,
      grades: r.grades,
      gradeCounts: r.gradeRows.map((row) => ({
        district: row.district,
        total: row.total,
        byGrade: Object.fromEntries(r.grades.map((g, i) => [g, { count: row.byGrade[i]!.count, reports: row.byGrade[i]!.ids }])),
      })),
      totals: {
        measure: r.totals.measure.kind === 'points' ? { kind: 'points', max: fromHundredths(r.totals.measure.max) } : { kind: 'share' },
        lowest: fromHundredths(r.totals.spread.lowest),
        lowerQuartile: fromHundredths(r.totals.spread.lowerQuartile),
        median: fromHundredths(r.totals.spread.median),
        upperQuartile: fromHundredths(r.totals.spread.upperQuartile),
        highest: fromHundredths(r.totals.spread.highest),
        lowestReports: r.totals.lowestIds,
        highestReports: r.totals.highestIds,
      },
      retention: {
        met: { count: r.retention.met.count, reports: r.retention.met.ids },
        notMet: { count: r.retention.notMet.count, reports: r.retention.notMet.ids },
        noRequirement: { count: r.retention.noRequirement.count, reports: r.retention.noRequirement.ids },
      },
      parties: r.parties.map((p) => ({ id: p.id, name: p.name, reports: p.reports, meanShare: fromHundredths(p.meanShare) })),
      indicators: r.indicators.map((i) => ({ key: i.key, name: i.name, reports: i.reports, belowTarget: i.below.count, belowTargetReports: i.below.ids })),
    })),
  };
}

/** One CSV row per figure: 服务年度, 阶段, 范围, 数字, 项目, 数值, 单位, 报告数, 报告编号. */
export function overviewCsvRows(rounds: readonly CohortOverview[]): Cell[][] {
  const rows: Cell[][] = [];
  const f = OVERVIEW_FIGURES;
  for (const r of rounds) {
    const row = (district: string | null, figure: string, item: string, value: number | string, unit: string, base: number, ids: readonly string[] = []) =>
      rows.push([r.serviceYear, r.stage, district ?? '全市', figure, item, value, unit, base, ids.join(' ')]);
    for (const g of r.gradeRows) r.grades.forEach((grade, i) => row(g.district, f.grade, grade, g.byGrade[i]!.count, '个', g.total, g.byGrade[i]!.ids));
    const s = r.totals.spread;
    const unit = r.totals.measure.kind === 'points' ? '分' : '%';
    const two = (h: number) => fromHundredths(h).toFixed(2);
    row(null, f.total, '最低', two(s.lowest), unit, s.count, r.totals.lowestIds);
    row(null, f.total, '下四分位数', two(s.lowerQuartile), unit, s.count);
    row(null, f.total, '中位数', two(s.median), unit, s.count);
    row(null, f.total, '上四分位数', two(s.upperQuartile), unit, s.count);
    row(null, f.total, '最高', two(s.highest), unit, s.count, r.totals.highestIds);
    row(null, f.retention, '达到要求', r.retention.met.count, '个', r.reports, r.retention.met.ids);
    row(null, f.retention, '未达到要求', r.retention.notMet.count, '个', r.reports, r.retention.notMet.ids);
    row(null, f.retention, '没有要求', r.retention.noRequirement.count, '个', r.reports, r.retention.noRequirement.ids);
    for (const p of r.parties) row(null, f.party, p.name, two(p.meanShare), '%', p.reports);
    for (const i of r.indicators) row(null, f.indicator, i.name, i.below.count, '个', i.reports, i.below.ids);
  }
  return rows;
}

export function overviewCsv(rounds: readonly CohortOverview[]): string {
  return toCsv(OVERVIEW_CSV_COLUMNS.map((c) => c.label), overviewCsvRows(rounds));
}
