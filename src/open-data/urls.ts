/** Where a report's open data lives (root-relative). Report pages link these through <DataLinks>. */
export function dataUrls(reportId: string): { json: string; csv: string } {
  const id = encodeURIComponent(reportId);
  return { json: `/data/reports/${id}.json`, csv: `/data/reports/${id}.csv` };
}

export const ALL_REPORTS_JSON = '/data/reports.json';
export const ALL_REPORTS_CSV = '/data/reports.csv';
export const ALL_STATIONS_JSON = '/data/stations.json';
export const ALL_STATIONS_CSV = '/data/stations.csv';
