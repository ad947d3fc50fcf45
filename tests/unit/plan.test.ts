/**
 * The calculator's planning: room to grow and to fall per party and grade boundary (src/scoring/room.ts), the
 * indicators' pace over the service months (src/calculator/pace.ts), the staffing plan
 * (src/calculator/staffing-plan.ts) and their sentences (src/wording/plan.ts). Properties under both rule sets
 * of the tests, and the real 流花街 report's figures.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { agreementMonths, stateFromReport } from '../../src/calculator/from-report.ts';
import { indicatorPace, paceOf, readServiceMonths, MONTHS_KEY, YEAR_KEY, type ServiceMonths } from '../../src/calculator/pace.ts';
import { computePlan } from '../../src/calculator/plan.ts';
import { computeResults, type FieldErrors } from '../../src/calculator/results.ts';
import { staffingPlan } from '../../src/calculator/staffing-plan.ts';
import { validateState } from '../../src/calculator/state.ts';
import { makeReportSchema } from '../../src/reports/validate.ts';
import { gradeOf, gradeRank, gradeRoom, ruleSetById, toHundredths, totalFromPoints, type PartyId, type PartyScores, type RuleSet } from '../../src/scoring/index.ts';
import { fallSentence, riseSentence, staffingPlanSentences, willMissLine } from '../../src/wording/plan.ts';
import { BOTH_RULE_SETS, FICTIONAL_RULES, GZ_2023 as GZ } from '../fixtures/rule-sets.ts';

// The real report, read from its file as the build reads it.
const REPORT_FILE = 'content/reports/liuhua/2023-2024-final.mdx';
const REPORT_ID = 'liuhua-2023-2024-final';
const report = makeReportSchema(z.string()).parse(parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(REPORT_FILE, 'utf8'))![1]!));

/** Its party points in hundredths, as printed (18.00 / 8.70 / 12.80 / 44.12). */
const LIUHUA: PartyScores = Object.fromEntries(GZ.parties.map((p) => [p.id, toHundredths(report.scores[p.id] as number)]));

const scoresUnder = (rules: RuleSet) =>
  fc.record(Object.fromEntries(rules.parties.map((p) => [p.id, fc.integer({ min: 0, max: toHundredths(p.maxPoints) })])) as Record<PartyId, fc.Arbitrary<number>>);

/** The total of party points through the scoring module's own sum (not gradeRoom's). */
function totalOf(rules: RuleSet, s: PartyScores): number {
  const r = totalFromPoints(rules, Object.fromEntries(Object.entries(s).map(([id, h]) => [id, h / 100])));
  if (!r.ok) throw new Error(r.error.message);
  return r.value.total;
}

