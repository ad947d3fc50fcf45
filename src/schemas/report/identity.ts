import { z } from 'astro/zod';
import { text } from '../common.ts';

/** The evaluation stages: a mid-term (中期) and a final (末期) evaluation each service year. */
export const STAGES = { 中期: 'interim', 末期: 'final' } as const;
export type Stage = keyof typeof STAGES;

/**
 * Which report this is: station, service year, stage. Together they make its stable id.
 * `stationField` is `reference('stations')` in the content config and a plain string in unit tests,
 * so this module does not need Astro's virtual modules.
 */
export const identityFields = <S extends z.ZodType>(stationField: S) => ({
  /** The report's title as printed, e.g. “广州市流花街社工服务站 末期评估报告”. */
  title: text,
  /** The station's id in content/stations/ (e.g. `liuhua`). */
  station: stationField,
  /** The service (agreement) year, “YYYY-YYYY”, e.g. `2023-2024`. */
  serviceYear: z
    .string({ error: '应为 “YYYY-YYYY”' })
    .regex(/^\d{4}-\d{4}$/, '格式应为 YYYY-YYYY，如 2023-2024')
    .refine((y) => Number(y.slice(5)) === Number(y.slice(0, 4)) + 1, '应为相邻两年，如 2023-2024'),
  /** 中期 (mid-term) or 末期 (final) evaluation. */
  stage: z.enum(['中期', '末期'], { error: '应为 “中期” 或 “末期”' }),
});

/** The report's stable id: station + service year + stage, e.g. `liuhua-2023-2024-final`. */
export function reportId(station: string, serviceYear: string, stage: Stage): string {
  return `${station}-${serviceYear}-${STAGES[stage]}`;
}
