import { defineCollection, reference } from 'astro:content';
import { reportsLoader, stationsLoader } from './content-check/loaders.ts';
import { makeReportSchema } from './reports/validate.ts';
import { stationSchema } from './schemas/station.ts';

// The content folders can be pointed elsewhere (the benchmark and the bad-content
// suite build scratch copies); by default they are the repository's content/.
const reportsDir = process.env.REPORTS_DIR ?? './content/reports';
const stationsDir = process.env.STATIONS_DIR ?? './content/stations';

// Both loaders check their files as they read them (src/content-check/, running src/reports/validate.ts
// and src/stations/validate.ts): one build reports every content problem, one line each (file:line: field: message), before any page is made.
const reports = defineCollection({
  loader: reportsLoader(reportsDir, stationsDir),
  schema: makeReportSchema(reference('stations')),
});

const stations = defineCollection({
  loader: stationsLoader(stationsDir, reportsDir),
  schema: stationSchema,
});

export const collections = { reports, stations };
