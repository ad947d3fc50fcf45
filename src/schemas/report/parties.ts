import { z } from 'astro/zod';
import { text } from '../common.ts';

/** The four bodies named on the report's title page. */
export const partiesField = z.object({
  /** 项目监督方: the district civil-affairs bureau, e.g. 广州市越秀区民政局. */
  supervisor: text,
  /** 项目购买方: the street office (or town government) that buys the service. */
  purchaser: text,
  /** 项目承办方: the social-work organisation that runs the station. */
  operator: text,
  /** 项目评估方: the third-party evaluator, e.g. 广州市社会工作协会. */
  evaluator: text,
});
