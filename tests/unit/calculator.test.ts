import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { ratedIndicatorPoints } from '../../src/charts/calculator-text.ts';
import { compositionChart } from '../../src/charts/composition.ts';
import { indicatorBarsChart, type ChartPalette } from '../../src/charts/indicator-bars.ts';
import { fieldKey } from '../../src/calculator/fields.ts';
import { stateFromReport } from '../../src/calculator/from-report.ts';
import { DISCARDED_NOTICE, loadState, saveState, STORAGE_KEY, type KeyValueStore } from '../../src/calculator/persistence.ts';
import { computeResults } from '../../src/calculator/results.ts';
import { decodeState as decodeUnder, encodeState, MAX_SHARE_LENGTH, shareUrl, sharedStateIn } from '../../src/calculator/share.ts';
import { emptyState as emptyUnder, LIMITS, STAFFING_FIELDS, validateState as validateUnder, withRuleSet, type CalculatorState } from '../../src/calculator/state.ts';
import { formatHundredths, formatPercent, ruleSetById, type PartyId, type RuleSet } from '../../src/scoring/index.ts';
import { makeReportSchema } from '../../src/reports/validate.ts';
import { fictionalReport } from '../../tools/fictional-city/index.ts';
import { BOTH_RULE_SETS, FICTIONAL_RULES, GZ_2023 as GZ, withFictional } from '../fixtures/rule-sets.ts';

const PARTY_IDS = GZ.parties.map((p) => p.id);
const emptyState = () => emptyUnder(GZ);
const validateState = (v: unknown) => validateUnder(v, ruleSetById);
const results = (s: CalculatorState) => computeResults(s, GZ);
const decodeState = (lookup: (id: string) => RuleSet | undefined, text: string) => decodeUnder(text, lookup);

/** A state with the four scores typed as given (points). */
function withScores(scores: Partial<Record<PartyId, string>>): CalculatorState {
  const s = emptyState();
  for (const [id, text] of Object.entries(scores)) s.parties[id] = { text: text ?? '', scale: 'points' };
  return s;
}

// 流花街 2023–2024 final: 购买方 18 / 监督方 8.7 / 督导中心 12.8 / 第三方 44.12.
const LIUHUA = { purchaser: '18', supervisor: '8.7', supervisionCentre: '12.8', thirdParty: '44.12' };

