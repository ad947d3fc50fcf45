// The bench's side-by-side city (issue 27): the fictional city's 176 stations, each with copies of the one real
// report (content/reports/liuhua/2023-2024-final.mdx: full body, 14 indicators, 23 key figures, the findings)
// instead of generated ones, so the bench can check that its own city costs what real reports cost. Written into
// scratch copies only: the text stays the real report's, only the station, the stage and the years change.
// Copies go 中期 and 末期 for service years 2023–2024 onwards (gz-2023's period), as many as asked for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { City, CityReport } from './city.ts';
import { random } from './random.ts';
import { CITY_STATIONS, makeStations } from './stations.ts';

export const REAL_REPORT_FILE = join(import.meta.dirname, '..', '..', 'content', 'reports', 'liuhua', '2023-2024-final.mdx');
const REAL_YEAR = 2023;

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The real report moved `shift` years on: every year 2020–2029 in it (not the rule set's id), and 29 February kept valid. */
function shiftYears(text: string, shift: number): string {
  return text
    .replace(/(?<!gz-)\b(202\d)(?=\D)/g, (y) => String(Number(y) + shift))
    .replace(/\b(\d{4})-02-29\b/g, (m, y: string) => (leap(Number(y)) ? m : `${y}-02-28`))
    .replace(/(\d{4}) ?年 ?2 ?月 ?29 ?日/g, (m, y: string) => (leap(Number(y)) ? m : m.replace(/29 ?日$/, '28日')));
}

/** One copy of the real report for a station, service year (REAL_YEAR + shift) and stage. */
function copy(real: string, station: { id: string; name: string }, shift: number, stage: '中期' | '末期'): CityReport {
  const year = REAL_YEAR + shift;
  const serviceYear = `${year}-${year + 1}`;
  const slug = stage === '中期' ? 'interim' : 'final';
  const mdx = shiftYears(real, shift)
    .replace(/^station: .*$/m, `station: ${station.id}`)
    .replace(/^title: .*$/m, `title: ${station.name} ${stage}评估报告`)
    .replace(/^stage: .*$/m, `stage: ${stage}`);
  return { stationId: station.id, path: `reports/${station.id}/${serviceYear}-${slug}.mdx`, id: `${station.id}-${serviceYear}-${slug}`, serviceYear, stage, mdx };
}

/** The city's stations (seed 1, as fictionalCity makes them) and `reports` copies of the real report, newest year last. */
export function realCopiesCity(options: { reports: number; stations?: number; seed?: number }): City {
  const { districts, stations } = makeStations(random(options.seed ?? 1), options.stations ?? CITY_STATIONS);
  const real = readFileSync(REAL_REPORT_FILE, 'utf8');
  const reports: CityReport[] = [];
  for (let shift = 0; reports.length < options.reports; shift++) {
    for (const station of stations) {
      for (const stage of ['中期', '末期'] as const) if (reports.length < options.reports) reports.push(copy(real, station, shift, stage));
    }
  }
  return { districts, stations, reports };
}
