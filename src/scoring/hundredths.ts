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

// Written out from the integer, not by Intl.NumberFormat, because the calculator's islands use these as they
// load (why: tests/gates/client-intl.test.ts). tests/unit/formats.test.ts checks the output equals Intl's.

/** Whole units and the two decimal digits of a count of hundredths (rounded to a whole count first). */
function parts(h: Hundredths): { negative: boolean; whole: number; cents: number } {
  const n = Math.round(Math.abs(h));
  return { negative: h < 0 && n > 0, whole: Math.floor(n / 100), cents: n % 100 };
}

/** 8362 → "83.62". */
export function formatHundredths(h: Hundredths): string {
  const { negative, whole, cents } = parts(h);
  return `${negative ? '-' : ''}${whole}.${String(cents).padStart(2, '0')}`;
}

/** 8362 → "83.62%". */
export function formatPercent(h: Hundredths): string {
  return `${formatHundredths(h)}%`;
}

/** A signed surplus: 200 → "+2", -350 → "-3.5". */
export function formatSigned(h: Hundredths): string {
  const { whole, cents } = parts(h);
  const decimals = cents === 0 ? '' : `.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
  return `${h < 0 ? '-' : '+'}${whole}${decimals}`;
}
