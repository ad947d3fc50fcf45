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
} as const;

/** Absolute URL on the configured site (root-relative when no site is set). */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