describe('results: total, grade and margins', () => {
  it('computes 83.62, 良好, 6.38 to 优秀, and 3.62 margin for every party', () => {
    const r = results(withScores(LIUHUA));
    expect(r.errors).toEqual({});
    expect(r.total && formatHundredths(r.total.total)).toBe('83.62');
    expect(r.total?.position.grade).toBe('良好');
    expect(r.total?.position.nextGrade).toBe('优秀');
    expect(r.total?.position.toNext).toBe(638);
    for (const id of PARTY_IDS) expect(r.total?.margins.parties?.[id]?.margin).toBe(362);
  });

  it('reads full-width digits and Chinese punctuation', () => {
    const r = results(
      withScores({ purchaser: '１８', supervisor: '８。７', supervisionCentre: '１２．８', thirdParty: '４４．１２' }),
    );
    expect(r.total?.total).toBe(8362);
  });

  it.each([
    [{ purchaser: '20', supervisor: '10', supervisionCentre: '15', thirdParty: '45' }, '优秀', null],
    [{ purchaser: '20', supervisor: '10', supervisionCentre: '15', thirdParty: '44.99' }, '良好', 1],
    [{ purchaser: '20', supervisor: '10', supervisionCentre: '15', thirdParty: '35' }, '良好', 1000],
    [{ purchaser: '20', supervisor: '10', supervisionCentre: '15', thirdParty: '34.99' }, '合格', 1],
    [{ purchaser: '20', supervisor: '10', supervisionCentre: '15', thirdParty: '15' }, '合格', 2000],
    [{ purchaser: '20', supervisor: '10', supervisionCentre: '15', thirdParty: '14.99' }, '不合格', 1],
  ])('grade boundary %#: %o → %s', (scores, grade, toNext) => {
    const r = results(withScores(scores));
    expect(r.total?.position.grade).toBe(grade);
    expect(r.total?.position.toNext).toBe(toNext);
  });

  it('on a band floor the margin is 0; in the lowest band there is none', () => {
    const floor = results(withScores({ purchaser: '20', supervisor: '10', supervisionCentre: '15', thirdParty: '35' }));
    expect(floor.total?.margins.parties?.thirdParty?.margin).toBe(0);
    const low = results(withScores({ purchaser: '1', supervisor: '1', supervisionCentre: '1', thirdParty: '1' }));
    expect(low.total?.margins.parties).toBeNull();
    expect(low.warnings[0]).toEqual({ kind: 'grade', text: '总分 4.00 分，等级为不合格。' });
  });

  it('converts a 100-point score by the party’s weight', () => {
    const s = withScores(LIUHUA);
    s.parties.purchaser = { text: '90', scale: 'rating' };
    s.parties.thirdParty = { text: '80.22%', scale: 'rating' };
    const r = results(s);
    expect(r.parties.find((p) => p.party.id === 'purchaser')?.points).toBe(1800);
    expect(r.parties.find((p) => p.party.id === 'thirdParty')?.points).toBe(4412);
    expect(r.total?.total).toBe(8362);
  });

  it.each([
    ['abc', '不是数字'],
    ['21', '0 到 20'],
    ['-1', '0 到 20'],
    ['18%', '不要带 %'],
  ])('rejects “%s” for 购买方 on that field only, keeping the rest', (text, message) => {
    const r = results(withScores({ ...LIUHUA, purchaser: text }));
    expect(Object.keys(r.errors)).toEqual([fieldKey.party('purchaser')]);
    expect(r.errors[fieldKey.party('purchaser')]).toContain('购买方');
    expect(r.errors[fieldKey.party('purchaser')]).toContain(message);
    expect(r.total).toBeNull();
    expect(r.pending).toEqual(['购买方']);
    expect(r.parties.find((p) => p.party.id === 'thirdParty')?.points).toBe(4412);
  });

  it('an empty field is not an error, only pending', () => {
    const r = results(emptyState());
    expect(r.errors).toEqual({});
    expect(r.pending).toEqual(['监督方', '购买方', '督导中心', '第三方']);
    expect(r.warnings).toEqual([]);
  });
});

describe('results: indicators and staffing', () => {
  it('rates each indicator, and ties errors to the right field', () => {
    const s = emptyState();
    s.indicators = [
      { name: '建档', target: '387', completed: '412' },
      { name: '小组', target: '10', completed: '9' },
      { name: '', target: '0', completed: '5' },
      { name: '探访', target: '-3', completed: '1' },
      { name: '电访', target: '10', completed: '10%' },
    ];
    const r = results(s);
    expect(r.indicators[0]?.completion).toEqual({ rate: 10646, met: true });
    expect(r.indicators[1]?.completion).toEqual({ rate: 9000, met: false });
    expect(r.indicators[2]?.name).toBe('第 3 项指标');
    expect(r.errors[fieldKey.indicator(2, 'target')]).toContain('不能为 0');
    expect(r.errors[fieldKey.indicator(3, 'target')]).toContain('不能为负数');
    expect(r.errors[fieldKey.indicator(4, 'completed')]).toContain('不要带 %');
    expect(r.indicatorCounts).toEqual({ rated: 2, met: 1 });
    expect(r.warnings).toEqual([{ kind: 'indicator', text: '指标“小组”完成率 90.00%，未达到协议指标量。' }]);
  });

  it('computes 稳岗率, surpluses and the experienced share from the staffing entries', () => {
    const s = emptyState();
    s.staffing = {
      requiredPosts: '20',
      stableStaff: '13',
      expectedAll: '210',
      actualAll: '212',
      expectedCertified: '105',
      actualCertified: '99.5',
      experienced: '161.5',
    };
    const r = results(s);
    expect(r.staffing.retention && formatPercent(r.staffing.retention.rate)).toBe('65.00%');
    expect(r.staffing.retention?.shortBy).toBe(3);
    expect(r.staffing.attendanceAll?.surplus).toBe(200);
    expect(r.staffing.attendanceCertified?.met).toBe(false);
    expect(r.staffing.experiencedShare).toBe(7618);
    expect(r.warnings.map((w) => w.text)).toEqual([
      '稳岗率 65.00%，未达到“不低于 80%”的要求，还需 3 人持续稳定在岗。',
      '持证社工实到岗比应到岗少 5.5 人次。',
    ]);
    expect(r.warnings.every((w) => w.kind === 'staffing')).toBe(true);
  });

  it('puts staffing errors on the field they concern', () => {
    const s = emptyState();
    s.staffing = { ...s.staffing, requiredPosts: '0', stableStaff: '3', actualAll: '10', experienced: '11', expectedCertified: 'x' };
    const r = results(s);
    expect(Object.keys(r.errors).sort()).toEqual(
      [fieldKey.staffing('requiredPosts'), fieldKey.staffing('experienced'), fieldKey.staffing('expectedCertified')].sort(),
    );
    expect(r.errors[fieldKey.staffing('experienced')]).toContain('不能多于');
  });
});

