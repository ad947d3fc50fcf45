import { formatSigned, type Hundredths } from './hundredths.ts';

/**
 * A count or a number of months without needless zeros: 4000 → "40", 1050 → "10.5", 47086 → "470.86". A module
 * of its own: only the calculator's planning chunk uses it, and a function in hundredths.ts would ride in the
 * calculator's first load with the rest of that module.
 */
export function formatCount(h: Hundredths): string {
  return formatSigned(h).replace(/^\+/, '');
}
