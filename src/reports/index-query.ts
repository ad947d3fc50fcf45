/**
 * Filtering and sorting the report index. Pure: the page renders the rows in the default
 * order at build time, and the browser script applies a query read from the form or the URL.
 */
import type { GradeName } from '../scoring/core.ts';

export interface IndexRow {
  id: string;
  district: string;
  /** Service year, e.g. 2023-2024. */
  year: string;
  grade: GradeName;
  /** Total in hundredths (8362), compared exactly. */
  total: number;
  /** YYYY-MM-DD, for "newest first". */
  reportDate: string;
}

export const SORTS = {
  newest: '最新的在前',
  'total-desc': '总分从高到低',
  'total-asc': '总分从低到高',
} as const;
export type SortKey = keyof typeof SORTS;

export interface IndexQuery {
  district: string | null;
  year: string | null;
  grade: GradeName | null;
  sort: SortKey;
}

export const DEFAULT_QUERY: IndexQuery = { district: null, year: null, grade: null, sort: 'newest' };

/** Read a query from URL parameters; values the index does not offer are ignored, never an error. */
export function parseQuery(
  params: URLSearchParams,
  offered: { districts: readonly string[]; years: readonly string[]; grades: readonly string[] },
): IndexQuery {
  const pick = (name: string, allowed: readonly string[]) => {
    const v = params.get(name);
    return v !== null && allowed.includes(v) ? v : null;
  };
  const sort = params.get('sort');
  return {
    district: pick('district', offered.districts),
    year: pick('year', offered.years),
    grade: pick('grade', offered.grades) as GradeName | null,
    sort: sort !== null && sort in SORTS ? (sort as SortKey) : 'newest',
  };
}

/** The query as URL parameters, leaving out defaults (so the plain /reports/ stays plain). */
export function queryToParams(q: IndexQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (q.district) p.set('district', q.district);
  if (q.year) p.set('year', q.year);
  if (q.grade) p.set('grade', q.grade);
  if (q.sort !== 'newest') p.set('sort', q.sort);
  return p;
}

function compare(a: IndexRow, b: IndexRow, sort: SortKey): number {
  const newest = b.reportDate.localeCompare(a.reportDate) || a.id.localeCompare(b.id);
  if (sort === 'total-desc') return b.total - a.total || newest;
  if (sort === 'total-asc') return a.total - b.total || newest;
  return newest;
}

/** The rows that match, in the asked order. */
export function applyQuery<R extends IndexRow>(rows: readonly R[], q: IndexQuery): R[] {
  return rows
    .filter(
      (r) =>
        (q.district === null || r.district === q.district) &&
        (q.year === null || r.year === q.year) &&
        (q.grade === null || r.grade === q.grade),
    )
    .sort((a, b) => compare(a, b, q.sort));
}

/**
 * The filters' options: the districts and years that have reports, and `grades` (every grade of the
 * rule sets, best first: the page passes gradeNames(ruleSets()), so this module stays free of the registry
 * and small for the browser script).
 */
export function options(rows: readonly IndexRow[], grades: readonly GradeName[]) {
  const uniq = (xs: string[]) => [...new Set(xs)];
  return {
    districts: uniq(rows.map((r) => r.district)).sort((a, b) => a.localeCompare(b, 'zh-CN')),
    years: uniq(rows.map((r) => r.year)).sort().reverse(),
    grades: [...grades],
  };
}
