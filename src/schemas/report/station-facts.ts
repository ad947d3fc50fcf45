import { z } from 'astro/zod';
import { amount, count, text } from '../common.ts';

/** Facts about the station as this report states them (the station record is cross-checked against them). */
export const stationFactFields = {
  /** The year the operator started running the station (“自 2015 年起…承接运营”). */
  operatingSince: z.number().int().min(1990).max(2100).optional(),
  /** 年度项目服务经费 in 万元 (240 for “240 万元”). */
  fundingWanYuan: amount,
  /** The service model named, e.g. 双百工程. */
  serviceModel: text.optional(),
  /** Service sites (分站) with their addresses as printed. */
  sites: z.array(z.object({ /** Address as printed in the report. */ address: text })).min(1, '至少一个服务地址'),
  /** 片区: the zones and the communities (社区) each serves. */
  zones: z
    .array(
      z.object({
        /** Zone name, e.g. 东片区. */
        name: text,
        /** Communities in the zone, e.g. 桂花苑社区. */
        communities: z.array(text).min(1),
      }),
    )
    .min(1, '至少一个片区'),
  /** The 红棉守护 hotline as described. A number the report does not print is `null`, never guessed. */
  hotline: z.object({
    /** Hotline name, e.g. 红棉守护. */
    name: text,
    lines: z
      .array(
        z.object({
          /** 座机 (landline) or 手机 (mobile). */
          kind: z.enum(['座机', '手机']),
          /** Hours as the report words them, e.g. “日常 8 小时热线服务”, “24 小时开通”. */
          hours: text,
          /** The number if the report prints it; `null` when it does not. */
          number: z.string().regex(/^[0-9+\- ]{5,20}$/, '电话号码只能含数字、空格、+ 和 -').nullable(),
        }),
      )
      .min(1),
  }),
  /** Number of 社工党员 named in the party-building paragraph. */
  partyMembers: count.optional(),
};
