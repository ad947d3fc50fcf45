/**
 * A cohort's ranking as open data: the JSON file and the CSV rows (/data/rankings/<year>-<stage>.json, .csv),
 * made from the same rankings the pages print. Pure.
 */
import { fromHundredths, formatHundredths } from '../scoring/index.ts';
import type { Cell } from '../open-data/csv.ts';
import type { RankingFile, RankingRow } from '../open-data/ranking-record.ts';
import type { CohortRankings } from './rankings.ts';

/** The JSON of one cohort's ranking; urls made absolute by the caller's `absolute`. */
export function rankingFile(c: CohortRankings, documentation: string, absolute: (path: string) => string, reportUrl: (id: string) => string): RankingFile {
  const districtRank = new Map(c.districts.flatMap((d) => d.rows.map((r) => [r.item.id, r.rank] as const)));
  const reports: RankingRow[] = c.city.rows.map(({ item: f, rank }) => ({
    rank,
    districtRank: districtRank.get(f.id)!,
    reportId: f.id,
    title: f.title,
    url: absolute(reportUrl(f.id)),
    station: { ...f.station },
    rules: f.rules.id,
    total: fromHundredths(f.total),
    totalMax: fromHundredths(f.totalMax),
    share: fromHundredths(f.share),
    grade: f.grade,
    parties: f.parties.map((p) => ({ id: p.id, name: p.name, points: fromHundredths(p.points), max: fromHundredths(p.max) })),
    retention: { rate: fromHundredths(f.retention.rate), met: f.retention.met },
    belowTarget: f.belowTarget,
  }));
  return {
    documentation,
    serviceYear: c.serviceYear,
    stage: c.stage,
    count: reports.length,
    ruleSets: c.city.ruleSetIds,
    mixedRules: c.city.mixedRules,
    reports,
  };
}

const two = (n: number) => formatHundredths(Math.round(n * 100));

interface Column {
  label: string;
  /** The field of the JSON the column comes from. */
  path: string;
  get: (r: RankingRow, file: RankingFile) => Cell;
}

const BEFORE_PARTIES: Column[] = [
  { label: '全市名次', path: 'reports[].rank', get: (r) => r.rank },
  { label: '区内名次', path: 'reports[].districtRank', get: (r) => r.districtRank },
  { label: '报告编号', path: 'reports[].reportId', get: (r) => r.reportId },
  { label: '社工站名称', path: 'reports[].station.name', get: (r) => r.station.name },
  { label: '区', path: 'reports[].station.district', get: (r) => r.station.district },
  { label: '服务年度', path: 'serviceYear', get: (_, f) => f.serviceYear },
  { label: '评估阶段', path: 'stage', get: (_, f) => f.stage },
  { label: '评估办法', path: 'reports[].rules', get: (r) => r.rules },
  { label: '总分', path: 'reports[].total', get: (r) => two(r.total) },
  { label: '满分', path: 'reports[].totalMax', get: (r) => two(r.totalMax) },
  { label: '得分率', path: 'reports[].share', get: (r) => two(r.share) },
  { label: '等级', path: 'reports[].grade', get: (r) => r.grade },
];
const AFTER_PARTIES: Column[] = [
  { label: '稳岗率', path: 'reports[].retention.rate', get: (r) => two(r.retention.rate) },
  { label: '稳岗率达标', path: 'reports[].retention.met', get: (r) => r.retention.met },
  { label: '未达标指标数', path: 'reports[].belowTarget', get: (r) => r.belowTarget },
  { label: '报告页面', path: 'reports[].url', get: (r) => r.url },
];

/**
 * The CSV of one cohort's ranking: one row per report, citywide order, a column per party of its rule sets
 * (“购买方得分” …, empty where a report's set has no such party).
 */
export function rankingCsv(c: CohortRankings, file: RankingFile): { header: string[]; rows: Cell[][] } {
  const parties = c.city.parties;
  const header = [...BEFORE_PARTIES.map((col) => col.label), ...parties.map((p) => `${p.name}得分`), ...AFTER_PARTIES.map((col) => col.label)];
  const rows = file.reports.map((r): Cell[] => [
    ...BEFORE_PARTIES.map((col) => col.get(r, file)),
    ...parties.map((p) => {
      const found = r.parties.find((x) => x.id === p.id);
      return found ? two(found.points) : null;
    }),
    ...AFTER_PARTIES.map((col) => col.get(r, file)),
  ]);
  return { header, rows };
}

/** Which field each CSV column comes from, for /data/ (the party columns stand as one line). */
export const RANKING_CSV_FIELDS: readonly { label: string; path: string }[] = [
  ...BEFORE_PARTIES,
  { label: '（每个评估方一列）购买方得分 …', path: 'reports[].parties[].points' },
  ...AFTER_PARTIES,
].map(({ label, path }) => ({ label, path }));
