/**
 * The pace of the indicators: with so many months of the service year gone, how much is still needed, how
 * fast it has been done, how fast it must be done from now on, and where it ends at the present pace.
 * Exact in hundredths, like src/scoring: every count, month and rate is an integer count of hundredths, and
 * the one rounding is the scoring module's (half up), except the pace still needed, which rounds up so that
 * keeping it is enough.
 */
import { divideHalfUp, fromHundredths, parseUserNumber, percentHundredths, toHundredths, type Hundredths, type RuleSet } from '../scoring/core.ts';
import type { FieldErrors, IndicatorResult } from './results.ts';

/** The months of the service year gone (考核月份) and its length, in hundredths of a month (10.5 of 12 → 1050, 1200). */
export interface ServiceMonths {
  elapsed: Hundredths;
  year: Hundredths;
}

/** The longest service year the calculator takes, in months (a longer one is a typing slip). */
export const MAX_YEAR_MONTHS = 24;

/** The keys that tie the months' errors to their inputs. */
export const MONTHS_KEY = 'pace-months';
export const YEAR_KEY = 'pace-year';

export const MONTHS_LABEL = '考核月份（服务年度已过去的月数）';
export const YEAR_LABEL = '服务年度共几个月';

/** Integer division rounded up, for non-negative integers. */
function divideUp(numerator: number, denominator: number): number {
  return Math.floor((numerator + denominator - 1) / denominator);
}

/** One month figure as typed: a number, not a percentage. Errors go into `errors` under `key`. */
function readMonthFigure(text: string, label: string, key: string, errors: FieldErrors): Hundredths | null {
  if (text.trim() === '') return null;
  const parsed = parseUserNumber(text, label);
  if (!parsed.ok) {
    errors[key] = parsed.error.message;
    return null;
  }
  if (parsed.value.percent) {
    errors[key] = `${label}请填写月数，不要带 %。`;
    return null;
  }
  const { value } = parsed.value;
  if (value < 0) errors[key] = `${label}不能为负数。`;
  else if (toHundredths(value) === 0) errors[key] = `${label}应大于 0。`;
  else return toHundredths(value);
  return null;
}

/**
 * The months as typed (full-width digits and Chinese punctuation accepted, as everywhere in the calculator).
 * `months` empty means not entered yet: no error, no pace. A service year left empty counts 12 months.
 */
export function readServiceMonths(monthsText: string, yearText: string, errors: FieldErrors): ServiceMonths | null {
  const year = yearText.trim() === '' ? 1200 : readMonthFigure(yearText, '服务年度月数', YEAR_KEY, errors);
  if (year !== null && year > MAX_YEAR_MONTHS * 100) {
    errors[YEAR_KEY] = `服务年度月数应在 ${MAX_YEAR_MONTHS} 个月以内，现为 ${year / 100}。`;
    return null;
  }
  const elapsed = readMonthFigure(monthsText, '考核月份', MONTHS_KEY, errors);
  if (elapsed === null || year === null) return null;
  if (elapsed > year) {
    errors[MONTHS_KEY] = `考核月份不能超过服务年度的 ${year / 100} 个月，现为 ${elapsed / 100}。`;
    return null;
  }
  return { elapsed, year };
}

export interface IndicatorPace {
  /** The indicator's row (0-based) and name, as the calculator shows it. */
  index: number;
  name: string;
  target: Hundredths;
  completed: Hundredths;
  /** Units still needed to reach the rule set's threshold (100% of the target in gz-2023); 0 when reached. */
  remaining: Hundredths;
  /** Units a month so far: completed ÷ months gone, rounded half up. */
  pacePerMonth: Hundredths;
  /**
   * Units a month needed over the months left to reach the threshold, rounded up; 0 when reached, null when
   * no month is left and it is not reached.
   */
  neededPerMonth: Hundredths | null;
  /**
   * A projection, not a figure: the count at the end of the service year if the pace so far holds,
   * completed ÷ months gone × months of the year, rounded half up to hundredths.
   */
  projected: Hundredths;
  /** The projection as a completion rate (hundredths of a percent), rounded half up. */
  projectedRate: Hundredths;
  /** Whether the projection reaches the threshold. */
  willMeet: boolean;
  /** Units the projection falls short of the threshold; 0 when it reaches it. */
  projectedShortfall: Hundredths;
}

/**
 * The pace of one indicator. `completed` and `target` are the counts as entered (up to two decimals; the
 * target above 0, as completionRate requires), `months` the service months.
 */
export function indicatorPace(
  rules: Pick<RuleSet, 'indicatorMetPercent'>,
  row: { index: number; name: string; completed: number; target: number },
  months: ServiceMonths,
): IndicatorPace {
  const target = toHundredths(row.target);
  const completed = toHundredths(row.completed);
  // The smallest count that meets the threshold: completed × 100 ≥ target × percent, in hundredths throughout.
  const needed = divideUp(target * toHundredths(rules.indicatorMetPercent), 10000);
  const remaining = Math.max(0, needed - completed);
  const left = months.year - months.elapsed;
  const projected = divideHalfUp(completed * months.year, months.elapsed);
  return {
    index: row.index,
    name: row.name,
    target,
    completed,
    remaining,
    pacePerMonth: divideHalfUp(completed * 100, months.elapsed),
    neededPerMonth: remaining === 0 ? 0 : left > 0 ? divideUp(remaining * 100, left) : null,
    projected,
    // The completion rate of src/scoring, applied to the projected count.
    projectedRate: percentHundredths(fromHundredths(projected), row.target),
    willMeet: projected >= needed,
    projectedShortfall: Math.max(0, needed - projected),
  };
}

export interface PaceResults {
  months: ServiceMonths;
  /** Every indicator with both counts valid, in the order entered. */
  rows: IndicatorPace[];
  /** The indicators the projection leaves short, furthest behind (lowest projected rate) first. */
  willMiss: IndicatorPace[];
}

/** The pace of every indicator that has a completion rate (both counts valid, target above 0). */
export function paceOf(rules: Pick<RuleSet, 'indicatorMetPercent'>, indicators: IndicatorResult[], months: ServiceMonths): PaceResults {
  const rows: IndicatorPace[] = [];
  for (const i of indicators) {
    if (i.completion === null || i.target === null || i.completed === null) continue;
    rows.push(indicatorPace(rules, { index: i.index, name: i.name, completed: i.completed, target: i.target }, months));
  }
  const willMiss = rows.filter((r) => !r.willMeet).sort((a, b) => a.projectedRate - b.projectedRate || a.index - b.index);
  return { months, rows, willMiss };
}
