/**
 * Reports side by side (the compare page): which reports a link or the saved list names, and the rows of the
 * comparison: total, grade, each party, every indicator (matched by key), staffing and key figures, each later
 * report's figure told against the first one's in words (“高 3.20 分”, “低 5.00 个百分点”), so a difference
 * never rests on colour alone. Reports under rule sets with different maxima are compared on shares of the
 * maximum. Browser-safe (the compare island runs it) and pure.
 */
import { formatHundredths, gradeRank, toHundredths, type Hundredths } from '../scoring/core.ts';
import type { ReportRecord } from '../open-data/record.ts';
import { figuresUnder, type FiguresSource, type ReportFigures } from './report-figures.ts';
import type { RuleSet } from '../scoring/core.ts';

export { addToList, isReportId, MAX_COMPARED, parseCompareIds, parseSavedList, type AddResult, type ParsedIds } from './compare-ids.ts';

// ---------- the comparison ----------

/** The part of an open-data record the comparison reads (a whole ReportRecord fits). */
export type CompareSource = Omit<FiguresSource, 'indicators' | 'staffing'> &
  Pick<ReportRecord, 'rules' | 'keyFigures'> & {
    indicators: (FiguresSource['indicators'][number] & { completed: number; target: number; unit: string })[];
    staffing: {
      certifiedStaff: number;
      totalStaff: number;
      retention: { rate: number; met: boolean | null; stableStaff: number; requiredPosts: number };
    };
  };

/** How a figure stands against the first report's. */
export interface Difference {
  direction: 'higher' | 'lower' | 'same';
  /** “高 3.20 分”, “低 5.00 个百分点”, “多 2 人”, “相同”. */
  text: string;
}

export interface CompareCell {
  text: string;
  /** Against the first report; null for the first report itself, or where there is nothing to compare. */
  difference: Difference | null;
  /** The report has no such figure. */
  missing: boolean;
}

export interface CompareRow {
  label: string;
  cells: CompareCell[];
}

export interface CompareGroup {
  title: string;
  rows: CompareRow[];
}

export interface Comparison {
  reports: ReportFigures[];
  /** Not every report is under the same rule set. */
  mixedRules: boolean;
  /** Their rule sets have different maxima: totals and parties are compared as shares of the maximum. */
  mixedMaxima: boolean;
  groups: CompareGroup[];
}

const MISSING = (text: string): CompareCell => ({ text, difference: null, missing: true });

/** A difference in hundredths, worded with `unit` (分, 个百分点) or with 多/少 and a count's unit. */
function differenceOf(value: Hundredths, base: Hundredths, unit: string, words: [string, string] = ['高', '低']): Difference {
  const d = value - base;
  if (d === 0) return { direction: 'same', text: '相同' };
  // A count (多/少 2 人) drops “.00”; points and percentage points keep two decimals, as printed.
  const amount = words[0] === '多' ? formatHundredths(Math.abs(d)).replace(/\.00$/, '') : formatHundredths(Math.abs(d));
  return d > 0 ? { direction: 'higher', text: `${words[0]} ${amount} ${unit}` } : { direction: 'lower', text: `${words[1]} ${amount} ${unit}` };
}

/** One row from each report's value (null: the report has none), compared with the first report's. */
function row(
  label: string,
  values: ({ value: Hundredths; text: string } | null)[],
  missingText: string,
  diff: (value: Hundredths, base: Hundredths) => Difference,
): CompareRow {
  const base = values[0];
  return {
    label,
    cells: values.map((v, i) => {
      if (v === null) return MISSING(missingText);
      const difference = i === 0 || !base ? null : diff(v.value, base.value);
      return { text: v.text, difference, missing: false };
    }),
  };
}

const pct = (h: Hundredths) => `${formatHundredths(h)}%`;
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const points = (diffUnit: string) => (v: Hundredths, b: Hundredths) => differenceOf(v, b, diffUnit);

