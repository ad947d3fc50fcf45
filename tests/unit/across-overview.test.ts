import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportFigures } from '../../src/across/figures.ts';
import { shareOfMaximum } from '../../src/across/figures.ts';
import { cityOverview, trend } from '../../src/across/overview.ts';
import { overviewCsv, overviewJson } from '../../src/across/overview-files.ts';
import { BOM, parseCsv } from '../../src/open-data/csv.ts';
import { OVERVIEW_CSV_COLUMNS, OVERVIEW_FIGURES } from '../../src/open-data/fields.ts';
import { gradeOf, type RuleSet } from '../../src/scoring/index.ts';
import { FICTIONAL_RULES, GZ_2023 } from '../fixtures/rule-sets.ts';

const DISTRICTS = ['虚构甲区', '虚构乙区', '虚构丙区'];
const YEARS = ['2022-2023', '2023-2024'];

/** A report's figures as reportFigures makes them, from a few drawn numbers, scored under `rules`. */
function figures(n: number, rules: RuleSet, draw: { year: number; stage: boolean; district: number; total: number; retention: number; below: boolean[]; parties: number[] }): ReportFigures {
  const totalMax = rules.totalMax * 100;
  const total = Math.min(draw.total, totalMax);
  const indicators = draw.below.map((b, i) => ({ key: `k${i}`, name: `指标${i}`, rate: b ? 9000 : 10500, met: !b }));
  const min = rules.staffing.retentionMinPercent;
  return {
    id: `xugou-${String(n).padStart(3, '0')}`,
    title: `虚构社工站 ${n}`,
    station: { id: `xugou-${n}`, name: `虚构${n}街社工服务站`, district: DISTRICTS[draw.district]! },
    serviceYear: YEARS[draw.year]!,
    stage: draw.stage ? '末期' : '中期',
    rules,
    total,
    totalMax,
    share: shareOfMaximum(total, totalMax),
    grade: gradeOf(rules, total),
    parties: rules.parties.map((p, i) => {
      const max = p.maxPoints * 100;
      const points = Math.min(draw.parties[i] ?? 0, max);
      return { id: p.id, name: p.name, points, max, share: shareOfMaximum(points, max) };
    }),
    retention: { rate: draw.retention, met: min === null ? null : draw.retention >= min * 100 },
    indicators,
    belowTarget: indicators.filter((i) => !i.met).length,
  };
}

const drawArb = fc.record({
  year: fc.integer({ min: 0, max: 1 }),
  stage: fc.boolean(),
  district: fc.integer({ min: 0, max: 2 }),
  total: fc.integer({ min: 0, max: 100_000 }),
  retention: fc.integer({ min: 0, max: 10_000 }),
  below: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
  parties: fc.array(fc.integer({ min: 0, max: 60_000 }), { minLength: 4, maxLength: 4 }),
  fictional: fc.boolean(),
});
const reportsArb = fc.array(drawArb, { minLength: 1, maxLength: 40 }).map((draws) => draws.map((d, n) => figures(n, d.fictional ? FICTIONAL_RULES : GZ_2023, d)));

