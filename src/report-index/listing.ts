/**
 * The report index as static pages, so that filtering works without JavaScript and no page grows with the
 * archive: all reports, and the reports of each service year, each district and each grade, newest first,
 * PAGE_SIZE to a page. Pure: the pages call it at build time.
 */
import { indexUrls } from '../site/urls.ts';

/** Reports per index page: a phone shows each as a card, so 50 is a long scroll but a small page (~10 KB gzip). */
export const PAGE_SIZE = 50;

export type FacetKind = 'year' | 'district' | 'grade';
export interface Facet {
  kind: FacetKind;
  value: string;
}

/** What the index needs of a report to place it. */
export interface ListingRow {
  id: string;
  year: string;
  district: string;
  grade: string;
  /** YYYY-MM-DD, for newest first. */
  reportDate: string;
}

export const FACET_LABELS: Record<FacetKind, string> = { year: '服务年度', district: '区', grade: '等级' };

/** The URL of an index page. The first page of a list has no page number in its URL. */
export function listingPath(facet: Facet | null, page = 1): string {
  return indexUrls.reportListing(facet, page);
}

export function listingTitle(facet: Facet | null): string {
  if (!facet) return '评估报告';
  if (facet.kind === 'year') return `${facet.value} 服务年度的评估报告`;
  if (facet.kind === 'district') return `${facet.value}的评估报告`;
  return `等级为“${facet.value}”的评估报告`;
}

/** Newest first: by report date, then id, so the order is stable. */
export function newestFirst<R extends ListingRow>(rows: readonly R[]): R[] {
  return [...rows].sort((a, b) => b.reportDate.localeCompare(a.reportDate) || a.id.localeCompare(b.id));
}

/** The values each facet offers: the years newest first, districts in Chinese order, grades best first (as given). */
export function facetValues(rows: readonly ListingRow[], gradeOrder: readonly string[]): Record<FacetKind, string[]> {
  const present = (pick: (r: ListingRow) => string) => new Set(rows.map(pick));
  const zh = new Intl.Collator('zh-CN');
  return {
    year: [...present((r) => r.year)].sort().reverse(),
    district: [...present((r) => r.district)].sort(zh.compare),
    grade: gradeOrder.filter((g) => present((r) => r.grade).has(g)),
  };
}

export interface ListingPage<R> {
  path: string;
  facet: Facet | null;
  /** 1-based. */
  page: number;
  pages: number;
  /** Reports in the whole list (all its pages). */
  count: number;
  rows: R[];
}

/** Every page of one list. An empty list still has its first page (it says there is nothing yet). */
export function paginate<R>(facet: Facet | null, rows: readonly R[], pageSize = PAGE_SIZE): ListingPage<R>[] {
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  return Array.from({ length: pages }, (_, i) => ({
    path: listingPath(facet, i + 1),
    facet,
    page: i + 1,
    pages,
    count: rows.length,
    rows: rows.slice(i * pageSize, (i + 1) * pageSize),
  }));
}

/** Every index page: all reports, then each year, district and grade; rows newest first. */
export function listingPages<R extends ListingRow>(rows: readonly R[], gradeOrder: readonly string[], pageSize = PAGE_SIZE): ListingPage<R>[] {
  const sorted = newestFirst(rows);
  const values = facetValues(sorted, gradeOrder);
  const pick: Record<FacetKind, (r: R) => string> = { year: (r) => r.year, district: (r) => r.district, grade: (r) => r.grade };
  return [
    ...paginate(null, sorted, pageSize),
    ...(Object.keys(values) as FacetKind[]).flatMap((kind) =>
      values[kind].flatMap((value) => paginate({ kind, value }, sorted.filter((r) => pick[kind](r) === value), pageSize)),
    ),
  ];
}

/** The page numbers the paging links show: first, last, and two either side of the current one; null for a gap. */
export function pageNumbers(page: number, pages: number): (number | null)[] {
  const keep = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pages));
  const out: (number | null)[] = [];
  let last = 0;
  for (const n of [...keep].sort((a, b) => a - b)) {
    if (n > last + 1) out.push(null);
    out.push(n);
    last = n;
  }
  return out;
}
