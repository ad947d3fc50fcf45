/**
 * Every page and file URL of the site, root-relative, built in one place: pages, islands, the open
 * data and the feeds link through these, so a route that moves changes here only. Ids are
 * URL-encoded (report and station ids are plain ASCII today; an odd one must not break a link).
 */
const seg = encodeURIComponent;

export const urls = {
  home: '/',
  reports: '/reports/',
  report: (reportId: string) => `/reports/${seg(reportId)}/`,
  stations: '/stations/',
  station: (stationId: string) => `/stations/${seg(stationId)}/`,
  /** The calculator, or the calculator prefilled from a report (/calculator/?report=<id>). */
  calculator: (reportId?: string) => (reportId === undefined ? '/calculator/' : `/calculator/?report=${seg(reportId)}`),
  /** A report's figures as a calculator state, fetched by the calculator. */
  calculatorPrefill: (reportId: string) => `/calculator/prefill/${seg(reportId)}.json`,
  /** The published reports the calculator can start from (以某份报告为起点): id, title, service year. */
  calculatorReports: '/calculator/reports.json',
  /** The list of rule sets, or one rule set's own page. */
  methodology: (ruleSetId?: string) => (ruleSetId === undefined ? '/methodology/' : `/methodology/${seg(ruleSetId)}/`),
  glossary: '/glossary/',
  glossaryTerm: (termId: string) => `/glossary/#${seg(termId)}`,
  openData: '/data/',
  /** One report's open-data files. */
  reportData: (reportId: string) => ({ json: `/data/reports/${seg(reportId)}.json`, csv: `/data/reports/${seg(reportId)}.csv` }),
  allReportsJson: '/data/reports.json',
  allReportsCsv: '/data/reports.csv',
  allStationsJson: '/data/stations.json',
  allStationsCsv: '/data/stations.csv',
  /** Reports side by side: the compare page, or it showing these reports (/compare/?r=a,b). */
  compare: (reportIds?: readonly string[]) => (reportIds?.length ? `/compare/?r=${reportIds.map(seg).join(',')}` : '/compare/'),
} as const;

/**
 * The pages and files that only the server-rendered pages link (the header, the footer, <head>, robots.txt,
 * the search forms): a separate export from `urls` for the reason given at `indexUrls` below.
 */
export const shellUrls = {
  search: '/search/',
  accessibility: '/accessibility/',
  /** The reports' RSS feed. */
  rss: '/rss.xml',
  /** Written by @astrojs/sitemap. */
  sitemapIndex: '/sitemap-index.xml',
  /** Shown by the service worker for a page not kept for reading offline. */
  offline: '/offline/',
  /** The web app manifest (添加到主屏幕). */
  manifest: '/manifest.json',
  /** Written after the build (scripts/offline/); at the root, so it may serve every page. */
  serviceWorker: '/sw.js',
} as const;

/**
 * The index pages that list the archive: report lists, directory districts, open data by year. A separate
 * export from `urls` so the calculator's islands, which import `urls`, do not carry them (tree-shaking
 * drops an unused export, not an unused property).
 */
export const indexUrls = {
  /** The report index, or one of its facet lists (year, district, grade), at a page of it (page 1 has no number). */
  reportListing: (facet: { kind: string; value: string } | null, page = 1) => {
    const base = facet ? `/reports/${facet.kind}/${facet.value}/` : '/reports/';
    return page > 1 ? `${base}page/${page}/` : base;
  },
  /** A district's page of the directory. The name stays in Chinese: residents read it in the address bar too. */
  stationsDistrict: (district: string) => `/stations/district/${district}/`,
  /** What the directory's search island fetches on first input. */
  stationsSearchIndex: '/stations/search-index.json',
  /** One service year's report files, by district. */
  dataYear: (year: string) => `/data/year/${year}/`,
  /**
   * The rankings: their list, or one service year and stage (stage as its id: interim, final), citywide or in
   * one district (the name stays in Chinese, as on the directory's district pages).
   */
  rankings: (cohort?: { serviceYear: string; stageId: string; district?: string }) =>
    cohort ? `/rankings/${cohort.serviceYear}/${cohort.stageId}/${cohort.district ? `${cohort.district}/` : ''}` : '/rankings/',
  /** The rankings of one service year and stage as open data. */
  rankingData: (serviceYear: string, stageId: string) => ({
    json: `/data/rankings/${serviceYear}-${stageId}.json`,
    csv: `/data/rankings/${serviceYear}-${stageId}.csv`,
  }),
  /** The city overview, across years, or of one service year. */
  overview: (serviceYear?: string) => (serviceYear ? `/overview/${serviceYear}/` : '/overview/'),
  /** The themes of the findings (值得肯定 / 需要关注) across the reports. */
  themes: '/overview/themes/',
  /** The reports of one service year that raise one theme, as 值得肯定 and as 需要关注. */
  themeYear: (serviceYear: string, themeId: string) => `/overview/themes/${serviceYear}/${seg(themeId)}/`,
  /** The overview figures of one service year as open data. */
  overviewData: (serviceYear: string) => ({ json: `/data/overview/${serviceYear}.json`, csv: `/data/overview/${serviceYear}.csv` }),
} as const;

/**
 * Whether a path is one item's own page directly under a list, as /reports/<id>/ is under /reports/
 * (a trailing slash optional); the list itself and its deeper pages (/reports/page/2/) are not.
 */
export function isItemPage(list: string, path: string): boolean {
  if (!path.startsWith(list)) return false;
  const rest = path.slice(list.length).replace(/\/$/, '');
  return rest !== '' && !rest.includes('/');
}

/** Absolute URL on the configured site (root-relative when no site is set). */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
