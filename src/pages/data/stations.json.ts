import type { APIRoute } from 'astro';
import { jsonResponse } from '../../open-data/csv.ts';
import { getStationRecords } from '../../open-data/load.ts';
import { urls } from '../../site/urls.ts';

/** Every station. Fields: /data/. */
export const GET: APIRoute = async ({ site }) => {
  const stations = await getStationRecords(site);
  return jsonResponse({ documentation: new URL(urls.openData, site ?? 'http://localhost/').href, count: stations.length, stations });
};
