import type { APIRoute } from 'astro';
import { csvResponse, toCsv } from '../../open-data/csv.ts';
import { STATION_CSV_COLUMNS } from '../../open-data/fields.ts';
import { getStationRecords } from '../../open-data/load.ts';

/** One row per station (columns on /data/); lists joined with “；”. */
export const GET: APIRoute = async ({ site }) => {
  const stations = await getStationRecords(site);
  return csvResponse(
    toCsv(
      STATION_CSV_COLUMNS.map((c) => c.label),
      stations.map((s) => STATION_CSV_COLUMNS.map((c) => c.get(s))),
    ),
  );
};
