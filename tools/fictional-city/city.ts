// The fictional city: 11 districts, 176 stations (streets and towns, about 2,800 社区 and 村 in all), and for
// each station two reports a year (中期 and 末期) of the real report's size and shape, going back as many
// service years as the number of reports asked for needs. Deterministic from a seed.
import { mdx } from './mdx.ts';
import { random, type Random } from './random.ts';
import { cityReportBody } from './report-body.ts';
import { cityReportData, type Stage } from './report-data.ts';
import { CITY_STATIONS, makeStations, type CityDistrict, type CityStation } from './stations.ts';

export interface CityOptions {
  /** How many reports in all (two per station per service year, newest year first). */
  reports: number;
  /** Seed of the pseudo-random choices; the same seed gives the same city, byte for byte. Default 1. */
  seed?: number;
  /** Stations in the city (default 176); fewer makes a slice for quick builds. */
  stations?: number;
  /** The newest service year starts in this year (default 2024: 2024-2025). */
  latestYear?: number;
}

export interface CityReport {
  stationId: string;
  /** Relative to content/, e.g. reports/xugou-001/2024-2025-final.mdx. */
  path: string;
  id: string;
  serviceYear: string;
  stage: Stage;
  mdx: string;
}

export interface City {
  districts: CityDistrict[];
  stations: CityStation[];
  reports: CityReport[];
}

function cityReport(r: Random, station: CityStation, year: number, stage: Stage, since: number): CityReport {
  const report = cityReportData(r, station, year, stage, since);
  const body = cityReportBody(r, station, report);
  const serviceYear = report.data.serviceYear;
  const slug = stage === '中期' ? 'interim' : 'final';
  return {
    stationId: station.id,
    path: `reports/${station.id}/${serviceYear}-${slug}.mdx`,
    id: `${station.id}-${serviceYear}-${slug}`,
    serviceYear,
    stage,
    mdx: mdx(report.data, body),
  };
}

/** The city and `reports` reports: the newest service year first, each station's 中期 then 末期. */
export function fictionalCity(options: CityOptions): City {
  const seed = options.seed ?? 1;
  const r = random(seed);
  const { districts, stations } = makeStations(r, options.stations ?? CITY_STATIONS);
  // Each station's own generator, so a station's reports do not change when N does.
  const since = stations.map(() => r.int(2010, 2016));
  const latest = options.latestYear ?? 2024;
  const reports: CityReport[] = [];
  const perYear = stations.length * 2;
  const years = Math.ceil(options.reports / perYear);
  for (let y = 0; y < years; y++) {
    const year = latest - y;
    stations.forEach((station, i) => {
      const sr = random(seed * 100_003 + (i + 1) * 7_919 + year);
      for (const stage of ['中期', '末期'] as const) {
        if (reports.length < options.reports) reports.push(cityReport(sr, station, year, stage, Math.min(since[i]!, year)));
      }
    });
  }
  return { districts, stations, reports };
}