describe('room to grow: the 流花街 report (83.62, 良好)', () => {
  const room = gradeRoom(GZ, LIUHUA);

  it('needs 6.38 for 优秀, which only 第三方 (room 10.88) can give alone', () => {
    expect(room.total).toBe(8362);
    expect(room.grade).toBe('良好');
    expect(room.room).toEqual({ supervisor: 130, purchaser: 200, supervisionCentre: 220, thirdParty: 1088 });
    expect(room.up).toHaveLength(1);
    const excellent = room.up[0]!;
    expect(excellent.grade).toBe('优秀');
    expect(excellent.change).toBe(638);
    expect(excellent.parties.filter((p) => p.move !== null).map((p) => p.id)).toEqual(['thirdParty']);
    expect(excellent.parties.find((p) => p.id === 'thirdParty')).toEqual({ id: 'thirdParty', reach: 1088, move: 638 });
    expect(riseSentence(GZ, excellent)).toBe(
      '第三方再得 6.38 分即达优秀；单靠监督方无法达到（最多还能加 1.30 分）；单靠购买方无法达到（最多还能加 2.00 分）；单靠督导中心无法达到（最多还能加 2.20 分）。',
    );
  });

  it('drops to 合格 at 3.63 less from any party, and to 不合格 only through 第三方', () => {
    expect(room.down.map((b) => [b.grade, b.change])).toEqual([
      ['合格', 363],
      ['不合格', 2363],
    ]);
    expect(fallSentence(GZ, room.down[0]!)).toBe('任何一方少得 3.63 分即降为合格。');
    expect(fallSentence(GZ, room.down[1]!)).toBe(
      '第三方少得 23.63 分即降为不合格；监督方即使得 0 分，等级也不会降为不合格；购买方即使得 0 分，等级也不会降为不合格；督导中心即使得 0 分，等级也不会降为不合格。',
    );
  });

  it('says when several parties could each do it, and when none alone can', () => {
    // 88.00 with 购买方 at 16.00: 购买方 (room 4.00) or 第三方 (room 8.00) each reach 优秀 with 2.00 more.
    const near = gradeRoom(GZ, { supervisor: 1000, purchaser: 1600, supervisionCentre: 1500, thirdParty: 4700 });
    expect(riseSentence(GZ, near.up[0]!)).toBe('购买方或第三方再得 2.00 分即达优秀；监督方已是满分；督导中心已是满分。');
    // 62.00 spread so no one party's room covers the 28.00 to 优秀.
    const low = gradeRoom(GZ, { supervisor: 500, purchaser: 1000, supervisionCentre: 700, thirdParty: 4000 });
    expect(low.up.map((b) => b.grade)).toEqual(['良好', '优秀']);
    expect(riseSentence(GZ, low.up[1]!)).toBe(
      '离优秀还差 28.00 分，单靠任何一方都无法达到，需几方一起提高；单靠监督方无法达到（最多还能加 5.00 分）；单靠购买方无法达到（最多还能加 10.00 分）；单靠督导中心无法达到（最多还能加 8.00 分）；单靠第三方无法达到（最多还能加 15.00 分）。',
    );
  });

  it('has nothing above the highest grade and nothing below the lowest', () => {
    const top = gradeRoom(GZ, { supervisor: 1000, purchaser: 2000, supervisionCentre: 1500, thirdParty: 5500 });
    expect(top.up).toEqual([]);
    expect(Object.values(top.room)).toEqual([0, 0, 0, 0]);
    const bottom = gradeRoom(GZ, { supervisor: 0, purchaser: 0, supervisionCentre: 0, thirdParty: 0 });
    expect(bottom.down).toEqual([]);
    expect(bottom.up.map((b) => b.grade)).toEqual(['合格', '良好', '优秀']);
  });
});

describe.each(BOTH_RULE_SETS)('room to grow and to fall, properties under %s', (_id, rules) => {
  it('the room is each party’s maximum − its score', () => {
    fc.assert(
      fc.property(scoresUnder(rules), (s) => {
        const r = gradeRoom(rules, s);
        for (const p of rules.parties) expect(r.room[p.id]).toBe(toHundredths(p.maxPoints) - s[p.id]!);
      }),
    );
  });

  it('reaching a higher boundary with the computed rise gives exactly that grade; one hundredth less does not', () => {
    fc.assert(
      fc.property(scoresUnder(rules), (s) => {
        const r = gradeRoom(rules, s);
        const total = totalOf(rules, s);
        expect(r.total).toBe(total);
        // Every higher band, nearest first.
        const rank = gradeRank(rules, r.grade);
        expect(r.up.map((b) => gradeRank(rules, b.grade))).toEqual(Array.from({ length: rules.bands.length - 1 - rank }, (_, i) => rank + 1 + i));
        for (const b of r.up) {
          for (const p of b.parties) {
            if (p.move === null) {
              expect(p.reach).toBeLessThan(b.change);
              continue;
            }
            expect(p.move).toBeLessThanOrEqual(p.reach);
            // The party's raised score is a valid score, and the new total (summed afresh) is in that band.
            const raised = { ...s, [p.id]: s[p.id]! + p.move };
            const newTotal = totalOf(rules, raised);
            expect(gradeOf(rules, newTotal)).toBe(b.grade);
            expect(gradeOf(rules, newTotal - 1)).not.toBe(b.grade);
            expect(gradeRank(rules, gradeOf(rules, newTotal - 1))).toBeLessThan(gradeRank(rules, b.grade));
          }
        }
      }),
    );
  });

  it('falling by the computed drop lands in that lower grade; one hundredth less does not', () => {
    fc.assert(
      fc.property(scoresUnder(rules), (s) => {
        const r = gradeRoom(rules, s);
        for (const b of r.down) {
          for (const p of b.parties) {
            if (p.move === null) {
              expect(s[p.id]!).toBeLessThan(b.change);
              continue;
            }
            const newTotal = totalOf(rules, { ...s, [p.id]: s[p.id]! - p.move });
            expect(gradeOf(rules, newTotal)).toBe(b.grade);
            expect(gradeOf(rules, newTotal + 1)).not.toBe(b.grade);
          }
        }
      }),
    );
  });

  it('a party with no room is never proposed', () => {
    // Half of the parties at their maximum, so full parties come up often.
    const someFull = scoresUnder(rules).chain((s) =>
      fc.subarray(rules.parties.map((p) => p.id)).map((full) => ({ ...s, ...Object.fromEntries(full.map((id) => [id, toHundredths(rules.parties.find((p) => p.id === id)!.maxPoints)])) })),
    );
    fc.assert(
      fc.property(someFull, (s) => {
        const r = gradeRoom(rules, s);
        for (const b of r.up) {
          const proposal = riseSentence(rules, b).split('；')[0]!;
          for (const p of b.parties) {
            if (r.room[p.id] !== 0) continue;
            expect(p.move).toBeNull();
            expect(proposal).not.toContain(rules.parties.find((x) => x.id === p.id)!.name);
          }
        }
      }),
    );
  });
});

