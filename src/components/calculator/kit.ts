/**
 * Everything the calculator islands share, in one module so the build puts
 * it in one chunk: each island's own file stays small and a phone fetches
 * the common code once, not as several small files.
 */
export { useAtom, useCalculator } from './hooks.ts';
export { Field } from './Field.tsx';
export { IndicatorTable, PartyTable } from './Tables.tsx';
