import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * One station (content/stations/<id>.yaml). Minimal for now; the directory
 * work adds addresses, communities, hotlines and sources.
 */
export const stationSchema = z.object({
  /** Full name, e.g. 广州市流花街社工服务站. */
  name: text,
  /** 街道, e.g. 流花街道. */
  street: text,
  /** 区, e.g. 越秀区. */
  district: text,
});
