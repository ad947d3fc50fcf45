/**
 * Cross-check between a station record and the reports it cites. The station
 * file holds the current contact facts so residents' pages read one record;
 * the report frontmatter holds what each report states. A fact whose source is
 * a report must say what that report says, or the build fails naming the
 * station file, the field and both values. One check per kind of fact, run
 * from one list. Pure: no Astro, no file system.
 */
import type { ReportData } from '../schemas/report/index.ts';
import type { FactSource, StationData } from '../schemas/station.ts';
import { phoneDigits } from './phones.ts';

/** What a report states about its station: the report schema's fields, with the station as its id. */
export type ReportStationFacts = Pick<ReportData, 'title' | 'station' | 'sites' | 'zones' | 'hotline'> & {
  parties: Pick<ReportData['parties'], 'operator' | 'purchaser'>;
};

export interface StationProblem {
  /** Path of the field in the station file, e.g. `sites[1].address`. */
  field: string;
  /** A Chinese sentence: what the report says and what the station file says. */
  message: string;
}

/** Whitespace between Chinese and digits is typography, not fact: “209 号” = “209号”. */
const squash = (s: string) => s.replace(/\s+/g, '');
const same = (a: string, b: string) => squash(a) === squash(b);
const quote = (s: string) => `“${s}”`;

interface Cited {
  id: string;
  section: string;
  report: ReportStationFacts;
}

/** What one kind of fact's check is given: the station's record, and how to reach a cited report and tell a problem. */
interface FactCheck {
  station: StationData;
  add: (field: string, message: string) => void;
  /** The cited report, or null after telling why it cannot be used (or when the source is not a report). */
  cited: (field: string, source: FactSource) => Cited | null;
  /** A fact that differs from its report: “与来源报告 id（section）不符：报告写 …，社工站资料写 …”. */
  differs: (field: string, src: Cited, reportSays: string, fileSays: string) => void;
}

/** Name, street and district: the report's title names the station; its purchaser is the street office. */
function identity({ station, cited, differs }: FactCheck): void {
  const src = cited('source', station.source);
  if (!src) return;
  const r = src.report;
  if (!squash(r.title).includes(squash(station.name))) differs('name', src, `标题 ${quote(r.title)}`, quote(station.name));
  for (const key of ['district', 'street'] as const) {
    if (!squash(r.parties.purchaser).includes(squash(station[key]))) {
      differs(key, src, `项目购买方 ${quote(r.parties.purchaser)}`, quote(station[key]));
    }
  }
}

function operator({ station, cited, differs }: FactCheck): void {
  const src = cited('operator', station.operator.source);
  if (src && !same(src.report.parties.operator, station.operator.name)) {
    differs('operator.name', src, quote(src.report.parties.operator), quote(station.operator.name));
  }
}

/** Sites: each report-sourced address is one the report prints, and a report cited for sites is cited whole: none of its addresses may be left out. */
function sites({ station, add, cited }: FactCheck): void {
  const siteReports = new Map<string, ReportStationFacts>();
  station.sites.forEach((site, i) => {
    const src = cited(`sites[${i}]`, site.source);
    if (!src) return;
    siteReports.set(src.id, src.report);
    if (!src.report.sites.some((s) => same(s.address, site.address))) {
      add(
        `sites[${i}].address`,
        `来源报告 ${src.id}（${src.section}）没有这个服务地址：社工站资料写 ${quote(site.address)}，报告写 ${src.report.sites.map((s) => quote(s.address)).join('、')}`,
      );
    }
  });
  for (const [id, report] of siteReports) {
    for (const s of report.sites) {
      if (!station.sites.some((site) => same(site.address, s.address))) {
        add('sites', `来源报告 ${id} 列出的服务地址 ${quote(s.address)} 不在社工站资料中（请补上，或改用更新的来源）`);
      }
    }
  }
}

