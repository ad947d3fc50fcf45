/**
 * The whole number a report leaves out: an indicator's target (指标量) from its completed count and
 * printed rate, or the posts behind 稳岗率. Every integer whose rate rounds (half up, at the printed
 * precision) to the printed rate fits; the rule's pick is the one the build's check accepts, the fit
 * whose rate to two decimals equals the printed rate (1605 at 200.63% → 800, since 1605 / 800 = 200.625
 * → 200.63), nearest to completed / rate. When several fit, the others are named. Pure.
 */
import { printedRate, statedUnits, type Decimals } from '../reports/printed-rate.ts';

export interface Derivation {
  /** The pick, or null when no whole number gives the printed rate. */
  value: number | null;
  /** Every whole number that gives the printed rate at its precision, ascending. */
  fits: number[];
  /** True when the pick's rate to two decimals differs from the printed figure (so the build must know the precision). */
  needsPrecision: boolean;
}

export function deriveWhole(part: number, stated: number, decimals: Decimals): Derivation {
  const units = statedUnits(stated, decimals);
  if (units <= 0 || part <= 0) return { value: null, fits: [], needsPrecision: false };
  const scale = 10 ** decimals;
  // part / w × 100 × scale ∈ [units − ½, units + ½): w ∈ (part·100·scale/(units+½), part·100·scale/(units−½)].
  const low = Math.floor((part * 100 * scale) / (units + 0.5));
  const high = Math.ceil((part * 100 * scale) / Math.max(units - 0.5, 1e-9));
  const fits: number[] = [];
  for (let w = Math.max(1, low); w <= high && fits.length < 10_000; w++) {
    if (printedRate(part, w, decimals) === units) fits.push(w);
  }
  if (fits.length === 0) return { value: null, fits, needsPrecision: false };
  const ideal = (part * 100) / stated;
  const nearest = (list: number[]) => list.reduce((a, b) => (Math.abs(b - ideal) < Math.abs(a - ideal) ? b : a));
  const exact = fits.filter((w) => printedRate(part, w, 2) === statedUnits(stated, 2));
  if (exact.length > 0) return { value: nearest(exact), fits, needsPrecision: false };
  return { value: nearest(fits), fits, needsPrecision: true };
}

/** “also fit: 299, 301” for the table, or undefined when the pick is the only fit. */
export function otherFits(d: Derivation): string | undefined {
  const others = d.fits.filter((w) => w !== d.value);
  if (others.length === 0) return undefined;
  const shown = others.length > 6 ? `${others.slice(0, 3).join('、')} … ${others.slice(-2).join('、')}` : others.join('、');
  return `也符合所印比率：${shown}；按规则取 ${d.value}`;
}
