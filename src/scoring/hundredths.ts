/**
 * Exact decimal arithmetic in hundredths. Scores and rates are shown with two
 * decimals; adding binary floats (18 + 8.7 + 12.8 + 44.12) drifts, adding
 * integers of hundredths does not.
 */

/** An integer count of hundredths (83.62 → 8362). */
export type Hundredths = number;

/** Round a non-negative-or-negative number to hundredths, half away from zero. */
export function toHundredths(value: number): Hundredths {
  // Shift the decimal point in the number's own text so 1.005 → 100.5 → 101,
  // where 1.005 * 100 would give 100.49999999999999.
  const text = String(Math.abs(value));
  const shifted = text.includes('e') ? Math.abs(value) * 100 : Number(`${text}e2`);
  const rounded = Math.floor(shifted + 0.5);
  return value < 0 ? -rounded : rounded;
}

export function fromHundredths(h: Hundredths): number {
  return h / 100;
}

/** Integer division rounded half up, for non-negative integers. */
export function divideHalfUp(numerator: number, denominator: number): number {
  const doubled = 2 * numerator + denominator;
  const twice = 2 * denominator;
  return (doubled - (doubled % twice)) / twice;
}

/**
 * (part / whole) × 100 as a percentage in hundredths, rounded half up:
 * 412 / 387 → 10646 (106.46%). Both values may carry up to two decimals.
 */
export function percentHundredths(part: number, whole: number): Hundredths {
  const p = toHundredths(part);
  const w = toHundredths(whole);
  // part/whole × 100 % × 100 hundredths = p × 10000 / w
  return divideHalfUp(p * 10000, w);
}

const twoDecimals = new Intl.NumberFormat('zh-CN', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: false,
});

/** 8362 → "83.62". */
export function formatHundredths(h: Hundredths): string {
  return twoDecimals.format(h / 100);
}

/** 8362 → "83.62%". */
export function formatPercent(h: Hundredths): string {
  return `${formatHundredths(h)}%`;
}

// Made once: constructing an Intl.NumberFormat costs far more than formatting with one.
const upToTwoDecimals = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, useGrouping: false });

/** A signed surplus: 200 → "+2", -350 → "-3.5". */
export function formatSigned(h: Hundredths): string {
  return `${h < 0 ? '-' : '+'}${upToTwoDecimals.format(Math.abs(h) / 100)}`;
}
