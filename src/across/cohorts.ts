/**
 * Reports grouped the way they are compared: by service year and stage (a cohort: the reports of one round
 * of evaluations), and within it by district. Ordered newest year first, 末期 before 中期, districts in
 * Chinese collation order. Pure.
 */
import type { Stage } from '../schemas/report/index.ts';

export interface CohortMember {
  serviceYear: string;
  stage: Stage;
  station: { district: string };
}

export interface Cohort<R> {
  serviceYear: string;
  stage: Stage;
  reports: R[];
  districts: { district: string; reports: R[] }[];
}

const STAGE_ORDER: Record<Stage, number> = { 末期: 0, 中期: 1 };
const zh = new Intl.Collator('zh-CN');

export function cohorts<R extends CohortMember>(records: readonly R[]): Cohort<R>[] {
  const keys = new Map<string, { serviceYear: string; stage: Stage }>();
  for (const r of records) keys.set(`${r.serviceYear} ${r.stage}`, { serviceYear: r.serviceYear, stage: r.stage });
  return [...keys.values()]
    .sort((a, b) => b.serviceYear.localeCompare(a.serviceYear) || STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage])
    .map(({ serviceYear, stage }) => {
      const reports = records.filter((r) => r.serviceYear === serviceYear && r.stage === stage);
      const districts = [...new Set(reports.map((r) => r.station.district))].sort(zh.compare);
      return { serviceYear, stage, reports, districts: districts.map((district) => ({ district, reports: reports.filter((r) => r.station.district === district) })) };
    });
}