describe('state validation', () => {
  it('accepts the empty state and a full one', () => {
    expect(validateState(emptyState()).ok).toBe(true);
    expect(validateState(JSON.parse(JSON.stringify(withScores(LIUHUA)))).ok).toBe(true);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'hello'],
    ['an array', []],
    ['another version', { ...emptyState(), v: 4 }],
    ['no rule set', (({ rules: _r, ...rest }) => rest)(emptyState())],
    ['an extra key', { ...emptyState(), extra: 1 }],
    ['a missing party', { ...emptyState(), parties: { supervisor: { text: '', scale: 'points' } } }],
    ['a number for text', { ...emptyState(), parties: { ...emptyState().parties, purchaser: { text: 18, scale: 'points' } } }],
    ['an unknown scale', { ...emptyState(), parties: { ...emptyState().parties, purchaser: { text: '', scale: 'x' } } }],
    ['overlong text', { ...emptyState(), staffing: { ...emptyState().staffing, stableStaff: '1'.repeat(LIMITS.text + 1) } }],
    ['too many indicators', { ...emptyState(), indicators: Array(LIMITS.indicators + 1).fill({ name: '', target: '', completed: '' }) }],
    ['a bad report id', { ...emptyState(), source: { reportId: '../../x', title: 't', derived: [] } }],
    ['an unknown derived figure', { ...emptyState(), source: { reportId: 'a-1', title: 't', derived: ['x'] } }],
  ])('refuses %s', (_, value) => {
    expect(validateState(value).ok).toBe(false);
  });

  it('refuses a __proto__ key smuggled through JSON', () => {
    const json = JSON.stringify(emptyState()).replace('"v":3', '"v":3,"__proto__":{"polluted":true}');
    expect(validateState(JSON.parse(json)).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

const anyState: fc.Arbitrary<CalculatorState> = fc
  .record({
    parties: fc.tuple(...PARTY_IDS.map(() => fc.record({ text: fc.string({ maxLength: LIMITS.text }), scale: fc.constantFrom('points' as const, 'rating' as const) }))),
    indicators: fc.array(
      fc.record({ name: fc.string({ maxLength: LIMITS.name }), target: fc.string({ maxLength: LIMITS.text }), completed: fc.string({ maxLength: LIMITS.text }) }),
      { maxLength: 8 },
    ),
    staffing: fc.tuple(...STAFFING_FIELDS.map(() => fc.string({ maxLength: LIMITS.text }))),
  })
  .map(({ parties, indicators, staffing }) => {
    const s = emptyState();
    PARTY_IDS.forEach((id, i) => (s.parties[id] = parties[i]!));
    STAFFING_FIELDS.forEach((f, i) => (s.staffing[f] = staffing[i]!));
    s.indicators = indicators;
    return s;
  });

describe('share links', () => {
  it('round-trips any valid state exactly, Chinese and markup included', () => {
    fc.assert(
      fc.property(anyState, (state) => {
        const decoded = decodeState(ruleSetById, encodeState(state));
        expect(decoded).toEqual({ ok: true, state });
      }),
    );
    const s = withScores(LIUHUA);
    s.indicators = [{ name: '<img src=x onerror=alert(1)>建档', target: '３８７', completed: '412' }];
    const url = shareUrl('https://example.org/calculator/?report=x#old', s);
    expect(url.startsWith('https://example.org/calculator/#s=')).toBe(true);
    const encoded = sharedStateIn(new URL(url).hash);
    expect(encoded && decodeState(ruleSetById, encoded)).toEqual({ ok: true, state: s });
  });

  it('refuses a tampered, truncated or oversized link', () => {
    const good = encodeState(withScores(LIUHUA));
    expect(decodeState(ruleSetById, good.slice(0, -7)).ok).toBe(false);
    expect(decodeState(ruleSetById, 'not*base64').ok).toBe(false);
    expect(decodeState(ruleSetById, Buffer.from('{"v":1}').toString('base64url')).ok).toBe(false);
    expect(decodeState(ruleSetById, Buffer.from('[1,2').toString('base64url')).ok).toBe(false);
    expect(decodeState(ruleSetById, 'A'.repeat(MAX_SHARE_LENGTH + 1)).ok).toBe(false);
  });

  it('every random fragment is refused or decodes to a valid state, never throws', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const r = decodeState(ruleSetById, text);
        if (r.ok) expect(validateState(r.state).ok).toBe(true);
      }),
    );
  });
});