/** The comparison of two to four reports, each read under its own rule set (`rulesOf`), the first as the base. */
export function compareReports(sources: readonly CompareSource[], rulesOf: (id: string) => RuleSet | undefined): Comparison {
  const usable = sources.flatMap((s) => {
    const rules = rulesOf(s.rules);
    return rules ? [{ source: s, figures: figuresUnder(s, rules) }] : [];
  });
  const reports = usable.map((u) => u.figures);
  const mixedRules = new Set(reports.map((r) => r.rules.id)).size > 1;
  const mixedMaxima = new Set(reports.map((r) => r.totalMax)).size > 1;
  const shareDiff = points('个百分点');

  // Scores: points under one maximum, shares of the maximum under several.
  const total = row(
    mixedMaxima ? '总分（占满分）' : '总分',
    reports.map((r) => ({
      value: mixedMaxima ? r.share : r.total,
      text: mixedMaxima ? `${formatHundredths(r.total)} / ${formatHundredths(r.totalMax)} 分（${pct(r.share)}）` : `${formatHundredths(r.total)} 分`,
    })),
    '—',
    mixedMaxima ? shareDiff : points('分'),
  );
  const base = reports[0];
  const grade: CompareRow = {
    label: '等级',
    cells: reports.map((r, i) => {
      if (i === 0 || !base) return { text: r.grade, difference: null, missing: false };
      if (r.rules.id !== base.rules.id) return { text: r.grade, difference: null, missing: false };
      const d = gradeRank(r.rules, r.grade) - gradeRank(base.rules, base.grade);
      const difference: Difference =
        d === 0 ? { direction: 'same', text: '相同' } : d > 0 ? { direction: 'higher', text: `高 ${d} 个等级` } : { direction: 'lower', text: `低 ${-d} 个等级` };
      return { text: r.grade, difference, missing: false };
    }),
  };
  const partyIds = [...new Map(reports.flatMap((r) => r.parties.map((p) => [p.id, p.name] as const))).entries()];
  const parties = partyIds.map(([id, name]) =>
    row(
      mixedMaxima ? `${name}（占该方满分）` : name,
      reports.map((r) => {
        const p = r.parties.find((x) => x.id === id);
        if (!p) return null;
        return mixedMaxima
          ? { value: p.share, text: `${formatHundredths(p.points)} / ${formatHundredths(p.max)} 分（${pct(p.share)}）` }
          : { value: p.points, text: `${formatHundredths(p.points)} / ${formatHundredths(p.max)} 分` };
      }),
      '该评估办法无此评估方',
      mixedMaxima ? shareDiff : points('分'),
    ),
  );

  // Indicators, matched by key, named as the first report that has them names them.
  const indicatorKeys = [...new Map(usable.flatMap((u) => u.source.indicators.map((i) => [i.key, i.name] as const))).entries()];
  const indicators = indicatorKeys.map(([key, name]) =>
    row(
      `${name}完成率`,
      usable.map(({ source }) => {
        const i = source.indicators.find((x) => x.key === key);
        if (!i) return null;
        const rate = toHundredths(i.rate);
        return { value: rate, text: `${pct(rate)}（${count(i.completed)} / ${count(i.target)} ${i.unit}，${i.met ? '达标' : '未达标'}）` };
      }),
      '该报告未列此项指标',
      shareDiff,
    ),
  );

  const staff = (label: string, pick: (s: CompareSource) => number) =>
    row(
      label,
      usable.map(({ source }) => ({ value: toHundredths(pick(source)), text: `${count(pick(source))} 人` })),
      '—',
      (v, b) => differenceOf(v, b, '人', ['多', '少']),
    );
  const staffing = [
    staff('持证社工', (s) => s.staffing.certifiedStaff),
    staff('社工总数', (s) => s.staffing.totalStaff),
    row(
      '稳岗率',
      usable.map(({ source, figures }) => {
        const r = source.staffing.retention;
        const verdict = r.met === null ? '该办法无最低要求' : r.met ? '达标' : '未达标';
        return { value: figures.retention.rate, text: `${pct(figures.retention.rate)}（${r.stableStaff} / ${r.requiredPosts} 人，${verdict}）` };
      }),
      '—',
      shareDiff,
    ),
  ];

  // Key figures, matched by what is counted, its unit and scope.
  const keyOf = (k: CompareSource['keyFigures'][number]) => `${k.label}|${k.unit}|${k.scope ?? ''}`;
  const keyFigureKeys = [...new Map(usable.flatMap((u) => u.source.keyFigures.map((k) => [keyOf(k), k] as const))).values()];
  const keyFigures = keyFigureKeys.map((k) =>
    row(
      k.scope ? `${k.label}（${k.scope}）` : k.label,
      usable.map(({ source }) => {
        const f = source.keyFigures.find((x) => keyOf(x) === keyOf(k));
        if (!f) return null;
        const text = `${f.qualifier === '超过' ? '超过 ' : ''}${count(f.value)}${f.qualifier === '余' ? ' 余' : ''} ${f.unit}`;
        return { value: toHundredths(f.value), text };
      }),
      '该报告未列此项',
      (v, b) => differenceOf(v, b, k.unit, ['多', '少']),
    ),
  );

  const groups: CompareGroup[] = [
    { title: '总分与等级', rows: [total, grade] },
    { title: '各方评估得分', rows: parties },
    { title: '服务指标完成率', rows: indicators },
    { title: '人员配置', rows: staffing },
    { title: '其他重点数据', rows: keyFigures },
  ];
  return { reports, mixedRules, mixedMaxima, groups: groups.filter((g) => g.rows.length > 0) };
}
