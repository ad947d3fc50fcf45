import { describe, expect, it } from 'vitest';
import { facetValues, listingPages, listingPath, listingTitle, newestFirst, pageNumbers, paginate } from '../../src/report-index/listing.ts';
import { filesByYear } from '../../src/open-data/groups.ts';

const GRADES = ['优秀', '良好', '合格', '不合格'];
const row = (id: string, year: string, district: string, grade: string, reportDate: string) => ({ id, year, district, grade, reportDate });
const ROWS = [
  row('b', '2023-2024', '越秀区', '良好', '2024-03-20'),
  row('a', '2022-2023', '海珠区', '优秀', '2023-03-01'),
  row('c', '2023-2024', '海珠区', '良好', '2024-03-20'),
  row('d', '2023-2024', '越秀区', '合格', '2023-10-01'),
];

describe('report index pages', () => {
  it('URLs: the first page has no number; facets have their own path', () => {
    expect(listingPath(null)).toBe('/reports/');
    expect(listingPath(null, 2)).toBe('/reports/page/2/');
    expect(listingPath({ kind: 'year', value: '2023-2024' })).toBe('/reports/year/2023-2024/');
    expect(listingPath({ kind: 'district', value: '越秀区' }, 3)).toBe('/reports/district/越秀区/page/3/');
    expect(listingTitle({ kind: 'grade', value: '良好' })).toBe('等级为“良好”的评估报告');
  });

  it('newest first, ties by id', () => {
    expect(newestFirst(ROWS).map((r) => r.id)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('offers only values that have reports: years newest first, districts in Chinese order, grades best first', () => {
    expect(facetValues(ROWS, GRADES)).toEqual({ year: ['2023-2024', '2022-2023'], district: ['海珠区', '越秀区'], grade: ['优秀', '良好', '合格'] });
  });

  it('pages hold pageSize rows; every row is on exactly one page of each list it belongs to', () => {
    const pages = listingPages(ROWS, GRADES, 2);
    const all = pages.filter((p) => p.facet === null);
    expect(all.map((p) => [p.path, p.rows.map((r) => r.id)])).toEqual([
      ['/reports/', ['b', 'c']],
      ['/reports/page/2/', ['d', 'a']],
    ]);
    const yueXiu = pages.filter((p) => p.facet?.kind === 'district' && p.facet.value === '越秀区');
    expect(yueXiu.flatMap((p) => p.rows.map((r) => r.id))).toEqual(['b', 'd']);
    expect(yueXiu).toHaveLength(1);
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
  });

  it('an empty list still has a first page', () => {
    expect(paginate(null, [], 50)).toEqual([{ path: '/reports/', facet: null, page: 1, pages: 1, count: 0, rows: [] }]);
  });

  it('paging links: first, last, two either side, gaps', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 10)).toEqual([1, 2, 3, null, 10]);
    expect(pageNumbers(6, 10)).toEqual([1, null, 4, 5, 6, 7, 8, null, 10]);
    expect(pageNumbers(10, 10)).toEqual([1, null, 8, 9, 10]);
    expect(pageNumbers(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('open-data files by year', () => {
  it('groups the year newest first, districts in Chinese order, reports newest first within', () => {
    const records = ROWS.map((r) => ({ id: r.id, serviceYear: r.year, reportDate: r.reportDate, station: { district: r.district } }));
    const groups = filesByYear(records);
    expect(groups.map((g) => [g.year, g.count])).toEqual([
      ['2023-2024', 3],
      ['2022-2023', 1],
    ]);
    expect(groups[0]!.districts.map((d) => [d.district, d.reports.map((r) => r.id)])).toEqual([
      ['海珠区', ['c']],
      ['越秀区', ['b', 'd']],
    ]);
  });
});
