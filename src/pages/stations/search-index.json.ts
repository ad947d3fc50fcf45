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
  // Reports are newest first: the first is the one the home page's 我的社工站 card links.
  const latest = (s: (typeof stations)[number]) => {
    const r = s.reports[0];
    return r ? { url: urls.report(r.id), title: `${r.data.serviceYear} 服务年度 ${r.data.stage}评估` } : null;
  };
  return new Response(JSON.stringify({ stations: stations.map((s) => indexedStation(s.id, urls.station(s.id), s.data, latest(s))) }), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
