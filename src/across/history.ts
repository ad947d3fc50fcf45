/**
 * A station's reports over time, for its page: oldest first (service year, then 中期 before 末期), with where
 * the rule set changes, and the series its two charts draw: the total and each party's points (or, when the
 * reports' rule sets have different maxima, their shares of the maximum) with the grade bands, and each
 * indicator's completion rate and the 稳岗率 with the lines that count (100% and the rule set's minimum).
 * Every number comes from the reports' figures (./report-figures.ts) and their rule sets. Pure.
 */
import type { Stage } from '../schemas/report/identity.ts';
import { formatHundredths, type Hundredths, type RuleSet } from '../scoring/core.ts';
import type { ReportFigures } from './report-figures.ts';

export interface HistoryEntry {
  figures: ReportFigures;
  /** “2023-2024 末期”: how the charts and tables name the report. */
  label: string;
  /** Scored under another rule set than the report before it (false for the first). */
  rulesChanged: boolean;
}

/** A column of the parties' points: one party of one or more rule sets, told apart by id and name. */
export interface PartyColumn {
  key: string;
  name: string;
}

export interface StationHistory {
  /** Oldest first. */
  entries: HistoryEntry[];
  /** Reports under rule sets with different maxima (100 and 1,000 points): the charts plot shares of the maximum. */
  mixedMaxima: boolean;
  /** Every party of the reports' rule sets, the newest report's first. */
  parties: PartyColumn[];
  /** Every indicator of the reports, by key, in the newest report's order, then older reports' others. */
  indicators: { key: string; name: string }[];
  /** The newest report's rule set: its grade bands are the ones drawn. */
  newestRules: RuleSet;
}

const STAGE_ORDER: Record<Stage, number> = { 中期: 0, 末期: 1 };

/** Oldest first: service year, then 中期 before 末期, then id (two reports of one round never tie the order). */
export function chronological(a: ReportFigures, b: ReportFigures): number {
  return a.serviceYear.localeCompare(b.serviceYear) || STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] || a.id.localeCompare(b.id);
}

export const partyKey = (p: { id: string; name: string }) => `${p.id}:${p.name}`;

/** The history of a station's reports (any order in); null when it has none. */
export function stationHistory(reports: readonly ReportFigures[]): StationHistory | null {
  if (reports.length === 0) return null;
  const sorted = [...reports].sort(chronological);
  const newestFirst = [...sorted].reverse();
  const entries = sorted.map((figures, i) => ({
    figures,
    label: `${figures.serviceYear} ${figures.stage}`,
    rulesChanged: i > 0 && sorted[i - 1]!.rules.id !== figures.rules.id,
  }));
  const parties = new Map<string, PartyColumn>();
  const indicators = new Map<string, { key: string; name: string }>();
  for (const r of newestFirst) {
    for (const p of r.parties) if (!parties.has(partyKey(p))) parties.set(partyKey(p), { key: partyKey(p), name: p.name });
    for (const i of r.indicators) if (!indicators.has(i.key)) indicators.set(i.key, { key: i.key, name: i.name });
  }
  return {
    entries,
    mixedMaxima: new Set(sorted.map((r) => r.totalMax)).size > 1,
    parties: [...parties.values()],
    indicators: [...indicators.values()],
    newestRules: newestFirst[0]!.rules,
  };
}

/** One line of a chart: its values in the chart's unit (null where a report has no such figure). */
export interface HistorySeries {
  name: string;
  values: (number | null)[];
}

/** A horizontal line across a chart: a grade's floor, 100%, the 稳岗率 minimum. */
export interface HistoryLine {
  value: number;
  label: string;
}

export interface HistoryChartData {
  /** One per report, oldest first: “2023-2024 末期”. */
  labels: string[];
  /** Each report's stage, so 中期 and 末期 are drawn apart. */
  stages: Stage[];
  /** “分” for points, “%” for shares and rates. */
  unit: '分' | '%';
  /** The axis: from `min` to `max` in the unit. */
  min: number;
  max: number;
  series: HistorySeries[];
  lines: HistoryLine[];
}

const num = (h: Hundredths) => h / 100;

/** Round down / up to a whole step. */
const floorTo = (v: number, step: number) => Math.floor(v / step) * step;
const ceilTo = (v: number, step: number) => Math.ceil(v / step) * step;

/**
 * The total and each party's points over time, with the grade bands of the newest report's rule set. Under one
 * maximum it plots points; under different maxima, shares of each report's maximum (the bands as shares too).
 */
export function scoreChartData(h: StationHistory): HistoryChartData {
  const share = h.mixedMaxima;
  const value = (points: Hundredths, shareOf: Hundredths) => (share ? num(shareOf) : num(points));
  const total: HistorySeries = { name: '总分', values: h.entries.map(({ figures: f }) => value(f.total, f.share)) };
  const parties = h.parties.map((col) => ({
    name: col.name,
    values: h.entries.map(({ figures: f }) => {
      const p = f.parties.find((x) => `${x.id}:${x.name}` === col.key);
      return p ? value(p.points, p.share) : null;
    }),
  }));
  const rules = h.newestRules;
  const lines = rules.bands
    .filter((b) => b.min > 0)
    .map((b) => ({ value: share ? (b.min / rules.totalMax) * 100 : b.min, label: `${b.grade}` }));
  const top = share ? 100 : rules.totalMax;
  const all = [total, ...parties].flatMap((s) => s.values).filter((v): v is number => v !== null);
  const step = top / 10;
  return {
    labels: h.entries.map((e) => e.label),
    stages: h.entries.map((e) => e.figures.stage),
    unit: share ? '%' : '分',
    min: Math.max(0, floorTo(Math.min(...all, ...lines.map((l) => l.value)) - step, step)),
    max: top,
    series: [total, ...parties],
    lines,
  };
}

/**
 * Each indicator's completion rate and the 稳岗率 over time, with a line at 100% (the agreed amount) and at each
 * 稳岗率 minimum the reports' rule sets set (80% under gz-2023), read from the rule sets, never assumed.
 */
export function rateChartData(h: StationHistory): HistoryChartData {
  const retention: HistorySeries = { name: '稳岗率', values: h.entries.map((e) => num(e.figures.retention.rate)) };
  const indicators = h.indicators.map((ind) => ({
    name: ind.name,
    values: h.entries.map((e) => {
      const found = e.figures.indicators.find((i) => i.key === ind.key);
      return found ? num(found.rate) : null;
    }),
  }));
  const minima = [...new Set(h.entries.map((e) => e.figures.rules.staffing.retentionMinPercent).filter((m): m is number => m !== null))];
  const lines: HistoryLine[] = [{ value: 100, label: '100%' }, ...minima.filter((m) => m !== 100).map((m) => ({ value: m, label: `稳岗率 ${m}%` }))];
  const all = [retention, ...indicators].flatMap((s) => s.values).filter((v): v is number => v !== null);
  return {
    labels: h.entries.map((e) => e.label),
    stages: h.entries.map((e) => e.figures.stage),
    unit: '%',
    min: 0,
    max: ceilTo(Math.max(110, ...all), 50),
    series: [retention, ...indicators],
    lines,
  };
}

/** The one-report sentence: what there is, and that the history grows with the next report. */
export function singleReportSentence(f: ReportFigures): string {
  return `目前只公开了这个社工站的一份评估报告（${f.serviceYear} 服务年度${f.stage}评估），总分 ${formatHundredths(f.total)} 分（满分 ${num(f.totalMax)} 分），等级${f.grade}。有第二份报告后，这里会列出历次得分的变化。`;
}
