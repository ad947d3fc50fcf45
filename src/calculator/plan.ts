/**
 * The calculator's planning results, derived from the state and its results (./results.ts): room to grow per
 * party and grade boundary, the indicators' pace over the service months, and the staffing plan. Loaded with
 * the planning sections when they are first used, not with the calculator's first load.
 */
import { gradeRoom, parseUserNumber, type GradeRoom, type PartyScores } from '../scoring/core.ts';
import { paceOf, readServiceMonths, type PaceResults } from './pace.ts';
import type { CalculatorResults, FieldErrors } from './results.ts';
import { staffingPlan, type StaffingPlan } from './staffing-plan.ts';
import type { CalculatorState } from './state.ts';

export interface PlanResults {
  /** Room per party and boundary; null until every party's score is valid. */
  room: GradeRoom | null;
  /** The indicators' pace; null until the months are entered and valid. */
  pace: PaceResults | null;
  /** The staffing plan; null until posts and stable staff are valid. */
  staffing: StaffingPlan | null;
  /** The months' inline errors (the other fields' errors are the results'). */
  errors: FieldErrors;
}

export function computePlan(state: CalculatorState, results: CalculatorResults): PlanResults {
  const errors: FieldErrors = {};
  const { rules } = results;
  let room: GradeRoom | null = null;
  if (results.total) {
    const points: PartyScores = {};
    for (const p of results.parties) points[p.party.id] = p.points ?? 0;
    room = gradeRoom(rules, points);
  }
  const months = readServiceMonths(state.months, state.yearMonths, errors);
  const pace = months ? paceOf(rules, results.indicators, months) : null;
  let staffing: StaffingPlan | null = null;
  const { retention } = results.staffing;
  if (retention) {
    // The results hold the rate only; the two counts are read again as they were for it (they are valid).
    const count = (text: string) => {
      const n = parseUserNumber(text);
      return n.ok ? n.value.value : Number.NaN;
    };
    const plan = staffingPlan(rules, count(state.staffing.stableStaff), count(state.staffing.requiredPosts));
    if (plan.ok) staffing = plan.value;
  }
  return { room, pace, staffing, errors };
}
