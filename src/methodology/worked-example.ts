/**
 * The worked example on a rule set's methodology page, computed by the scoring module under that set.
 * From the newest report scored under it when there is one (its own figures); otherwise from scores
 * assumed for the illustration, each party at 85% of its maximum, and the page says they are assumed.
 * Pure.
 */
import {
  completionRate,
  divideHalfUp,
  formatHundredths,
  gradeBandOf,
  partyPoints,
  retentionRate,
  toHundredths,
  totalFromPoints,
  type GradeBand,
  type Retention,
  type RuleSet,
} from '../scoring/index.ts';
import type { ReportRecord } from '../open-data/record.ts';

export interface WorkedExample {
  /** The report the figures come from, or null when they are assumed for the illustration. */
  report: { id: string; title: string; serviceYear: string } | null;
  /** “监督方 8.70 + 购买方 18.00 + …”. */
  sum: string;
  total: string;
  band: GradeBand;
  /** One party's rating converted to points: “购买方 90 分（百分制）折合 18.00 分”. */
  conversion: { party: string; rating: string; scale: number; points: string };
  indicator: { name: string; unit: string; completed: number; target: number; targetDerived: boolean; rate: string } | null;
  retention: (Retention & { stableStaff: number; requiredPosts: number; requiredPostsDerived: boolean; rateText: string }) | null;
}

const two = (h: number) => formatHundredths(h);

function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

export function workedExample(rules: RuleSet, report: ReportRecord | undefined): WorkedExample {
  const points: Record<string, number> = {};
  for (const p of rules.parties) {
    const stated = report?.scores[p.id];
    // Assumed: 85% of the maximum, in hundredths, half up.
    points[p.id] = typeof stated === 'number' ? stated : divideHalfUp(toHundredths(p.maxPoints) * 85, 100) / 100;
  }
  const total = unwrap(totalFromPoints(rules, points));
  const party = rules.parties[1] ?? rules.parties[0]!;
  const rating = party.scale * 0.9;
  const converted = unwrap(partyPoints(rules, party.id, { value: rating, scale: 'rating' }));
  const row = report?.indicators[0];
  const indicator = row
    ? { ...row, rate: `${two(unwrap(completionRate(rules, row.completed, row.target, row.name)).rate)}%` }
    : null;
  const r = report?.staffing.retention;
  const retention = r
    ? (() => {
        const computed = unwrap(retentionRate(rules, r.stableStaff, r.requiredPosts));
        return { ...computed, stableStaff: r.stableStaff, requiredPosts: r.requiredPosts, requiredPostsDerived: r.requiredPostsDerived, rateText: `${two(computed.rate)}%` };
      })()
    : null;
  return {
    report: report ? { id: report.id, title: report.title, serviceYear: report.serviceYear } : null,
    sum: rules.parties.map((p) => `${p.name} ${two(total.parties[p.id]!)}`).join(' + '),
    total: two(total.total),
    band: gradeBandOf(rules, total.total),
    conversion: { party: party.name, rating: String(rating), scale: party.scale, points: two(converted) },
    indicator: indicator && { name: indicator.name, unit: indicator.unit, completed: indicator.completed, target: indicator.target, targetDerived: indicator.targetDerived, rate: indicator.rate },
    retention,
  };
}
