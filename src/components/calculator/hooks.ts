import { useEffect } from 'preact/hooks';
import type { CalculatorResults } from '../../calculator/results.ts';
import type { CalculatorState } from '../../calculator/state.ts';
import { $state } from './store/atoms.ts';
import { resultsOf } from './store/results.ts';
import { startCalculator } from './store/startup.ts';
import { useAtom } from './use-atom.ts';

export { useAtom };

/** What every calculator island reads: the shared state and its results under the state's rule set; the first to mount starts the calculator. */
export function useCalculator(): { state: CalculatorState; results: CalculatorResults } {
  const state = useAtom($state);
  useEffect(startCalculator, []);
  return { state, results: resultsOf(state) };
}
