import { toHundredths, type Hundredths } from './hundredths.ts';
import { GRADE_BANDS, MAX_TOTAL, type GradeBand, type GradeName } from './rules.ts';

function bandFloor(band: GradeBand): Hundredths {
  return toHundredths(band.min);
}

/** The band a total (in hundredths, 0..10000) falls in. */
export function gradeBandOf(total: Hundredths): GradeBand {
  const band = GRADE_BANDS.find((b) => total >= bandFloor(b));
  // The lowest band starts at 0, so only a negative total gets here.
  if (!band) throw new RangeError(`总分不能为负数：${total / 100}`);
  return band;
}

export function gradeOf(total: Hundredths): GradeName {
  return gradeBandOf(total).grade;
}

export interface GradePosition {
  grade: GradeName;
  /** The next band up, or null at 优秀. */
  nextGrade: GradeName | null;
  /** Points still needed to reach the next band (83.62 → 6.38 to 优秀), null at 优秀. */
  toNext: Hundredths | null;
  /** Points above this band's floor before the grade drops (83.62 → 3.62 above 80), null at 不合格. */
  marginAboveFloor: Hundredths | null;
}

export function gradePosition(total: Hundredths): GradePosition {
  const index = GRADE_BANDS.indexOf(gradeBandOf(total));
  const band = GRADE_BANDS[index]!;
  const next = index > 0 ? GRADE_BANDS[index - 1]! : null;
  const isLowest = index === GRADE_BANDS.length - 1;
  return {
    grade: band.grade,
    nextGrade: next ? next.grade : null,
    toNext: next ? bandFloor(next) - total : null,
    marginAboveFloor: isLowest ? null : total - bandFloor(band),
  };
}

/** Grades ordered from lowest to highest, for comparing. */
export function gradeRank(grade: GradeName): number {
  return GRADE_BANDS.length - 1 - GRADE_BANDS.findIndex((b) => b.grade === grade);
}

export const MAX_TOTAL_HUNDREDTHS: Hundredths = toHundredths(MAX_TOTAL);
