import { toHundredths, type Hundredths } from './hundredths.ts';
import type { GradeBand, GradeName, RuleSet } from './rule-set.ts';

type Bands = Pick<RuleSet, 'bands'>;

const floorOf = (band: GradeBand): Hundredths => toHundredths(band.min);

/** The band a total (in hundredths) falls in under a rule set's bands. */
export function gradeBandOf(rules: Bands, total: Hundredths): GradeBand {
  const band = rules.bands.find((b) => total >= floorOf(b));
  // The lowest band starts at 0 (the schema requires it), so only a negative total gets here.
  if (!band) throw new RangeError(`总分不能为负数：${total / 100}`);
  return band;
}

export function gradeOf(rules: Bands, total: Hundredths): GradeName {
  return gradeBandOf(rules, total).grade;
}

export interface GradePosition {
  grade: GradeName;
  /** The next band up, or null in the highest band. */
  nextGrade: GradeName | null;
  /** Points still needed to reach the next band (83.62 → 6.38 to 优秀 under gz-2023), null in the highest. */
  toNext: Hundredths | null;
  /** Points above this band's floor before the grade drops (83.62 → 3.62 above 80), null in the lowest. */
  marginAboveFloor: Hundredths | null;
}

export function gradePosition(rules: Bands, total: Hundredths): GradePosition {
  const index = rules.bands.indexOf(gradeBandOf(rules, total));
  const band = rules.bands[index]!;
  const next = index > 0 ? rules.bands[index - 1]! : null;
  const isLowest = index === rules.bands.length - 1;
  return {
    grade: band.grade,
    nextGrade: next ? next.grade : null,
    toNext: next ? floorOf(next) - total : null,
    marginAboveFloor: isLowest ? null : total - floorOf(band),
  };
}

/** Grades ordered from lowest (0) to highest, for comparing; -1 for a grade the set does not have. */
export function gradeRank(rules: Bands, grade: GradeName): number {
  const i = rules.bands.findIndex((b) => b.grade === grade);
  return i < 0 ? -1 : rules.bands.length - 1 - i;
}

/** Whether the grade is the set's lowest (the one a warning is given for). */
export function isLowestGrade(rules: Bands, grade: GradeName): boolean {
  return rules.bands.at(-1)?.grade === grade;
}

export function totalMaxHundredths(rules: Pick<RuleSet, 'totalMax'>): Hundredths {
  return toHundredths(rules.totalMax);
}

/** Every grade name of the rule sets, each once, best first (newest set first). */
export function gradeNames(sets: readonly Pick<RuleSet, 'bands'>[]): GradeName[] {
  return [...new Set(sets.flatMap((r) => r.bands.map((b) => b.grade)))];
}
