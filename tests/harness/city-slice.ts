// A slice of the fictional city (tools/fictional-city/) that the test command builds and gates within
// CI's time: every station of the city (so the directory, its search index and its district pages are at full
// city size) and the reports of one district for three service years (so report, index and open-data pages have
// real-size lists and paging). Built with the project's own build script into a scratch copy.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CITY_STATIONS, fictionalCity, installCityRuleSets, writeCityFiles, type City } from '../../tools/fictional-city/index.ts';
import { buildScratchSite, createScratchSite, SCRATCH_ROOT } from '../../tools/scratch-site.ts';

export const CITY_SLICE_ROOT = join(SCRATCH_ROOT, 'city-slice');
export const CITY_SLICE_DIST = join(CITY_SLICE_ROOT, 'dist');
/** Service years of the slice: two reports (中期, 末期) per station per year. */
export const SLICE_YEARS = 3;

export interface CitySlice {
  city: City;
  /** The district whose reports are in the slice. */
  district: string;
  /** The slice's reports (a subset of city.reports). */
  reportIds: string[];
}

/** The city and the slice of it: all stations, the reports of the first district for SLICE_YEARS years. */
export function citySlice(): CitySlice {
  const city = fictionalCity({ reports: CITY_STATIONS * 2 * SLICE_YEARS });
  const district = city.districts[0]!.name;
  const inDistrict = new Set(city.districts[0]!.stationIds);
  const reports = city.reports.filter((r) => inDistrict.has(r.stationId));
  return { city: { ...city, reports }, district, reportIds: reports.map((r) => r.id) };
}

export interface SliceBuild {
  slice: CitySlice;
  /** Seconds to write and build it. */
  buildSeconds: number;
}

/** Write the slice into a fresh scratch copy and build it; throws with the build's output when it fails. */
export async function buildCitySlice(): Promise<SliceBuild> {
  const start = performance.now();
  const slice = citySlice();
  const site = createScratchSite(CITY_SLICE_ROOT);
  installCityRuleSets(site.root);
  writeCityFiles(join(site.root, 'content'), slice.city);
  const run = await buildScratchSite(site);
  if (run.exitCode !== 0 || !existsSync(join(CITY_SLICE_DIST, 'index.html'))) {
    throw new Error(`building the city slice failed (exit ${run.exitCode}):\n${run.output.slice(-4000)}`);
  }
  return { slice, buildSeconds: (performance.now() - start) / 1000 };
}