describe('service months', () => {
  const read = (months: string, year = '12') => {
    const errors: FieldErrors = {};
    return { months: readServiceMonths(months, year, errors), errors };
  };

  it('reads 10.5 of 12, in half- and full-width', () => {
    expect(read('10.5')).toEqual({ months: { elapsed: 1050, year: 1200 }, errors: {} });
    expect(read('１０．５')).toEqual({ months: { elapsed: 1050, year: 1200 }, errors: {} });
    expect(read('６', '')).toEqual({ months: { elapsed: 600, year: 1200 }, errors: {} });
    expect(read('')).toEqual({ months: null, errors: {} });
  });

  it.each([
    ['13', '12', MONTHS_KEY, '考核月份不能超过服务年度的 12 个月，现为 13。'],
    ['１３', '12', MONTHS_KEY, '考核月份不能超过服务年度的 12 个月，现为 13。'],
    ['0', '12', MONTHS_KEY, '考核月份应大于 0。'],
    ['-2', '12', MONTHS_KEY, '考核月份不能为负数。'],
    ['10%', '12', MONTHS_KEY, '考核月份请填写月数，不要带 %。'],
    ['十', '12', MONTHS_KEY, '考核月份应为数字，例如 18.5；“十”不是数字。'],
    ['6', '0', YEAR_KEY, '服务年度月数应大于 0。'],
    ['6', '36', YEAR_KEY, '服务年度月数应在 24 个月以内，现为 36。'],
  ])('months %s of %s: an inline message in Chinese', (months, year, key, message) => {
    const r = read(months, year);
    expect(r.months).toBeNull();
    expect(r.errors).toEqual({ [key]: message });
  });

  it('takes the service year from the agreement period, to the half month', () => {
    expect(agreementMonths(report.agreementPeriod)).toBe(12);
    expect(agreementMonths({ start: '2023-07-01', end: '2024-03-31' })).toBe(9);
    expect(agreementMonths({ start: '2023-04-23', end: '2023-10-07' })).toBe(5.5);
    expect(agreementMonths({ start: '2024-01-01', end: '2024-12-31' })).toBe(12);
  });
});

