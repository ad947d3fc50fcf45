// Writing the fictional city to disk: into a content folder, or a scratch copy's whole content/.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fictionalCity, type City, type CityOptions } from './city.ts';
import { realCopiesCity } from './real-copies.ts';
import { installCityRuleSets, RULE_SET_DIR } from './rule-sets.ts';

/** Write the city into a content folder: content/stations/*.yaml and content/reports/**, replacing what is there. */
export function writeCity(contentDir: string, options: CityOptions & { realCopies?: boolean }): City {
  // realCopies: the same stations, each report a copy of the real one (real-copies.ts), for the bench's side-by-side check.
  const city = options.realCopies ? realCopiesCity(options) : fictionalCity(options);
  // When contentDir is a site's content folder, its registry gets the early years' rule set too.
  if (existsSync(join(contentDir, '..', RULE_SET_DIR))) installCityRuleSets(join(contentDir, '..'));
  for (const sub of ['stations', 'reports']) {
    rmSync(join(contentDir, sub), { recursive: true, force: true });
    mkdirSync(join(contentDir, sub), { recursive: true });
  }
  writeCityFiles(contentDir, city);
  return city;
}

/** Write a city's (or a slice's) stations and reports into a content folder that has stations/ and reports/. */
export function writeCityFiles(contentDir: string, city: City): void {
  for (const s of city.stations) writeFileSync(join(contentDir, 'stations', `${s.id}.yaml`), s.yaml);
  const made = new Set<string>();
  for (const report of city.reports) {
    const dir = join(contentDir, 'reports', report.stationId);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    writeFileSync(join(contentDir, report.path), report.mdx);
  }
}

/** Files under a folder, for tests that count what writeCity wrote. */
export function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length;
}
