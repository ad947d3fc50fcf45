import { divideHalfUp, percentHundredths, toHundredths, type Hundredths } from './hundredths.ts';
import { fail, ok, type Result } from './result.ts';
import type { RuleSet } from './rule-set.ts';

export interface Completion {
  /** completed / target × 100 in hundredths of a percent, rounded half up (412 / 387 → 10646). */
  rate: Hundredths;
  /**
   * Met when the rate reaches the rule set's threshold (100% in gz-2023), compared exactly:
   * 999 999 of 1 000 000 rounds to 100.00% but is not met.
   */
  met: boolean;
}

/** Completion of one indicator against its service-agreement target, met by the rule set's threshold. */
export function completionRate(
  rules: Pick<RuleSet, 'indicatorMetPercent'>,
  completed: number,
  target: number,
  field = '指标',
): Result<Completion> {
  for (const [name, v] of [
    ['完成量', completed],
    ['指标量', target],
  ] as const) {
    if (!Number.isFinite(v)) return fail('not-a-number', `${field}的${name}应为数字。`, field);
    if (v < 0) return fail('negative', `${field}的${name}不能为负数。`, field);
  }
  if (toHundredths(target) === 0) return fail('zero-target', `${field}的指标量不能为 0。`, field);
  const rate = percentHundredths(completed, target);
  return ok({ rate, met: toHundredths(completed) * 100 >= toHundredths(target) * rules.indicatorMetPercent });
}

/**
 * Reports print the completed count and the rate but not the target. The
 * target that, rounded, gives the stated rate: completed / rate (412 at
 * 106.46% → 387). Returns null when no whole-number target reproduces the rate.
 */
export function deriveTarget(completed: number, statedRate: Hundredths): number | null {
  if (statedRate <= 0) return null;
  // completed ÷ (rate / 100%): hundredths cancel, leaving whole units.
  const estimate = divideHalfUp(toHundredths(completed) * 100, statedRate);
  for (const candidate of [Math.round(estimate), Math.floor(estimate), Math.ceil(estimate)]) {
    if (candidate > 0 && percentHundredths(completed, candidate) === statedRate) return candidate;
  }
  return null;
}
