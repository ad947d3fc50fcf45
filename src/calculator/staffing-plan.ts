/**
 * Staffing ahead: how many more social workers must stay for the 稳岗率 rule, how many could leave with it
 * still met, and what one more departure would do. Every rate and verdict is src/scoring's retentionRate
 * under the rule set's own minimum (retentionMinPercent; 80% in gz-2023); nothing here knows the number.
 */
import { retentionRate, type Result, type Retention, type RuleSet } from '../scoring/core.ts';

export interface StaffingPlan {
  /** 稳岗率 now. */
  now: Retention;
  /** How many more must stay continuously in post to meet the minimum: 0 when met, null where the set has none. */
  mustStay: number | null;
  /** How many could still leave with the minimum met: 0 when not met, null where the set has none. */
  canLeave: number | null;
  /** 稳岗率 if one more leaves; null when nobody is left to leave. */
  afterOneLeaves: Retention | null;
}

export function staffingPlan(rules: Pick<RuleSet, 'staffing'>, stableStaff: number, requiredPosts: number): Result<StaffingPlan> {
  const now = retentionRate(rules, stableStaff, requiredPosts);
  if (!now.ok) return now;
  const at = (staff: number) => {
    const r = retentionRate(rules, staff, requiredPosts);
    return r.ok ? r.value : null;
  };
  let canLeave: number | null = null;
  if (now.value.met !== null) {
    canLeave = 0;
    // Counts are small (people); step down one departure at a time, by the same rule.
    while (canLeave < stableStaff && at(stableStaff - canLeave - 1)?.met) canLeave++;
  }
  return {
    ok: true,
    value: {
      now: now.value,
      mustStay: now.value.shortBy,
      canLeave,
      afterOneLeaves: stableStaff >= 1 ? at(stableStaff - 1) : null,
    },
  };
}
