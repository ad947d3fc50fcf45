/**
 * The open-data form of a report and a station: what /data/*.json carries, what the CSV files
 * and the report index are made from. Built from the content collections through the same
 * summary (src/reports/summary.ts → src/scoring) the report pages use, so the numbers agree.
 * Every key is always present (null when the report states nothing), so the field list on /data/
 * covers every file. A report's record is built under its own rule set (`rules`), and its shape is
 * the builder's (ReportRecord = what reportRecord returns), not written out a second time.
 */
import type { CollectionEntry } from 'astro:content';
import { fromHundredths, type Attendance, type RuleSet } from '../scoring/index.ts';
import { statedPartyPoints } from '../reports/party-points.ts';
import { summarise } from '../reports/summary.ts';
import type { ReportData } from '../schemas/report/index.ts';
import type { FactSource } from '../schemas/station.ts';
import { fullAddress } from '../stations/search.ts';
import { absoluteUrl, urls } from '../site/urls.ts';

type StationData = CollectionEntry<'stations'>['data'];

export interface StationRef {
  id: string;
  name: string;
  district: string;
  street: string;
  url: string;
}

/** One report's open-data record: exactly what reportRecord builds. */
export type ReportRecord = ReturnType<typeof reportRecord>;

export interface StationRecord extends StationRef {
  /** Where name, street and district are stated. */
  source: string;
  operator: { name: string; source: string };
  sites: { address: string; fullAddress: string; source: string }[];
  zones: { name: string; communities: string[]; source: string }[];
  hotline: {
    name: string;
    source: string;
    lines: { kind: string; hours: string; number: string | null; numberSource: string | null }[];
  };
  /** Ids of this station's reports, newest first. */
  reports: string[];
}

/** A fact's source in words: 评估报告 liuhua-2023-2024-final，一、社工站基本情况 / 《文件》，网址，2024-05-01 查阅. */
export function sourceText(source: FactSource): string {
  if ('report' in source) return `评估报告 ${source.report}，${source.section}`;
  return [source.document, source.url, `${source.retrieved} 查阅`].filter(Boolean).join('，');
}

export function stationRecord(id: string, s: StationData, reportIds: string[], site: URL | undefined): StationRecord {
  return {
    ...stationRef(id, s, site),
    source: sourceText(s.source),
    operator: { name: s.operator.name, source: sourceText(s.operator.source) },
    sites: s.sites.map((x) => ({ address: x.address, fullAddress: fullAddress(s.district, x.address), source: sourceText(x.source) })),
    zones: s.zones.map((z) => ({ name: z.name, communities: [...z.communities], source: sourceText(z.source) })),
    hotline: {
      name: s.hotline.name,
      source: sourceText(s.hotline.source),
      lines: s.hotline.lines.map((l) => ({
        kind: l.kind,
        hours: l.hours,
        number: l.number?.value ?? null,
        numberSource: l.number ? sourceText(l.number.source) : null,
      })),
    },
    reports: reportIds,
  };
}

const absolute = absoluteUrl;

const rate = (h: number) => fromHundredths(h);
const attendanceRecord = (a: Attendance) => ({
  expected: fromHundredths(a.expected),
  actual: fromHundredths(a.actual),
  surplus: fromHundredths(a.surplus),
});

export function stationRef(id: string, station: StationData, site: URL | undefined): StationRef {
  return {
    id,
    name: station.name,
    district: station.district,
    street: station.street,
    url: absolute(urls.station(id), site),
  };
}

/** A record's scores: each party of the report's rule set by its id, the total and the grade. */
export type RecordScores = { [partyId: string]: number | string; total: number; grade: string };

export function reportRecord(
  id: string,
  d: Omit<ReportData, 'station'>,
  station: { id: string; data: StationData },
  rules: RuleSet,
  site: URL | undefined,
) {
  const summary = summarise(d, rules);
  const s = d.staffing;
  const files = urls.reportData(id);
  return {
    id,
    url: absolute(urls.report(id), site),
    /** The rule set the report was scored under, and its methodology page. */
    rules: rules.id,
    rulesUrl: absolute(urls.methodology(rules.id), site),
    title: d.title,
    station: stationRef(station.id, station.data, site),
    serviceYear: d.serviceYear,
    stage: d.stage,
    parties: { supervisor: d.parties.supervisor, purchaser: d.parties.purchaser, operator: d.parties.operator, evaluator: d.parties.evaluator },
    agreementPeriod: { start: d.agreementPeriod.start, end: d.agreementPeriod.end },
    evaluationPeriod: { start: d.evaluationPeriod.start, end: d.evaluationPeriod.end, months: d.evaluationPeriod.months },
    evaluationDate: d.evaluationDate,
    reportDate: d.reportDate,
    scores: {
      ...statedPartyPoints(rules, d.scores),
      total: fromHundredths(summary.total),
      grade: summary.position.grade,
    } as RecordScores,
    indicators: summary.indicators.map((row) => ({
      key: row.key,
      name: row.name,
      group: row.group ?? null,
      unit: row.unit,
      completed: row.completed,
      target: row.target,
      targetDerived: row.targetDerived,
      rate: rate(row.rate),
      met: row.met,
    })),
    staffing: {
      certifiedStaff: s.certifiedStaff,
      uncertifiedStaff: s.uncertifiedStaff,
      totalStaff: s.totalStaff,
      intermediateCertified: s.intermediateCertified ?? null,
      assistantCertified: s.assistantCertified ?? null,
      experiencedStaff: s.experiencedStaff ?? null,
      leaderChanges: s.leaderChanges ?? null,
      retention: {
        stableStaff: summary.retention.stableStaff,
        requiredPosts: summary.retention.requiredPosts,
        requiredPostsDerived: summary.retention.requiredPostsDerived,
        rate: rate(summary.retention.rate),
        requirement: summary.retention.requirement,
        met: summary.retention.met,
      },
      attendance: attendanceRecord(summary.attendance),
      certifiedAttendance: summary.certifiedAttendance ? attendanceRecord(summary.certifiedAttendance) : null,
      experiencedAttendance:
        s.experiencedAttendance && summary.experiencedShare !== null
          ? { personMonths: s.experiencedAttendance.personMonths, share: rate(summary.experiencedShare) }
          : null,
    },
    population: d.population
      ? {
          categories: d.population.categories.map((c) => ({ name: c.name, count: c.count })),
          deduplicatedTotal: d.population.deduplicatedTotal,
          over60: d.population.over60 ?? null,
        }
      : null,
    keyFigures: d.keyFigures.map((k) => ({
      theme: k.theme,
      label: k.label,
      value: k.value,
      unit: k.unit,
      qualifier: k.qualifier ?? null,
      scope: k.scope ?? null,
    })),
    operatingSince: d.operatingSince ?? null,
    fundingWanYuan: d.fundingWanYuan,
    serviceModel: d.serviceModel ?? null,
    sites: d.sites.map((x) => ({ address: x.address })),
    zones: d.zones.map((z) => ({ name: z.name, communities: [...z.communities] })),
    hotline: { name: d.hotline.name, lines: d.hotline.lines.map((l) => ({ kind: l.kind, hours: l.hours, number: l.number })) },
    partyMembers: d.partyMembers ?? null,
    downloads: { json: absolute(files.json, site), csv: absolute(files.csv, site) },
  };
}
