/** The typed scoring module: pure TypeScript, no DOM, no Astro. */
export * from './rules.ts';
export * from './result.ts';
export * from './hundredths.ts';
export * from './parse-number.ts';
export * from './party-scores.ts';
export * from './grade.ts';
export * from './indicators.ts';
export * from './staffing.ts';
export * from './margins.ts';
