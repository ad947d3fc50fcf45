/**
 * The rankings (src/across/rankings.ts) and their open data (src/across/ranking-data.ts), on fictional (虚构)
 * stations: ties, order independence, a district of one, a year with only 中期 reports, mixed rule sets, a
 * report's standing and its station's previous report.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareOfMaximum, type ReportFigures } from '../../src/across/figures.ts';
import { rankingCsv, rankingFile } from '../../src/across/ranking-data.ts';
import { cohortRankings, previousReport, rankReports, reportStanding, standings } from '../../src/across/rankings.ts';
import { RANKING_FIELDS } from '../../src/open-data/fields.ts';
import { gradeOf, type Hundredths, type RuleSet } from '../../src/scoring/index.ts';
import type { Stage } from '../../src/schemas/report/index.ts';
import { FICTIONAL_RULES, GZ_2023 } from '../fixtures/rule-sets.ts';

interface Spec {
  station: string;
  district?: string;
  year?: string;
  stage?: Stage;
  /** Total in hundredths. */
  total: Hundredths;
  rules?: RuleSet;
  retention?: Hundredths;
  below?: number;
}

/** A fictional report's figures: the total spread over the parties in proportion to their maxima. */
function fig(s: Spec): ReportFigures {
  const rules = s.rules ?? GZ_2023;
  const year = s.year ?? '2023-2024';
  const stage = s.stage ?? '末期';
  const totalMax = rules.totalMax * 100;
  let left = s.total;
  const parties = rules.parties.map((p, i) => {
    const max = p.maxPoints * 100;
    const points = i === rules.parties.length - 1 ? left : Math.floor((s.total * max) / totalMax);
    left -= points;
    return { id: p.id, name: p.name, points, max, share: shareOfMaximum(points, max) };
  });
  return {
    id: `${s.station}-${year}-${stage === '中期' ? 'interim' : 'final'}`,
    title: `虚构${s.station}社工服务站 ${stage}评估报告`,
    station: { id: s.station, name: `虚构${s.station}社工服务站`, district: s.district ?? '虚构东区' },
    serviceYear: year,
    stage,
    rules,
    total: s.total,
    totalMax,
    share: shareOfMaximum(s.total, totalMax),
    grade: gradeOf(rules, s.total),
    parties,
    retention: { rate: s.retention ?? 9000, met: (s.retention ?? 9000) >= 8000 },
    indicators: [],
    belowTarget: s.below ?? 0,
  };
}

const ranksOf = (rows: { item: ReportFigures; rank: number }[]) => rows.map((r) => `${r.item.station.id}:${r.rank}`);

describe('rankReports', () => {
  it('gives equal totals one rank and skips the next (1, 2, 2, 4)', () => {
    const rows = rankReports([fig({ station: 'd', total: 7000 }), fig({ station: 'b', total: 8500 }), fig({ station: 'a', total: 9000 }), fig({ station: 'c', total: 8500 })]);
    expect(ranksOf(rows)).toEqual(['a:1', 'b:2', 'c:2', 'd:4']);
  });

  it('ranks one report first of one', () => {
    expect(ranksOf(rankReports([fig({ station: 'solo', total: 6000 })]))).toEqual(['solo:1']);
  });

  it('ranks a mixed cohort on the exact share of the maximum: 85.50 of 100 ties 855.00 of 1,000, 950.02 of 1,000 beats 950.01', () => {
    const rows = rankReports([
      fig({ station: 'p', total: 8550 }),
      fig({ station: 'q', total: 85500, rules: FICTIONAL_RULES }),
      fig({ station: 'r', total: 95001, rules: FICTIONAL_RULES }),
      fig({ station: 's', total: 95002, rules: FICTIONAL_RULES }),
      fig({ station: 't', total: 9600 }),
    ]);
    expect(ranksOf(rows)).toEqual(['t:1', 's:2', 'r:3', 'p:4', 'q:4']);
  });
});

/** Arbitrary fictional reports: a few districts, two years, both stages, both rule sets, totals that often tie. */
const arbitraryReports = fc
  .uniqueArray(
    fc.record({
      station: fc.integer({ min: 1, max: 40 }).map((n) => `s${n}`),
      district: fc.constantFrom('虚构东区', '虚构西区', '虚构北区'),
      year: fc.constantFrom('2022-2023', '2023-2024'),
      stage: fc.constantFrom<Stage>('中期', '末期'),
      thousand: fc.boolean(),
      score: fc.integer({ min: 60, max: 100 }),
    }),
    { selector: (r) => `${r.station} ${r.year} ${r.stage}`, maxLength: 60 },
  )
  .map((specs) => {
    // A station stays in one district.
    const district = new Map<string, string>();
    return specs.map((s) => {
      if (!district.has(s.station)) district.set(s.station, s.district);
      return fig({
        station: s.station,
        district: district.get(s.station)!,
        year: s.year,
        stage: s.stage,
        rules: s.thousand ? FICTIONAL_RULES : GZ_2023,
        total: s.thousand ? s.score * 1000 : s.score * 100,
      });
    });
  });

