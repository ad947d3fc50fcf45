/**
 * A percentage as a report prints it: with 2 decimals (106.46%), 1 (112.5%) or none (100%). Rounding is
 * half up, as in the scoring module, and exact: the rate is rounded once, from the fraction itself, to
 * the printed number of decimals (rounding 112.449 to 112.45 and then to 112.5 would be wrong). Pure.
 */
import { divideHalfUp, toHundredths } from '../scoring/index.ts';

export type Decimals = 0 | 1 | 2;

/** part / whole × 100, rounded half up to `decimals`, as an integer count of 10^-decimals percent. */
export function printedRate(part: number, whole: number, decimals: Decimals): number {
  // (p/100) / (w/100) × 100 × 10^d = p × 100 × 10^d / w, all integers.
  return divideHalfUp(toHundredths(part) * 100 * 10 ** decimals, toHundredths(whole));
}

/** The stated rate as the same integer (106.46 at 2 decimals → 10646). */
export function statedUnits(stated: number, decimals: Decimals): number {
  return Math.round(toHundredths(stated) / 10 ** (2 - decimals));
}

/** Does part / whole round to the stated rate at the printed precision? */
export function ratePrints(part: number, whole: number, stated: number, decimals: Decimals): boolean {
  return whole > 0 && printedRate(part, whole, decimals) === statedUnits(stated, decimals);
}

/** The ways a body may print a stated rate: 110 may be printed 110.00%, 110.0% or 110%; 112.5 as 112.50% or 112.5%. */
export function printedForms(stated: number): string[] {
  const h = toHundredths(stated);
  const forms = [`${(h / 100).toFixed(2)}%`];
  if (h % 10 === 0) forms.push(`${(h / 100).toFixed(1)}%`);
  if (h % 100 === 0) forms.push(`${h / 100}%`);
  return forms;
}
