/**
 * The search filters (Pagefind's data-pagefind-filter): their names as the index holds them and the search
 * page shows them, and their short names in a shareable /search/ address (?q=稳岗率&kind=需要关注&year=…).
 * A report page carries the year, district, stage and grade and is the 其他正文 of its report; each findings
 * block is indexed as a passage of its own, with the same filters and its kind (./passages.ts). Pure.
 */
export const SEARCH_FILTERS = [
  { param: 'year', name: '服务年度' },
  { param: 'district', name: '区' },
  { param: 'stage', name: '阶段' },
  { param: 'grade', name: '等级' },
  { param: 'kind', name: '段落' },
] as const;

export type FilterName = (typeof SEARCH_FILTERS)[number]['name'];

/** The 段落 filter's values: a findings block's kind, or the rest of a report's text. */
export const PASSAGE_KIND = { positive: '值得肯定', concern: '需要关注', other: '其他正文' } as const;

/** A report page's filters (the 段落 of its own text is 其他正文). */
export function reportFilters(r: { serviceYear: string; district: string; stage: string; grade: string }): [FilterName, string][] {
  return [
    ['服务年度', r.serviceYear],
    ['区', r.district],
    ['阶段', r.stage],
    ['等级', r.grade],
    ['段落', PASSAGE_KIND.other],
  ];
}
