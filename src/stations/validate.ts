/**
 * Where a station file is checked: its record is derived from its report when it says `fromReport:`,
 * then checked against the station schema and cross-checked against the reports it cites
 * (./cross-check.ts). Pure: the caller hands in the file's data and a way to find what a report states.
 */
import type { Problem } from '../reports/checks/problem.ts';
import { fieldToPath } from '../reports/checks/problem.ts';
import { unknownFields } from '../schemas/common.ts';
import { derivedStationSchema, stationSchema, type StationData } from '../schemas/station.ts';
import { crossCheckStation, type ReportStationFacts } from './cross-check.ts';
import { deriveStation } from './derive.ts';

/** A `fromReport:` file: its own fields, and the report it cites, which must be this station's. */
function derivedProblems(id: string, data: Record<string, unknown>, report: (id: string) => ReportStationFacts | undefined): { problems: Problem[]; record: Record<string, unknown> } {
  const problems: Problem[] = [];
  const add = (path: PropertyKey[], message: string) => problems.push({ path, message });
  for (const u of unknownFields(derivedStationSchema, data)) add(u.path, u.message);
  const own = derivedStationSchema.safeParse(data);
  if (!own.success) for (const i of own.error.issues) if (i.code !== 'unrecognized_keys') add(i.path, data[String(i.path[0])] === undefined ? '缺少字段' : i.message);
  const reportId = typeof data.fromReport === 'string' ? data.fromReport : null;
  const cited = reportId ? report(reportId) : undefined;
  if (reportId && !cited) add(['fromReport'], `来源报告 “${reportId}” 不存在（content/reports/ 下没有这个 id 的报告）`);
  else if (cited && cited.station !== id) add(['fromReport'], `来源报告 “${reportId}” 是社工站 “${cited.station}” 的报告，不是本站（${id}）的`);
  else if (own.success && cited) return { problems, record: deriveStation(own.data.fromReport, cited, own.data) };
  return { problems, record: data };
}

/** The record against the station schema, then its report-sourced facts against those reports. */
function recordProblems(id: string, record: Record<string, unknown>, derived: boolean, report: (id: string) => ReportStationFacts | undefined): Problem[] {
  const problems: Problem[] = [];
  const add = (path: PropertyKey[], message: string) => problems.push({ path, message });
  for (const u of unknownFields(stationSchema, record)) add(u.path, u.message);
  const parsed = stationSchema.safeParse(record);
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      if (i.code === 'unrecognized_keys') continue;
      let v: unknown = record;
      for (const k of i.path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
      add(i.path, i.code === 'invalid_type' && v === undefined ? (derived ? `无法从来源报告推出（${i.message}）` : '缺少字段') : i.message);
    }
    return problems;
  }
  const cited = new Map<string, ReportStationFacts>();
  for (const [, reportId] of JSON.stringify(parsed.data).matchAll(/"report":"([a-z0-9-]+)"/g)) {
    const facts = report(reportId!);
    if (facts) cited.set(reportId!, facts);
  }
  for (const p of crossCheckStation(id, parsed.data as StationData, cited)) add(fieldToPath(p.field), p.message);
  return problems;
}

/**
 * Everything wrong with one station file (`id` is its name), and the record it stands for (derived from
 * its report when it says `fromReport:`). `report` finds what a report states about its station by id.
 */
export function stationFileProblems(
  id: string,
  data: Record<string, unknown>,
  report: (id: string) => ReportStationFacts | undefined,
): { problems: Problem[]; record: Record<string, unknown> } {
  const derived = 'fromReport' in data;
  const { problems, record } = derived ? derivedProblems(id, data, report) : { problems: [], record: data };
  if (problems.length > 0) return { problems, record };
  return { problems: recordProblems(id, record, derived, report), record };
}
