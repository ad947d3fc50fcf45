import { z } from 'astro/zod';
import { amount } from '../common.ts';

/** 七、评估结果: the four parties' points (each on its own scale), the stated total and grade. */
export const scoresField = z.object({
  /** 监督方（区民政局）, out of 10. */
  supervisor: amount,
  /** 购买方（街道办事处）, out of 20. */
  purchaser: amount,
  /** 市督导中心, out of 15. */
  supervisionCentre: amount,
  /** 第三方评估机构, out of 55. */
  thirdParty: amount,
  /** The total as printed (“以上四项总得分”); the build checks it equals the sum. */
  total: amount,
  /** The grade as printed; the build checks it is the grade of the total. */
  grade: z.enum(['优秀', '良好', '合格', '不合格'], { error: '应为 优秀、良好、合格 或 不合格' }),
});