const summary = (figures: ReportFigures[]) =>
  cohortRankings(figures).map((c) => ({
    cohort: `${c.serviceYear} ${c.stage}`,
    city: ranksOf(c.city.rows),
    districts: c.districts.map((d) => [d.district, ...ranksOf(d.rows)]),
  }));

describe('cohortRankings', () => {
  it('does not depend on the order of the reports', () => {
    fc.assert(
      fc.property(arbitraryReports, fc.infiniteStream(fc.nat()), (figures, seeds) => {
        const shuffled = [...figures].sort(() => (seeds.next().value % 3) - 1);
        expect(summary(shuffled)).toEqual(summary(figures));
      }),
    );
  });

  it('gives each report one more than the number of its cohort with a strictly higher share (city and district)', () => {
    fc.assert(
      fc.property(arbitraryReports, (figures) => {
        const higher = (a: ReportFigures, b: ReportFigures) => a.total * b.totalMax > b.total * a.totalMax;
        for (const c of cohortRankings(figures)) {
          for (const ranking of [c.city, ...c.districts]) {
            const members = ranking.rows.map((r) => r.item);
            for (const r of ranking.rows) expect(r.rank).toBe(1 + members.filter((m) => higher(m, r.item)).length);
          }
          // Every report of the cohort is in the city ranking and in exactly one district's.
          expect(c.districts.flatMap((d) => d.rows).length).toBe(c.city.rows.length);
        }
      }),
    );
  });

  it('says when a ranking mixes rule sets, and names the parties of both', () => {
    const [c] = cohortRankings([fig({ station: 'a', total: 9000 }), fig({ station: 'b', total: 900000 / 10, rules: FICTIONAL_RULES })]);
    expect(c!.city.mixedRules).toBe(true);
    expect(c!.city.ruleSetIds).toEqual([GZ_2023.id, FICTIONAL_RULES.id].sort());
    const purchaser = c!.city.parties.find((p) => p.id === 'purchaser')!;
    expect(purchaser.name).toBe(`${GZ_2023.parties.find((p) => p.id === 'purchaser')!.name}／${FICTIONAL_RULES.parties.find((p) => p.id === 'purchaser')!.name}`);
    const [single] = cohortRankings([fig({ station: 'a', total: 9000 })]);
    expect(single!.city.mixedRules).toBe(false);
    expect(single!.city.parties.map((p) => p.id)).toEqual(GZ_2023.parties.map((p) => p.id));
  });

  it('ranks a year with only 中期 reports as its own round (interim)', () => {
    const rounds = cohortRankings([fig({ station: 'a', year: '2024-2025', stage: '中期', total: 8000 }), fig({ station: 'b', year: '2024-2025', stage: '中期', total: 8200 })]);
    expect(rounds.map((c) => [c.serviceYear, c.stage, c.stageId])).toEqual([['2024-2025', '中期', 'interim']]);
    expect(ranksOf(rounds[0]!.city.rows)).toEqual(['b:1', 'a:2']);
  });

  it('keeps 中期 and 末期 of one year apart', () => {
    const rounds = cohortRankings([fig({ station: 'a', stage: '中期', total: 8000 }), fig({ station: 'a', stage: '末期', total: 9000 })]);
    expect(rounds.map((c) => [c.stage, c.city.rows.length])).toEqual([
      ['末期', 1],
      ['中期', 1],
    ]);
  });
});

