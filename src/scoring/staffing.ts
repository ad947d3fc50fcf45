import { percentHundredths, toHundredths, type Hundredths } from './hundredths.ts';
import { fail, ok, type Result } from './result.ts';
import type { RuleSet } from './rule-set.ts';

/** A count or person-month figure: a finite number, not negative. `label` names it in the message. */
export function checkCount(value: number, field: string, label: string): Result<number> {
  if (!Number.isFinite(value)) return fail('not-a-number', `${label}应为数字。`, field);
  if (value < 0) return fail('negative', `${label}不能为负数。`, field);
  return ok(value);
}

export interface Retention {
  /** 稳岗率 in hundredths of a percent (13 / 20 → 6500). */
  rate: Hundredths;
  /** The rule set's minimum in percent (80 in gz-2023), or null where it sets none. */
  requirement: number | null;
  /** Whether the minimum is met; null where there is none. */
  met: boolean | null;
  /** How many more continuously-serving staff would meet it (13 of 20 → 3); 0 when met, null without a minimum. */
  shortBy: number | null;
}

/** 稳岗率 = staff continuously in post / required posts, against the rule set's minimum. */
export function retentionRate(rules: Pick<RuleSet, 'staffing'>, stableStaff: number, requiredPosts: number): Result<Retention> {
  const a = checkCount(stableStaff, 'stableStaff', '持续稳定在岗社工人数');
  if (!a.ok) return a;
  const b = checkCount(requiredPosts, 'requiredPosts', '应配备岗位数');
  if (!b.ok) return b;
  if (requiredPosts === 0) return fail('zero-target', '应配备岗位数不能为 0。', 'requiredPosts');
  const rate = percentHundredths(stableStaff, requiredPosts);
  const min = rules.staffing.retentionMinPercent;
  if (min === null) return ok({ rate, requirement: null, met: null, shortBy: null });
  const needed = Math.ceil((requiredPosts * min) / 100 - 1e-9);
  return ok({
    rate,
    requirement: min,
    // Compared exactly, not on the rounded rate.
    met: stableStaff * 100 >= requiredPosts * min,
    shortBy: Math.max(0, needed - stableStaff),
  });
}

export interface Attendance {
  expected: Hundredths;
  actual: Hundredths;
  /** 实到岗 − 应到岗 in person-months (212 vs 210 → +2). */
  surplus: Hundredths;
  met: boolean;
}

/** 实到岗 against 应到岗, in person-months (人次). */
export function attendance(expected: number, actual: number, field = 'attendance'): Result<Attendance> {
  const a = checkCount(expected, field, '应到岗人次');
  if (!a.ok) return a;
  const b = checkCount(actual, field, '实到岗人次');
  if (!b.ok) return b;
  const e = toHundredths(expected);
  const x = toHundredths(actual);
  return ok({ expected: e, actual: x, surplus: x - e, met: x >= e });
}

/** Share of person-months served by staff with 2+ years' experience (161.5 / 212 → 7618). */
export function experiencedShare(experienced: number, all: number): Result<Hundredths> {
  const a = checkCount(experienced, 'experienced', '从业 2 年以上社工到岗人次');
  if (!a.ok) return a;
  const b = checkCount(all, 'all', '社工总到岗人次');
  if (!b.ok) return b;
  if (toHundredths(all) === 0) return fail('zero-target', '社工总到岗人次不能为 0。', 'all');
  if (experienced > all) return fail('out-of-range', '从业 2 年以上社工到岗人次不能多于总到岗人次。', 'experienced');
  return ok(percentHundredths(experienced, all));
}
