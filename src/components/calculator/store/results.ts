/** The results, computed from the state under the rule set it names, once per state. */
import { computed } from 'nanostores';
import { computeResults, type CalculatorResults } from '../../../calculator/results.ts';
import type { CalculatorState } from '../../../calculator/state.ts';
import { $state, DEFAULT_RULES, ruleSetFor } from './atoms.ts';

/** The results of a state (validated states name a known rule set; the default covers anything else). */
export function resultsOf(state: CalculatorState): CalculatorResults {
  return computeResults(state, ruleSetFor(state.rules) ?? DEFAULT_RULES);
}

export const $results = computed($state, resultsOf);
