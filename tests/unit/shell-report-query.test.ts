import { describe, expect, it } from 'vitest';
import { applyQuery, DEFAULT_QUERY, options, parseQuery, queryToParams, type IndexRow } from '../../src/reports/index-query.ts';
import { gradeNames, ruleSets } from '../../src/scoring/index.ts';

const rows: IndexRow[] = [
  { id: 'a', district: '越秀区', year: '2023-2024', grade: '良好', total: 8362, reportDate: '2024-03-20' },
  { id: 'b', district: '天河区', year: '2023-2024', grade: '优秀', total: 9100, reportDate: '2024-01-10' },
  { id: 'c', district: '越秀区', year: '2022-2023', grade: '合格', total: 7500, reportDate: '2023-03-01' },
  { id: 'd', district: '海珠区', year: '2023-2024', grade: '良好', total: 8362, reportDate: '2024-02-01' },
];
const offered = options(rows, gradeNames(ruleSets()));

describe('report index query', () => {
  it('offers the districts and years that have reports, and every grade best first', () => {
    expect(offered.districts).toEqual(['海珠区', '天河区', '越秀区']);
    expect(offered.years).toEqual(['2023-2024', '2022-2023']);
    expect(offered.grades).toEqual(['优秀', '良好', '合格', '不合格']);
  });

  it('lists newest first by default', () => {
    expect(applyQuery(rows, DEFAULT_QUERY).map((r) => r.id)).toEqual(['a', 'd', 'b', 'c']);
  });

  it('filters by 区, 年度 and 等级 together', () => {
    const q = parseQuery(new URLSearchParams('district=越秀区&year=2023-2024'), offered);
    expect(applyQuery(rows, q).map((r) => r.id)).toEqual(['a']);
    expect(applyQuery(rows, { ...DEFAULT_QUERY, grade: '良好' }).map((r) => r.id)).toEqual(['a', 'd']);
    expect(applyQuery(rows, { ...DEFAULT_QUERY, grade: '不合格' })).toEqual([]);
  });

  it('sorts by total both ways, ties newest first', () => {
    expect(applyQuery(rows, { ...DEFAULT_QUERY, sort: 'total-desc' }).map((r) => r.id)).toEqual(['b', 'a', 'd', 'c']);
    expect(applyQuery(rows, { ...DEFAULT_QUERY, sort: 'total-asc' }).map((r) => r.id)).toEqual(['c', 'a', 'd', 'b']);
  });

  it('ignores values it does not offer instead of failing', () => {
    expect(parseQuery(new URLSearchParams('district=火星区&grade=特优&sort=random&year=1900'), offered)).toEqual(DEFAULT_QUERY);
  });

  it('writes only non-default choices to the URL, and reads them back', () => {
    expect(queryToParams(DEFAULT_QUERY).toString()).toBe('');
    const q = { district: '越秀区', year: null, grade: '良好' as const, sort: 'total-desc' as const };
    expect(parseQuery(queryToParams(q), offered)).toEqual(q);
  });
});
