import { z } from 'astro/zod';
import { amount, count, percent, text } from '../common.ts';

/** One row of 服务指标完成情况: an indicator of the service agreement. */
export const indicatorField = z.object({
  /** Short stable key, unique within the report (e.g. `records`). */
  key: z.string().regex(/^[a-z][a-z0-9-]*$/, '只能用小写字母、数字和 -'),
  /** Name as the report words it, e.g. 建档. */
  name: text,
  /** Group the report lists it under, e.g. 专业个案. */
  group: text.optional(),
  /** Unit, e.g. 份, 个, 节, 人次. */
  unit: text,
  /** Completed count (完成量). */
  completed: amount,
  /** Completion rate as printed (106.46 for 106.46%); checked against completed / target. */
  statedRate: percent,
  /**
   * When the report prints the rate with fewer than two decimals (112.5%, 100%) and no whole target gives
   * exactly that rate to two decimals: the decimals printed (1 or 0); the rate is then checked at that precision.
   */
  statedDecimals: z.union([z.literal(0), z.literal(1)], { error: '应为 0 或 1（报告所印完成率的小数位数）' }).optional(),
  /** The agreement target (协议指标量). */
  target: count.positive('应大于 0'),
  /** True when the report prints no target and `target` is the one that reproduces the stated rate. */
  targetDerived: z.boolean().default(false),
});

export const indicatorsField = z.array(indicatorField).min(1, '至少需要一项服务指标');
