import { z } from 'astro/zod';
import { amount, text } from '../common.ts';

/**
 * 七、评估结果: each party's points on its own share of the total, keyed by the party ids of the
 * report's rule set (`rules:`; gz-2023: supervisor /10, purchaser /20, supervisionCentre /15,
 * thirdParty /55), plus the stated total and grade. Which party keys belong here, each one's maximum
 * and the grade names come from the rule set, so they are checked against it (src/reports/checks/scores.ts), not here.
 */
export const scoresField = z.looseObject({
  /** The total as printed (“以上四项总得分”); the build checks it equals the sum. */
  total: amount,
  /** The grade as printed; the build checks it is one of the rule set's grades and that of the total. */
  grade: text,
});