class MemoryStore implements KeyValueStore {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

describe('persistence', () => {
  it('saves and loads a state under the versioned key; an empty state removes it', () => {
    const store = new MemoryStore();
    const s = withScores(LIUHUA);
    expect(saveState(store, s)).toBe(true);
    expect(store.data.has(STORAGE_KEY)).toBe(true);
    expect(loadState(store, ruleSetById)).toEqual({ state: s, notice: null });
    saveState(store, emptyState());
    expect(store.data.has(STORAGE_KEY)).toBe(false);
    expect(loadState(store, ruleSetById)).toEqual({ state: null, notice: null });
  });

  it.each([['not JSON', '{oops'], ['foreign data', '{"theme":"dark"}'], ['an old version', '{"v":0}'], ['JSON null', 'null']])(
    'discards %s with a notice and removes it',
    (_, raw) => {
      const store = new MemoryStore();
      store.setItem(STORAGE_KEY, raw);
      expect(loadState(store, ruleSetById)).toEqual({ state: null, notice: DISCARDED_NOTICE });
      expect(store.data.has(STORAGE_KEY)).toBe(false);
    },
  );

  it('works on when storage throws (blocked or full)', () => {
    const throwing: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(loadState(throwing, ruleSetById)).toEqual({ state: null, notice: null });
    expect(saveState(throwing, withScores(LIUHUA))).toBe(false);
    expect(loadState(null, ruleSetById)).toEqual({ state: null, notice: null });
  });
});

describe('prefill from a report', () => {
  const report = makeReportSchema(z.string()).parse(fictionalReport());

  it('carries the four scores, the indicators and the staffing, and reproduces the report’s figures', () => {
    const state = stateFromReport('ceshi-example-2030-2031-final', report, GZ);
    expect(state.parties.supervisionCentre).toEqual({ text: '13.25', scale: 'points' });
    expect(state.indicators[0]).toEqual({ name: '建档（份）', target: '387', completed: '412' });
    expect(state.staffing.experienced).toBe('161.5');
    expect(state.source).toEqual({
      reportId: 'ceshi-example-2030-2031-final',
      title: '测试街示例社工服务站 末期评估报告（虚构）（2030-2031）',
      derived: ['indicatorTargets'],
    });
    const r = results(state);
    expect(r.errors).toEqual({});
    expect(r.total && formatHundredths(r.total.total)).toBe(formatHundredths(Math.round(report.scores.total * 100)));
    expect(r.total?.position.grade).toBe(report.scores.grade);
    expect(r.indicators.map((i) => i.completion && i.completion.rate / 100)).toEqual(
      report.indicators.map((i: { statedRate: number }) => i.statedRate),
    );
    expect(r.staffing.retention && r.staffing.retention.rate / 100).toBe(report.staffing.retention.statedRate);
  });

  it('leaves staffing the report does not give empty', () => {
    const partial = { ...report, staffing: { ...report.staffing, certifiedAttendance: undefined, experiencedAttendance: undefined } };
    const state = stateFromReport('x-2030-2031-final', partial, GZ);
    expect(state.staffing.expectedCertified).toBe('');
    expect(state.staffing.experienced).toBe('');
  });

  it('refuses a report the calculator cannot hold', () => {
    const many = { ...report, indicators: Array(LIMITS.indicators + 1).fill(report.indicators[0]) };
    expect(() => stateFromReport('x-2030-2031-final', many, GZ)).toThrow(/无法载入计算器/);
  });
});

describe('chart configurations', () => {
  const palette: ChartPalette = { text: '#000', grid: '#888', accent: '#00f', good: '#0a0', warn: '#a00', muted: '#444', rest: '#eee' };

  it('stacks each party’s points and what is left to its maximum', () => {
    const r = results(withScores({ ...LIUHUA, thirdParty: '' }));
    const config = compositionChart(r, palette);
    expect(config.data.labels).toEqual(['监督方（10）', '购买方（20）', '督导中心（15）', '第三方（55）']);
    expect(config.data.datasets[0]?.data).toEqual([8.7, 18, 12.8, null]);
    expect(config.data.datasets[1]?.data).toEqual([1.3, 2, 2.2, null]);
  });

  it('draws only rated indicators, coloured met / not met', () => {
    const s = emptyState();
    s.indicators = [
      { name: '建档', target: '387', completed: '412' },
      { name: '未填', target: '', completed: '' },
      { name: '小组', target: '10', completed: '9' },
    ];
    const config = indicatorBarsChart(ratedIndicatorPoints(results(s)), GZ.indicatorMetPercent, palette);
    expect(config.data.labels).toEqual(['建档', '小组']);
    expect(config.data.datasets[0]?.data).toEqual([106.46, 90]);
    expect(config.data.datasets[0]?.backgroundColor).toEqual(['#0a0', '#a00']);
  });
});

describe('rule sets in the calculator', () => {
  it('migrates a version-1 state (saved or shared before rule sets) to gz-2023', () => {
    const v1 = { ...JSON.parse(JSON.stringify(withScores(LIUHUA))), v: 1 } as Record<string, any>;
    delete v1.rules;
    v1.parties.purchaser = { text: '90', scale: 'hundred' };
    const r = validateState(v1);
    expect(r.ok && r.value.rules).toBe('gz-2023');
    expect(r.ok && r.value.parties.purchaser).toEqual({ text: '90', scale: 'rating' });
    const store = new MemoryStore();
    store.setItem(STORAGE_KEY, JSON.stringify(v1));
    expect(loadState(store, ruleSetById).state?.rules).toBe('gz-2023');
  });

  it('refuses a state under a rule set the site does not have, naming it, and saved state is removed with a Chinese notice', () => {
    const foreign = { ...emptyState(), rules: 'gz-1999' };
    const r = validateState(foreign);
    expect(r).toMatchObject({ ok: false, unknownRules: 'gz-1999' });
    expect(decodeState(ruleSetById, encodeState(foreign as CalculatorState))).toMatchObject({ ok: false, unknownRules: 'gz-1999' });
    const store = new MemoryStore();
    store.setItem(STORAGE_KEY, JSON.stringify(foreign));
    const loaded = loadState(store, ruleSetById);
    expect(loaded.state).toBeNull();
    expect(loaded.notice).toContain('“gz-1999”本站没有');
    expect(store.data.has(STORAGE_KEY)).toBe(false);
  });

  it('a state needs exactly the parties of its own rule set', () => {
    const fictional = emptyUnder(FICTIONAL_RULES);
    expect(validateUnder(fictional, withFictional).ok).toBe(true);
    expect(validateUnder({ ...fictional, parties: emptyState().parties }, withFictional).ok).toBe(false);
    expect(validateUnder(fictional, ruleSetById)).toMatchObject({ ok: false, unknownRules: FICTIONAL_RULES.id });
  });

  it('switching keeps the entries of parties both sets have and empties the others', () => {
    const s = withScores(LIUHUA);
    s.indicators = [{ name: '建档', target: '387', completed: '412' }];
    const switched = withRuleSet(s, FICTIONAL_RULES);
    expect(switched.rules).toBe(FICTIONAL_RULES.id);
    expect(Object.keys(switched.parties)).toEqual(['evaluator', 'purchaser', 'supervisor']);
    expect(switched.parties.purchaser).toEqual({ text: '18', scale: 'points' });
    expect(switched.parties.evaluator).toEqual({ text: '', scale: 'points' });
    expect(switched.indicators).toEqual(s.indicators);
    expect(validateUnder(switched, withFictional).ok).toBe(true);
  });

  // The same calculation under both sets: what is shown follows the set.
  describe.each(BOTH_RULE_SETS)('results under %s', (_id, rules) => {
    /** Every party at nine tenths of its maximum, as points. */
    const nineTenths = () => {
      const s = emptyUnder(rules);
      for (const p of rules.parties) s.parties[p.id] = { text: String(p.maxPoints * 0.9), scale: 'points' };
      return s;
    };

    it('totals the set’s parties, grades by its bands, and converts ratings on each party’s own scale', () => {
      const r = computeResults(nineTenths(), rules);
      expect(r.rules).toBe(rules);
      expect(r.parties.map((p) => p.party.id)).toEqual(rules.parties.map((p) => p.id));
      expect(r.total?.total).toBe(Math.round(rules.totalMax * 90));
      expect(r.total?.position.grade).toBe(rules.bands.find((b) => b.min <= rules.totalMax * 0.9)!.grade);
      for (const p of r.parties) expect(p.rating).toBe(Math.round(p.party.scale * 90));
      const s = nineTenths();
      const first = rules.parties[0]!;
      s.parties[first.id] = { text: String(first.scale), scale: 'rating' };
      expect(computeResults(s, rules).parties[0]?.points).toBe(Math.round(first.maxPoints * 100));
      s.parties[first.id] = { text: String(first.scale + 1), scale: 'rating' };
      expect(computeResults(s, rules).errors[fieldKey.party(first.id)]).toContain(`0 到 ${first.scale}`);
    });

    it('rates indicators by the set’s threshold and warns on 稳岗率 only where the set has a minimum', () => {
      const s = nineTenths();
      s.indicators = [{ name: '建档', target: '100', completed: '95' }];
      s.staffing = { ...s.staffing, requiredPosts: '20', stableStaff: '13' };
      const r = computeResults(s, rules);
      expect(r.indicators[0]?.completion?.met).toBe(95 >= rules.indicatorMetPercent);
      const retentionWarnings = r.warnings.filter((w) => w.text.startsWith('稳岗率'));
      expect(retentionWarnings.length).toBe(rules.staffing.retentionMinPercent === null ? 0 : 1);
      expect(r.staffing.retention?.requirement).toBe(rules.staffing.retentionMinPercent);
    });

    it('the lowest band gets the grade warning, named as the set names it', () => {
      const s = emptyUnder(rules);
      for (const p of rules.parties) s.parties[p.id] = { text: '0', scale: 'points' };
      const r = computeResults(s, rules);
      expect(r.total?.margins.parties).toBeNull();
      expect(r.warnings[0]).toEqual({ kind: 'grade', text: `总分 0.00 分，等级为${rules.bands.at(-1)!.grade}。` });
    });

    it('the composition chart has a bar per party of the set, to its maximum', () => {
      const palette: ChartPalette = { text: '#000', grid: '#888', accent: '#00f', good: '#0a0', warn: '#a00', muted: '#444', rest: '#eee' };
      const config = compositionChart(computeResults(nineTenths(), rules), palette);
      expect(config.data.labels).toEqual(rules.parties.map((p) => `${p.name}（${p.maxPoints}）`));
      expect((config.options?.scales?.x as { max: number }).max).toBe(Math.max(...rules.parties.map((p) => p.maxPoints)));
    });
  });
});
