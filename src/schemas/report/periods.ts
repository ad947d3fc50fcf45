import { z } from 'astro/zod';
import { amount, isoDate, period } from '../common.ts';

/** Dates and periods; every one as the report prints it, none inferred. */
export const periodFields = {
  /** 服务协议期: the service agreement's period. */
  agreementPeriod: period,
  /** 评估考核期: the period the evaluation covers, and its length in months as stated (10.5). */
  evaluationPeriod: z.intersection(period, z.object({ /** 考核月份 as stated. */ months: amount })),
  /** 评估日期: the day of the on-site evaluation. */
  evaluationDate: isoDate,
  /** The date printed under the evaluator's name at the end of the report. */
  reportDate: isoDate,
};
