import { z } from 'astro/zod';
import { count, text } from '../common.ts';

/** The service population: the vulnerable residents registered, by category. */
export const populationField = z.object({
  /** Categories as listed; one person may be in several, so they add up to more than the total. */
  categories: z.array(z.object({ /** e.g. 残疾人. */ name: text, /** People in the category. */ count })).min(1),
  /** 去重之后合计: people after removing double counting. */
  deduplicatedTotal: count,
  /** Of them, aged over 60 (超过60岁). */
  over60: count.optional(),
});
