/**
 * The code every calculator island shares, gathered in one module so the build puts it in one
 * chunk: each island's own file stays small and a phone fetches the common code once, not as
 * several small files. Islands import these from here, not from their own files.
 */
export { useAtom, useCalculator } from './hooks.ts';
export { Field } from './Field.tsx';
export { IndicatorTable, PartyTable } from './Tables.tsx';
