/**
 * The directory search's data: every station's searchable facts and contact details, no sources. The
 * search island fetches it on the resident's first input, so /stations/ itself stays small.
 */
import type { APIRoute } from 'astro';
import { getStations } from '../../stations/load.ts';
import { indexedStation } from '../../stations/directory.ts';
import { urls } from '../../site/urls.ts';

export const GET: APIRoute = async () => {
  const stations = await getStations();
  return new Response(JSON.stringify({ stations: stations.map((s) => indexedStation(s.id, urls.station(s.id), s.data)) }), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
