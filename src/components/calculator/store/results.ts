/**
 * The computed results: derived from the state under the rule set it names, once per state (the
 * state is replaced, never mutated, so the last one is the cache). A plain memo rather than
 * nanostores' computed(): every island already re-renders on $state, and computed() would add its
 * code to the calculator's first load for nothing.
 */
import { computeResults, type CalculatorResults } from '../../../calculator/results.ts';
import type { CalculatorState } from '../../../calculator/state.ts';
import { DEFAULT_RULES, ruleSetFor } from './atoms.ts';

let memo: { state: CalculatorState; results: CalculatorResults } | null = null;

/** The results of a state (validated states name a known rule set; the default covers anything else). */
export function resultsOf(state: CalculatorState): CalculatorResults {
  if (memo?.state !== state) memo = { state, results: computeResults(state, ruleSetFor(state.rules) ?? DEFAULT_RULES) };
  return memo.results;
}