/** Zones: same name, same communities (order aside); a cited report's zones are all present. */
function zones({ station, add, cited, differs }: FactCheck): void {
  const zoneReports = new Map<string, ReportStationFacts>();
  station.zones.forEach((zone, i) => {
    const src = cited(`zones[${i}]`, zone.source);
    if (!src) return;
    zoneReports.set(src.id, src.report);
    const stated = src.report.zones.find((z) => same(z.name, zone.name));
    if (!stated) {
      add(
        `zones[${i}].name`,
        `来源报告 ${src.id}（${src.section}）没有这个片区：社工站资料写 ${quote(zone.name)}，报告写 ${src.report.zones.map((z) => quote(z.name)).join('、')}`,
      );
      return;
    }
    const key = (list: string[]) => list.map(squash).sort().join('、');
    if (key(stated.communities) !== key(zone.communities)) {
      differs(`zones[${i}].communities`, src, `${zone.name}含 ${stated.communities.join('、')}`, zone.communities.join('、'));
    }
  });
  for (const [id, report] of zoneReports) {
    for (const z of report.zones) {
      if (!station.zones.some((zone) => same(zone.name, z.name))) {
        add('zones', `来源报告 ${id} 列出的片区 ${quote(z.name)} 不在社工站资料中（请补上，或改用更新的来源）`);
      }
    }
  }
}

/** Hotline: name and every line's kind and hours, in order. */
function hotline({ station, cited, differs }: FactCheck): void {
  const h = station.hotline;
  const src = cited('hotline', h.source);
  if (!src) return;
  const stated = src.report.hotline;
  if (!same(stated.name, h.name)) differs('hotline.name', src, quote(stated.name), quote(h.name));
  if (stated.lines.length !== h.lines.length) {
    differs('hotline.lines', src, `${stated.lines.length} 条热线`, `${h.lines.length} 条`);
    return;
  }
  h.lines.forEach((line, i) => {
    const s = stated.lines[i]!;
    if (s.kind !== line.kind) differs(`hotline.lines[${i}].kind`, src, quote(s.kind), quote(line.kind));
    if (!same(s.hours, line.hours)) differs(`hotline.lines[${i}].hours`, src, quote(s.hours), quote(line.hours));
    // A number the report prints must not be dropped.
    if (s.number !== null && line.number === null) {
      differs(`hotline.lines[${i}].number`, src, `号码 ${quote(s.number)}`, 'null（未写号码）');
    }
  });
}

/** Numbers: one sourced from a report must be the number that report prints for that line. */
function numbers({ station, add, cited, differs }: FactCheck): void {
  station.hotline.lines.forEach((line, i) => {
    if (!line.number) return;
    const field = `hotline.lines[${i}].number`;
    const src = cited(field, line.number.source);
    if (!src) return;
    const stated = src.report.hotline.lines[i]?.number ?? null;
    if (stated === null) {
      add(`${field}.value`, `来源报告 ${src.id}（${src.section}）没有公布第 ${i + 1} 条热线的号码，社工站资料却写 ${quote(line.number.value)}`);
    } else if (phoneDigits(stated) !== phoneDigits(line.number.value)) {
      differs(`${field}.value`, src, quote(stated), quote(line.number.value));
    }
  });
}

/** Every kind of fact, in the order its problems are told. */
const FACT_CHECKS: readonly ((check: FactCheck) => void)[] = [identity, operator, sites, zones, hotline, numbers];

export function crossCheckStation(
  stationId: string,
  station: StationData,
  reports: ReadonlyMap<string, ReportStationFacts>,
): StationProblem[] {
  const problems: StationProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const cited = (field: string, source: FactSource): Cited | null => {
    if (!('report' in source)) return null;
    const report = reports.get(source.report);
    if (!report) {
      add(`${field}.source.report`, `来源报告 ${quote(source.report)} 不存在（content/reports/ 下没有这个 id 的报告）`);
      return null;
    }
    if (report.station !== stationId) {
      add(`${field}.source.report`, `来源报告 ${quote(source.report)} 是社工站 ${quote(report.station)} 的报告，不是本站（${stationId}）的`);
      return null;
    }
    return { id: source.report, section: source.section, report };
  };
  const differs = (field: string, src: Cited, reportSays: string, fileSays: string) =>
    add(field, `与来源报告 ${src.id}（${src.section}）不符：报告写 ${reportSays}，社工站资料写 ${fileSays}`);
  for (const check of FACT_CHECKS) check({ station, add, cited, differs });
  return problems;
}
