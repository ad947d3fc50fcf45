/**
 * A station record derived from the report it cites (`fromReport:`): the report's title names the
 * station, its purchaser (街道办事处 or 镇人民政府) the street and district, its operator, sites, zones and
 * hotline are the station's. Each fact's source is the report section the template prints it in. Pure:
 * the result is checked by the station schema like a hand-written record.
 */
import type { DerivedStationData } from '../schemas/station.ts';
import type { ReportStationFacts } from './cross-check.ts';

/** Where the template prints each fact. */
export const SECTIONS = {
  cover: '封面',
  operator: '一、社工站基本情况',
  sites: '一、社工站基本情况',
  zones: '六、（三）各社工点服务开展情况',
  hotline: '六、（二）1. 项目执行与服务成效',
} as const;

/** 广州市越秀区流花街道办事处 → { district: 越秀区, street: 流花街道 }; 广州市番禺区虚构镇人民政府 → 虚构镇. */
export function streetAndDistrict(purchaser: string): { district: string | null; street: string | null } {
  const m = /^(?:广州市)?([^市]{1,4}区)(.+?(?:街道|镇))/.exec(purchaser.replace(/\s+/g, ''));
  return { district: m?.[1] ?? null, street: m?.[2] ?? null };
}

export function deriveStation(reportId: string, report: ReportStationFacts, own: DerivedStationData): Record<string, unknown> {
  const src = (section: string) => ({ report: reportId, section });
  const { district, street } = streetAndDistrict(report.parties.purchaser);
  const name = /^(.*?社工服务站)/.exec(report.title)?.[1] ?? report.title;
  return {
    name,
    ...(street ? { street } : {}),
    ...(district ? { district } : {}),
    source: src(SECTIONS.cover),
    operator: { name: report.parties.operator, source: src(SECTIONS.operator) },
    sites: report.sites.map((s) => ({ address: s.address, source: src(SECTIONS.sites) })),
    zones: report.zones.map((z) => ({ name: z.name, communities: z.communities, source: src(SECTIONS.zones) })),
    hotline: {
      name: report.hotline.name,
      source: src(SECTIONS.hotline),
      lines: report.hotline.lines.map((line, i) => {
        const extra = own.hotlineNumbers?.find((n) => n.line === i + 1);
        const number = line.number !== null ? { value: line.number, source: src(SECTIONS.hotline) } : extra ? { value: extra.value, source: extra.source } : null;
        return { kind: line.kind, hours: line.hours, number };
      }),
    },
  };
}

/** A station file's record: derived from its report when it says `fromReport:`, otherwise as written. */
export function stationRecord(raw: Record<string, unknown>, report: (id: string) => ReportStationFacts | undefined): Record<string, unknown> {
  if (typeof raw.fromReport !== 'string') return raw;
  const cited = report(raw.fromReport);
  if (!cited) throw new Error(`来源报告 “${raw.fromReport}” 不存在`);
  return deriveStation(raw.fromReport, cited, raw as DerivedStationData);
}
