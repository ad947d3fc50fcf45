// The fictional city, in one place for the bench, Lighthouse, the stress run and the tests: every name says
// 虚构, one indicator table (indicators.ts), nothing here is published (it is written into scratch copies only).
//   names.ts, random.ts     place names and the seeded choices
//   stations.ts             the city's stations, and numbered ones (xugou-<n>)
//   indicators.ts           the one indicator table
//   report-data.ts          report frontmatter, scored through src/scoring: a city report, a numbered report
//   findings.ts             the sentences of a city report's findings
//   report-body.ts, mdx.ts  report text, and files as a build reads them
//   sample-report.ts        one hand-made report for the schema tests
//   rule-sets.ts            the early years' fictional rule set
//   city.ts, write.ts       the whole city, and writing it to disk
//   real-copies.ts          the same stations with copies of the real report (the bench's side-by-side city)
export { CITY_STATIONS, fictionalStation, type CityDistrict, type CityStation, type CityZone, type FictionalStation } from './stations.ts';
export { INDICATORS, indicatorRows, type IndicatorRow } from './indicators.ts';
export { fictionalReportData, type ReportData } from './report-data.ts';
export { fictionalReportBody, reportMdx } from './report-body.ts';
export { frontmatterYaml } from './mdx.ts';
export { fictionalReport } from './sample-report.ts';
export { CITY_EARLY_RULES_FILE, cityRuleSetById, installCityRuleSets } from './rule-sets.ts';
export { fictionalCity, type City, type CityOptions, type CityReport } from './city.ts';
export { countFiles, writeCity, writeCityFiles } from './write.ts';
export { realCopiesCity, REAL_REPORT_FILE } from './real-copies.ts';