describe('the pace of the indicators', () => {
  const months = (elapsed: number, year = 1200): ServiceMonths => ({ elapsed, year });
  const row = (completed: number, target: number) => ({ index: 0, name: '专业个案完成（个）', completed, target });

  it('an indicator 20 of 56 six months in: 40 projected, 16 short, 6 a month needed against 3.33 so far', () => {
    const p = indicatorPace(GZ, row(20, 56), months(600));
    expect(p).toEqual({
      index: 0,
      name: '专业个案完成（个）',
      target: 5600,
      completed: 2000,
      remaining: 3600,
      pacePerMonth: 333,
      neededPerMonth: 600,
      projected: 4000,
      projectedRate: 7143,
      willMeet: false,
      projectedShortfall: 1600,
    });
    expect(willMissLine({ ...p, monthsLeft: 600 })).toBe(
      '专业个案完成（个）：年底预计 40（完成率 71.43%），还差 16；余下 6 个月每月需完成 6，目前每月 3.33。',
    );
  });

  it('the 流花街 report at its 10.5 of 12 months: every indicator already met, none will miss', () => {
    const state = stateFromReport(REPORT_ID, report, GZ);
    expect([state.months, state.yearMonths]).toEqual(['10.5', '12']);
    const results = computeResults(state, GZ);
    const plan = computePlan(state, results);
    expect(plan.errors).toEqual({});
    expect(plan.pace?.rows).toHaveLength(14);
    expect(plan.pace?.willMiss).toEqual([]);
    // 建档: 412 in 10.5 months → 39.24 a month, 412 ÷ 10.5 × 12 = 470.857… → 470.86 at the year's end.
    const records = plan.pace!.rows[0]!;
    expect([records.remaining, records.pacePerMonth, records.projected, records.neededPerMonth]).toEqual([0, 3924, 47086, 0]);
  });

  it('the same report with two indicators behind at six months: furthest behind first', () => {
    const state = stateFromReport(REPORT_ID, report, GZ);
    state.months = '6';
    const consult = state.indicators.findIndex((i) => i.name.startsWith('咨询个案'));
    const closed = state.indicators.findIndex((i) => i.name.startsWith('专业个案完成'));
    state.indicators[consult]!.completed = '120'; // 240 of 300 projected: 80.00%
    state.indicators[closed]!.completed = '20'; // 40 of 56 projected: 71.43%
    const plan = computePlan(state, computeResults(state, GZ));
    expect(plan.pace?.willMiss.map((p) => [p.name, p.projected, p.projectedShortfall])).toEqual([
      ['专业个案完成（个）', 4000, 1600],
      ['咨询个案（个）', 24000, 6000],
    ]);
  });

  it('property: the projection is completed ÷ months × the year’s months, rounded half up to hundredths', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 2400 }).chain((year) => fc.tuple(fc.integer({ min: 1, max: year }), fc.constant(year))),
        (completed, target, [elapsed, year]) => {
          const p = indicatorPace(GZ, row(completed / 100, target / 100), months(elapsed, year));
          // Exact rational arithmetic: (completed × year ÷ elapsed) hundredths, half up.
          const exact = (2n * BigInt(completed) * BigInt(year) + BigInt(elapsed)) / (2n * BigInt(elapsed));
          expect(p.projected).toBe(Number(exact));
          expect(p.willMeet).toBe(p.projected * 100 >= target * GZ.indicatorMetPercent);
          // The pace still needed is the smallest that is enough over the months left.
          const left = year - elapsed;
          if (p.neededPerMonth !== null && p.remaining > 0) {
            expect(p.neededPerMonth * left).toBeGreaterThanOrEqual(p.remaining * 100);
            expect((p.neededPerMonth - 1) * left).toBeLessThan(p.remaining * 100);
          }
          expect(p.neededPerMonth === null).toBe(left === 0 && p.remaining > 0);
        },
      ),
    );
  });

  it('under a set met at 90%: the threshold is the set’s', () => {
    expect(FICTIONAL_RULES.indicatorMetPercent).toBe(90);
    const p = indicatorPace(FICTIONAL_RULES, row(45, 100), months(600));
    expect([p.remaining, p.projected, p.willMeet]).toEqual([4500, 9000, true]);
  });

  it('lists the indicators that will miss by their projected rate, lowest first', () => {
    const indicators = [
      { index: 0, name: 'a', target: 100, completed: 40, completion: { rate: 4000, met: false } },
      { index: 1, name: 'b', target: 100, completed: 30, completion: { rate: 3000, met: false } },
      { index: 2, name: 'c', target: 100, completed: 90, completion: { rate: 9000, met: false } },
      { index: 3, name: 'd', target: null, completed: 5, completion: null },
    ];
    const r = paceOf(GZ, indicators, months(600));
    expect(r.rows.map((p) => p.name)).toEqual(['a', 'b', 'c']);
    expect(r.willMiss.map((p) => p.name)).toEqual(['b', 'a']);
  });
});

