import { validateState, type CalculatorState } from '../../../calculator/state.ts';
import { urls } from '../../../site/urls.ts';
import { ruleSetFor } from './atoms.ts';

/** A report's figures from the site's own prefill file, validated; they carry the report's rule set. */
export async function fetchPrefill(reportId: string): Promise<CalculatorState> {
  const response = await fetch(urls.calculatorPrefill(reportId), { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(String(response.status));
  const checked = validateState(await response.json(), ruleSetFor);
  if (!checked.ok || checked.value.source?.reportId !== reportId) throw new Error('invalid prefill');
  return checked.value;
}
