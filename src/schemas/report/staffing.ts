import { z } from 'astro/zod';
import { amount, count, percent } from '../common.ts';

/** 应到岗 / 实到岗 in person-months (人次), with the surplus (超配) as stated. */
const attendanceField = z.object({
  /** 应到岗人次. */
  expected: amount,
  /** 实到岗人次. */
  actual: amount,
  /** 超配人次 as printed; checked against actual − expected. */
  statedSurplus: z.number(),
});

/** Staffing figures of 六、（一）项目管理. */
export const staffingField = z.object({
  /** 持证社工 in post at the end of the period. */
  certifiedStaff: count,
  /** 非持证社工 in post. */
  uncertifiedStaff: count,
  /** 共计社工 as stated; checked = certified + uncertified. */
  totalStaff: count,
  /** Of the certified: 中级社工师证 holders. */
  intermediateCertified: count.optional(),
  /** Of the certified: 助理社工师证 holders. */
  assistantCertified: count.optional(),
  /** Staff with 2+ years in the profession (从业 2 年以上). */
  experiencedStaff: count.optional(),
  /** Times the project lead changed in the period (变更项目负责人). */
  leaderChanges: count.optional(),
  /** 稳岗率: staff continuously in post over required posts. */
  retention: z.object({
    /** 持续稳定在岗社工人数. */
    stableStaff: count,
    /** Required posts. When the report does not print it, the number that reproduces the stated rate, with `requiredPostsDerived: true`. */
    requiredPosts: count.positive('应大于 0'),
    /** True when requiredPosts is derived from the stated rate rather than printed. */
    requiredPostsDerived: z.boolean().default(false),
    /** 稳岗率 as printed (65.00 for 65.00%). */
    statedRate: percent,
  }),
  /** All social workers' attendance. */
  attendance: attendanceField,
  /** 持证社工 attendance. */
  certifiedAttendance: attendanceField.optional(),
  /** Person-months served by staff with 2+ years' experience, and their stated share of all person-months. */
  experiencedAttendance: z
    .object({
      /** 从业 2 年以上社工累计到岗人次. */
      personMonths: amount,
      /** 占社工总到岗人次 as printed (76.18 for 76.18%). */
      statedShare: percent,
    })
    .optional(),
});