describe('the staffing plan', () => {
  it('the 流花街 report: 65.00% = 13 / 20 against 80%: 3 more must stay; one more leaving makes it 60.00% and 4', () => {
    const { stableStaff, requiredPosts } = report.staffing.retention;
    const r = staffingPlan(GZ, stableStaff, requiredPosts);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.now.rate).toBe(6500);
    expect(r.value.now.requirement).toBe(GZ.staffing.retentionMinPercent);
    expect(r.value.mustStay).toBe(3);
    expect(r.value.canLeave).toBe(0);
    expect(r.value.afterOneLeaves).toEqual({ rate: 6000, requirement: 80, met: false, shortBy: 4 });
    expect(staffingPlanSentences(GZ, r.value)).toEqual([
      '稳岗率 65.00%，未达到“不低于 80%”的要求：还需 3 名社工持续稳定在岗才达标。',
      '再有 1 人离岗，稳岗率将降到 60.00%，还需 4 名社工持续稳定在岗才达标。',
    ]);
  });

  it.each([
    [16, 20, 0, false, '稳岗率 80.00%，达到“不低于 80%”的要求；再有人离岗就达不到。', '再有 1 人离岗，稳岗率将降到 75.00%，还需 1 名社工持续稳定在岗才达标。'],
    [18, 20, 2, true, '稳岗率 90.00%，达到“不低于 80%”的要求；最多还可以有 2 人离岗而仍然达标。', '再有 1 人离岗，稳岗率将降到 85.00%，仍达到要求。'],
  ])('%i of %i: %i could leave', (stable, posts, canLeave, stillMet, first, second) => {
    const r = staffingPlan(GZ, stable, posts);
    expect(r.ok && r.value.canLeave).toBe(canLeave);
    expect(r.ok && r.value.afterOneLeaves?.met).toBe(stillMet);
    expect(r.ok && staffingPlanSentences(GZ, r.value)).toEqual([first, second]);
  });

  it('under a set with no 稳岗率 minimum: the rates only', () => {
    const r = staffingPlan(FICTIONAL_RULES, 13, 20);
    expect(r.ok && [r.value.mustStay, r.value.canLeave]).toEqual([null, null]);
    expect(r.ok && staffingPlanSentences(FICTIONAL_RULES, r.value)).toEqual([
      '稳岗率 65.00%；本评估办法对稳岗率没有规定最低要求。',
      '再有 1 人离岗，稳岗率将降到 60.00%。',
    ]);
  });

  it('refuses 0 posts and negative staff as the rate does', () => {
    expect(staffingPlan(GZ, 13, 0).ok).toBe(false);
    expect(staffingPlan(GZ, -1, 20).ok).toBe(false);
    const none = staffingPlan(GZ, 0, 20);
    expect(none.ok && none.value.afterOneLeaves).toBeNull();
  });
});

describe('state: the service months', () => {
  it('a version-2 state (saved or shared before the months) opens with none entered', () => {
    const v2 = { v: 2, rules: 'gz-2023', parties: Object.fromEntries(GZ.parties.map((p) => [p.id, { text: '', scale: 'points' }])), indicators: [], staffing: Object.fromEntries(['requiredPosts', 'stableStaff', 'expectedAll', 'actualAll', 'expectedCertified', 'actualCertified', 'experienced'].map((f) => [f, ''])), source: null };
    const r = validateState(v2, ruleSetById);
    expect(r.ok && [r.value.v, r.value.months, r.value.yearMonths]).toEqual([3, '', '12']);
  });

  it('refuses months that are not short text', () => {
    const s = stateFromReport(REPORT_ID, report, GZ);
    expect(validateState({ ...s, months: 10.5 }, ruleSetById).ok).toBe(false);
    expect(validateState({ ...s, yearMonths: '1'.repeat(41) }, ruleSetById).ok).toBe(false);
    expect(validateState(JSON.parse(JSON.stringify(s)), ruleSetById)).toEqual({ ok: true, value: s });
  });
});
