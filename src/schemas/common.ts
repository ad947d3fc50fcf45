import { z } from 'astro/zod';

/**
 * A calendar date written YYYY-MM-DD. YAML may hand us a Date object for an
 * unquoted date; both become the ISO string, and an impossible date
 * (2024-02-30) or any other text is rejected.
 */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: '应为日期，格式 YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, '不是有效的日历日期'),
);

/** A count of people, items or sessions: a whole number ≥ 0. */
export const count = z.number({ error: '应为数字' }).int('应为整数').nonnegative('不能为负数');

/** A non-negative figure with at most two decimals (161.5 person-months, 83.62 points). */
export const amount = z
  .number({ error: '应为数字' })
  .nonnegative('不能为负数')
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, '最多两位小数');

/** A percentage as the report prints it, e.g. 106.46 for “106.46%”. */
export const percent = amount;

/** Non-empty text. */
export const text = z.string({ error: '应为文字' }).trim().min(1, '不能为空');

/** A period with start and end dates (inclusive). */
export const period = z
  .object({
    /** First day, YYYY-MM-DD. */
    start: isoDate,
    /** Last day, YYYY-MM-DD. */
    end: isoDate,
  })
  .refine((p) => p.start <= p.end, { message: '开始日期不能晚于结束日期', path: ['end'] });
