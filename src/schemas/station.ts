import { z } from 'astro/zod';
import { isoDate, text } from './common.ts';

/**
 * Where a fact about a station comes from. Every fact in a station record
 * carries one, so a resident (and the build) can trace it.
 *
 * - A report published on this portal: `{ report: liuhua-2023-2024-final, section: 一、社工站基本情况 }`.
 *   The build cross-checks the fact against that report's frontmatter.
 * - Any other public document (a street-office notice, the operator's
 *   公众号 post): `{ document: 标题, url?: https://…, retrieved: 2024-05-01 }`.
 *   Not cross-checked: whoever adds it vouches for it and the page names it.
 */
export const factSource = z.union([
  z
    .object({
      /** Id of a report in content/reports/, e.g. `liuhua-2023-2024-final`. */
      report: z.string().regex(/^[a-z0-9-]+$/, '报告 id 只能含小写字母、数字和 -，如 liuhua-2023-2024-final'),
      /** The section of the report that states the fact, e.g. 一、社工站基本情况. */
      section: text,
    })
    .strict(),
  z
    .object({
      /** Title of the public document, as it names itself. */
      document: text,
      /** Its public address, when it has one. */
      url: z.url({ protocol: /^https$/, error: '应为 https:// 开头的网址' }).optional(),
      /** The day the fact was read from it, YYYY-MM-DD. */
      retrieved: isoDate,
    })
    .strict(),
], { error: '来源应为 { report, section } 或 { document, url?, retrieved }' });
export type FactSource = z.infer<typeof factSource>;

/** A telephone number as people write it: digits, spaces, + and -, e.g. 020-8123 4567. */
export const phoneNumber = z
  .string({ error: '应为文字' })
  .trim()
  .regex(/^\+?[0-9][0-9 -]{4,19}$/, '电话号码只能含数字、空格、+ 和 -');

/** One line of the hotline. */
const hotlineLine = z
  .object({
    /** 座机 (the station's landline) or 手机 (a mobile, e.g. the 24-hour one). */
    kind: z.enum(['座机', '手机'], { error: '应为 “座机” 或 “手机”' }),
    /** When it answers, in the source's words, e.g. 日常 8 小时热线服务, 24 小时开通. */
    hours: text,
    /**
     * The number with its own source, or `null` while no public source prints
     * it. Never guessed: pages then say 号码未在评估报告中公布.
     */
    number: z
      .object({
        /** The number as written, e.g. 020-8123 4567 or 138 0013 8000. */
        value: phoneNumber,
        /** Where the number is published. */
        source: factSource,
      })
      .strict()
      .nullable(),
  })
  .strict();

/**
 * One station (content/stations/<id>.yaml; the file name is the id that
 * reports cite as `station: <id>`). It holds the station's current contact
 * facts, each with its source. Facts sourced from a report must match that
 * report's frontmatter: src/stations/cross-check.ts fails the build otherwise.
 */
export const stationSchema = z
  .object({
    /** Full name, e.g. 广州市流花街社工服务站. */
    name: text,
    /** 街道, e.g. 流花街道. */
    street: text,
    /** 区, e.g. 越秀区. */
    district: text,
    /** Where name, street and district are stated (a report's title page names all three). */
    source: factSource,
    /** The social-work organisation running the station (项目承办方). */
    operator: z
      .object({
        /** Its name, e.g. 广州市心悦社区发展中心. */
        name: text,
        source: factSource,
      })
      .strict(),
    /** Service sites (分站), in the order the source lists them. */
    sites: z
      .array(
        z
          .object({
            /** The address as the source prints it, e.g. 环市中路 209 号之二 208 房 (the district may be left off). */
            address: text,
            source: factSource,
          })
          .strict(),
      )
      .min(1, '至少一个服务地址'),
    /** 片区: the zones and the communities (社区) each serves. */
    zones: z
      .array(
        z
          .object({
            /** Zone name, e.g. 东片区. */
            name: text,
            /** Communities in the zone, full names, e.g. 桂花苑社区. */
            communities: z.array(text).min(1, '至少一个社区'),
            source: factSource,
          })
          .strict(),
      )
      .min(1, '至少一个片区'),
    /** The station's hotline (e.g. 红棉守护). */
    hotline: z
      .object({
        /** Hotline name, e.g. 红棉守护. */
        name: text,
        /** Its lines in the source's order. */
        lines: z.array(hotlineLine).min(1, '至少一条热线'),
        /** Where the name, the lines' kinds and hours are stated (each number has its own source). */
        source: factSource,
      })
      .strict(),
  })
  .strict();

export type StationData = z.infer<typeof stationSchema>;

/**
 * A station whose facts all come from one report (what `npm run import` writes for a new station):
 * name, street, district, operator, sites, zones and hotline are derived from that report's frontmatter
 * (src/stations/derive.ts) instead of being typed again. Only facts from other documents have lines here.
 */
export const derivedStationSchema = z
  .object({
    /** Id of the report the station's facts come from, e.g. `liuhua-2023-2024-final`. */
    fromReport: z.string({ error: '应为报告 id' }).regex(/^[a-z0-9-]+$/, '报告 id 只能含小写字母、数字和 -，如 liuhua-2023-2024-final'),
    /** Hotline numbers the report does not print, published elsewhere: the line (1 = the first) and the number with its source. */
    hotlineNumbers: z
      .array(z.object({ /** 1 for the hotline's first line. */ line: z.number().int().positive(), value: phoneNumber, source: factSource }).strict())
      .optional(),
  })
  .strict();
export type DerivedStationData = z.infer<typeof derivedStationSchema>;