describe('standings', () => {
  const figures = [
    fig({ station: 'a', district: '虚构东区', total: 9000 }),
    fig({ station: 'b', district: '虚构东区', total: 8000 }),
    fig({ station: 'c', district: '虚构东区', total: 8500 }),
    fig({ station: 'd', district: '虚构西区', total: 9500 }),
    fig({ station: 'a', district: '虚构东区', year: '2022-2023', total: 7000 }),
    fig({ station: 'd', district: '虚构西区', year: '2022-2023', total: 7500 }),
  ];
  const byId = standings(cohortRankings(figures));

  it("gives a report's rank in city and district and the district's median total", () => {
    const s = byId.get('a-2023-2024-final')!;
    expect(s.city).toEqual({ rank: 2, count: 4 });
    expect(s.inDistrict).toEqual({ rank: 1, count: 3 });
    expect(s.districtMedian).toEqual({ value: 8500, of: 'points' });
  });

  it('a district with one station: first of one, its own total the median', () => {
    const s = byId.get('d-2023-2024-final')!;
    expect(s.inDistrict).toEqual({ rank: 1, count: 1 });
    expect(s.city).toEqual({ rank: 1, count: 4 });
    expect(s.districtMedian).toEqual({ value: 9500, of: 'points' });
  });

  it("takes the median of shares when a district's reports mix rule sets", () => {
    const mixed = standings(cohortRankings([fig({ station: 'x', total: 8000 }), fig({ station: 'y', total: 900000 / 10, rules: FICTIONAL_RULES })]));
    expect(mixed.get('x-2023-2024-final')!.districtMedian).toEqual({ value: 8500, of: 'share' });
  });

  it("adds the station's previous report's standing, if there is one", () => {
    const found = reportStanding('a-2023-2024-final', figures, byId)!;
    expect(found.previous?.reportId).toBe('a-2022-2023-final');
    expect(found.previous?.city).toEqual({ rank: 2, count: 2 });
    expect(reportStanding('b-2023-2024-final', figures, byId)!.previous).toBeNull();
    expect(reportStanding('nope', figures, byId)).toBeNull();
  });

  it("takes a year's 中期 as the previous report of its 末期, and the year before's 末期 as its 中期's", () => {
    const all = [
      fig({ station: 'a', year: '2022-2023', stage: '末期', total: 7000 }),
      fig({ station: 'a', year: '2023-2024', stage: '中期', total: 7500 }),
      fig({ station: 'a', year: '2023-2024', stage: '末期', total: 8000 }),
    ];
    expect(previousReport(all[2]!, all)?.id).toBe('a-2023-2024-interim');
    expect(previousReport(all[1]!, all)?.id).toBe('a-2022-2023-final');
    expect(previousReport(all[0]!, all)).toBeNull();
  });
});

/** Every path of a JSON value, as the field docs write them (dots, [] for list items). */
function paths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => paths(v, `${prefix}[]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => paths(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe('the ranking files', () => {
  const figures = [
    fig({ station: 'a', district: '虚构东区', total: 9000 }),
    fig({ station: 'b', district: '虚构西区', total: 9000 }),
    fig({ station: 'c', district: '虚构东区', total: 85000, rules: FICTIONAL_RULES, retention: 7550, below: 2 }),
  ];
  const [cohort] = cohortRankings(figures);
  const file = rankingFile(cohort!, 'https://example.invalid/data/', (p) => `https://example.invalid${p}`, (id) => `/reports/${id}/`);

  it('carries each report with its city and district rank, citywide order', () => {
    expect(file.reports.map((r) => [r.station.name, r.rank, r.districtRank, r.total, r.totalMax, r.share])).toEqual([
      ['虚构a社工服务站', 1, 1, 90, 100, 90],
      ['虚构b社工服务站', 1, 1, 90, 100, 90],
      ['虚构c社工服务站', 3, 2, 850, 1000, 85],
    ]);
    expect(file.mixedRules).toBe(true);
    expect(file.count).toBe(3);
  });

  it('documents every field it has, and has every field documented', () => {
    const documented = RANKING_FIELDS.map((f) => f.path).sort();
    expect([...new Set(paths(file))].sort()).toEqual(documented);
  });

  it('as CSV: a column per party of the cohort, empty where a report has no such party, the figures as in the JSON', () => {
    const { header, rows } = rankingCsv(cohort!, file);
    const col = (name: string) => header.indexOf(name);
    expect(header.slice(0, 3)).toEqual(['全市名次', '区内名次', '报告编号']);
    const gzOnly = cohort!.city.parties.find((p) => !FICTIONAL_RULES.parties.some((f) => f.id === p.id))!;
    const c = rows.find((r) => r[col('报告编号')] === 'c-2023-2024-final')!;
    expect(c[col(`${gzOnly.name}得分`)]).toBeNull();
    expect([c[col('总分')], c[col('满分')], c[col('得分率')], c[col('稳岗率')], c[col('稳岗率达标')], c[col('未达标指标数')]]).toEqual([
      '850.00',
      '1000.00',
      '85.00',
      '75.50',
      false,
      2,
    ]);
  });
});
