/**
 * Statistics across reports, in hundredths (src/scoring/hundredths.ts), so a median of 83.62 and 83.61 is
 * exact. Pure; used by the rankings, the station histories, the compare page and the city overview.
 */
import { divideHalfUp, type Hundredths } from '../scoring/hundredths.ts';

export interface Ranked<T> {
  item: T;
  /** Competition ranking: equal values share a rank and the next rank skips (1, 2, 2, 4). */
  rank: number;
}

/**
 * Items ordered by `value`, highest first, with competition ranks. Equal values keep the order of `tieOrder`
 * (e.g. by id), so the result does not depend on the input's order.
 */
export function rankDescending<T>(items: readonly T[], value: (item: T) => Hundredths, tieOrder: (a: T, b: T) => number): Ranked<T>[] {
  const sorted = [...items].sort((a, b) => value(b) - value(a) || tieOrder(a, b));
  const out: Ranked<T>[] = [];
  sorted.forEach((item, i) => {
    const prev = out[i - 1];
    const rank = prev && value(prev.item) === value(item) ? prev.rank : i + 1;
    out.push({ item, rank });
  });
  return out;
}

/** Half the sum of two hundredths, rounded half up to a whole hundredth (83.61 and 83.62 → 83.62). */
function midpoint(a: Hundredths, b: Hundredths): Hundredths {
  const sum = a + b;
  return sum >= 0 ? divideHalfUp(sum, 2) : -divideHalfUp(-sum, 2);
}

/** The median of values in hundredths; null for none. An even count takes the midpoint of the middle two. */
export function median(values: readonly Hundredths[]): Hundredths | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : midpoint(s[mid - 1]!, s[mid]!);
}

export interface Spread {
  count: number;
  lowest: Hundredths;
  /** The median of the lower half (the middle value excluded when the count is odd): Tukey's hinge. */
  lowerQuartile: Hundredths;
  median: Hundredths;
  upperQuartile: Hundredths;
  highest: Hundredths;
}

/**
 * Lowest, quartiles, median and highest; null for none. Quartiles are the medians of the lower and upper
 * halves (the method of most textbooks, and one a reader can check by hand on a short list).
 */
export function spread(values: readonly Hundredths[]): Spread | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const half = Math.floor(s.length / 2);
  const lower = s.slice(0, half);
  const upper = s.slice(s.length - half);
  return {
    count: s.length,
    lowest: s[0]!,
    lowerQuartile: median(lower.length ? lower : s)!,
    median: median(s)!,
    upperQuartile: median(upper.length ? upper : s)!,
    highest: s.at(-1)!,
  };
}

/** The mean of values in hundredths, rounded half up; null for none. */
export function mean(values: readonly Hundredths[]): Hundredths | null {
  if (values.length === 0) return null;
  const sum = values.reduce((n, v) => n + v, 0);
  return sum >= 0 ? divideHalfUp(sum, values.length) : -divideHalfUp(-sum, values.length);
}
