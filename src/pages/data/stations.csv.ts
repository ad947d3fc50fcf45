import type { APIRoute } from 'astro';
import { csvResponse, toCsv } from '../../open-data/csv.ts';
import { columnLabel, csvValue, STATION_COLUMNS, STATION_FIELD_BY_PATH, valueAt } from '../../open-data/fields.ts';
import { getStationRecords } from '../../open-data/load.ts';

/** One row per station; the report ids are joined with “;”. */
export const GET: APIRoute = async ({ site }) => {
  const stations = await getStationRecords(site);
  const header = [...STATION_COLUMNS.map((p) => columnLabel(p, STATION_FIELD_BY_PATH)), columnLabel('reports[]', STATION_FIELD_BY_PATH)];
  const rows = stations.map((s) => [
    ...STATION_COLUMNS.map((p) => csvValue(valueAt(s, p), STATION_FIELD_BY_PATH.get(p))),
    s.reports.join(';'),
  ]);
  return csvResponse(toCsv(header, rows));
};
