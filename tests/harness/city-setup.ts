import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildCitySlice, CITY_SLICE_DIST, citySlice } from './city-slice.ts';
import { serveStatic } from '../../tools/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}

/**
 * The city project's setup: build the slice of the fictional city (tests/harness/city-slice.ts) and serve it, so
 * the same gates and user paths run on it as on dist/. CITY_SLICE_REUSE=1 serves an earlier build instead, for
 * working on the tests only (the test command never sets it).
 */
export default async function setup(project: TestProject) {
  const reuse = process.env.CITY_SLICE_REUSE === '1' && existsSync(join(CITY_SLICE_DIST, 'index.html'));
  if (reuse) {
    const slice = citySlice();
    console.log(`city slice: reusing ${CITY_SLICE_DIST} (${slice.city.stations.length} stations, ${slice.reportIds.length} reports)`);
  } else {
    const { slice, buildSeconds } = await buildCitySlice();
    console.log(`city slice: ${slice.city.stations.length} stations, ${slice.reportIds.length} reports of ${slice.district}, written and built in ${buildSeconds.toFixed(1)} s`);
  }
  const { server, origin } = await serveStatic(CITY_SLICE_DIST);
  project.provide('origin', origin);
  return () => new Promise<void>((done) => server.close(() => done()));
}
