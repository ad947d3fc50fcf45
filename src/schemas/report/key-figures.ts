import { z } from 'astro/zod';
import { amount, text } from '../common.ts';

/** Other figures the report states: volunteers, resources raised, publicity … */
export const keyFigureField = z.object({
  /** What is counted, in the report's words, e.g. 培育社区志愿者. */
  label: text,
  /** The number. */
  value: amount,
  /** Unit, e.g. 人, 万元, 篇. */
  unit: text,
  /** When the report gives a bound instead of an exact figure: 超过 (more than) or 余 (and more). */
  qualifier: z.enum(['超过', '余']).optional(),
  /** Which part of the station it is about, when not the whole station, e.g. 西片区. */
  scope: text.optional(),
  /** Theme for grouping on the page. */
  theme: z.enum(['志愿服务', '资源筹集', '宣传', '热线', '党建', '社区服务']),
});

export const keyFiguresField = z.array(keyFigureField).default([]);