describe('cityOverview', () => {
  it('counts every report once per round: grade counts add up to the round, citywide and over the districts', () => {
    fc.assert(
      fc.property(reportsArb, (reports) => {
        const all = cityOverview(reports);
        expect(all.reduce((n, c) => n + c.reports, 0)).toBe(reports.length);
        for (const c of all) {
          const [city, ...districts] = c.gradeRows;
          expect(city!.byGrade.reduce((n, g) => n + g.count, 0)).toBe(c.reports);
          c.grades.forEach((_, i) => expect(districts.reduce((n, d) => n + d.byGrade[i]!.count, 0)).toBe(city!.byGrade[i]!.count));
          for (const row of c.gradeRows) for (const g of row.byGrade) expect(g.ids).toHaveLength(g.count);
          const r = c.retention;
          expect(r.met.count + r.notMet.count + r.noRequirement.count).toBe(c.reports);
          for (const i of c.indicators) expect(i.below.count).toBeLessThanOrEqual(i.reports);
        }
      }),
    );
  });

  it('puts the median and quartiles within the lowest and highest, and links the lowest and highest to reports at those values', () => {
    fc.assert(
      fc.property(reportsArb, (reports) => {
        for (const c of cityOverview(reports)) {
          const s = c.totals.spread;
          expect(s.lowest).toBeLessThanOrEqual(s.lowerQuartile);
          expect(s.lowerQuartile).toBeLessThanOrEqual(s.median);
          expect(s.median).toBeLessThanOrEqual(s.upperQuartile);
          expect(s.upperQuartile).toBeLessThanOrEqual(s.highest);
          const byId = new Map(reports.map((r) => [r.id, r]));
          const value = (id: string) => (c.totals.measure.kind === 'points' ? byId.get(id)!.total : byId.get(id)!.share);
          expect(c.totals.lowestIds.length).toBeGreaterThan(0);
          for (const id of c.totals.lowestIds) expect(value(id)).toBe(s.lowest);
          for (const id of c.totals.highestIds) expect(value(id)).toBe(s.highest);
          for (const p of c.parties) expect(p.meanShare).toBeGreaterThanOrEqual(0);
          for (const p of c.parties) expect(p.meanShare).toBeLessThanOrEqual(10_000);
        }
      }),
    );
  });

  it('spreads totals in points when a round has one maximum, and as shares of the maximum when it mixes rule sets', () => {
    const a = figures(1, GZ_2023, { year: 1, stage: true, district: 0, total: 9100, retention: 8500, below: [false], parties: [] });
    const b = figures(2, FICTIONAL_RULES, { year: 1, stage: true, district: 1, total: 70_000, retention: 8500, below: [true], parties: [] });
    const [one] = cityOverview([a]);
    expect(one!.totals.measure).toEqual({ kind: 'points', max: 10_000 });
    expect(one!.totals.spread.median).toBe(9100);
    const [mixed] = cityOverview([a, b]);
    expect(mixed!.totals.measure).toEqual({ kind: 'share' });
    // 91 of 100 is 91.00 %; 700 of 1,000 is 70.00 %: the midpoint is 80.50 %.
    expect(mixed!.totals.spread.median).toBe(8050);
    expect(mixed!.totals.highestIds).toEqual([a.id]);
    expect(mixed!.indicators[0]!.below.ids).toEqual([b.id]);
  });

  it('gives the trend oldest round first, its grade counts and retention counts those of each round', () => {
    fc.assert(
      fc.property(reportsArb, (reports) => {
        const all = cityOverview(reports);
        const rows = trend(all, reports);
        expect(rows.map((r) => `${r.serviceYear} ${r.stage}`)).toEqual(all.map((c) => `${c.serviceYear} ${c.stage}`).reverse());
        for (const row of rows) {
          const inRound = reports.filter((r) => r.serviceYear === row.serviceYear && r.stage === row.stage);
          expect(Object.values(row.grades).reduce((n, v) => n + v, 0)).toBe(inRound.length);
          expect(row.retentionMet).toBe(inRound.filter((r) => r.retention.met === true).length);
          expect(row.anyIndicatorBelow).toBe(inRound.filter((r) => r.belowTarget > 0).length);
          for (const [name, count] of Object.entries(row.below)) {
            expect(count).toBe(inRound.filter((r) => r.indicators.some((i) => i.name === name && !i.met)).length);
          }
          for (const share of Object.values(row.parties)) expect(share).toBeLessThanOrEqual(10_000);
        }
      }),
    );
  });
});

describe('the overview as open data', () => {
  it('CSV: a BOM, the documented columns, and grade rows that add up to each round, citywide and per district', () => {
    fc.assert(
      fc.property(reportsArb, (reports) => {
        const rounds = cityOverview(reports);
        const text = overviewCsv(rounds);
        expect(text.startsWith(BOM)).toBe(true);
        const [header, ...rows] = parseCsv(text);
        expect(header).toEqual(OVERVIEW_CSV_COLUMNS.map((c) => c.label));
        for (const r of rounds) {
          const mine = rows.filter((row) => row[0] === r.serviceYear && row[1] === r.stage && row[3] === OVERVIEW_FIGURES.grade);
          const sum = (where: (row: string[]) => boolean) => mine.filter(where).reduce((n, row) => n + Number(row[5]), 0);
          expect(sum((row) => row[2] === '全市')).toBe(r.reports);
          expect(sum((row) => row[2] !== '全市')).toBe(r.reports);
          // Each count's report ids are as many as the count.
          for (const row of mine) expect(row[8] === '' ? 0 : row[8]!.split(' ').length).toBe(Number(row[5]));
        }
      }),
    );
  });

  it('JSON: the same rounds, numbers as printed (hundredths back to 83.62)', () => {
    const a = figures(1, GZ_2023, { year: 1, stage: true, district: 0, total: 8362, retention: 6500, below: [false], parties: [] });
    const json = overviewJson('2023-2024', cityOverview([a]));
    expect(json.reports).toBe(1);
    expect(json.rounds[0]!.totals).toMatchObject({ median: 83.62, lowest: 83.62, highest: 83.62, lowestReports: [a.id] });
    expect(json.rounds[0]!.retention.notMet).toEqual({ count: 1, reports: [a.id] });
  });
});
