// Targets derived under the rules' half-up rounding, and rule-set matching against rule sets of the
// test's own (the importer takes the sets as a parameter).
import { describe, expect, it } from 'vitest';
import { deriveWhole } from '../../src/import/derive.ts';
import { matchRuleSet, readStatedRules, gradeNames, type MatchableRuleSet } from '../../src/import/rule-sets.ts';
import { printedForms, printedRate, ratePrints } from '../../src/reports/printed-rate.ts';

describe('deriveWhole (the whole number behind a printed rate)', () => {
  it('rounds half up: 1605 / 800 = 200.625 → 200.63%', () => {
    expect(printedRate(1605, 800, 2)).toBe(20063);
    expect(deriveWhole(1605, 200.63, 2)).toEqual({ value: 800, fits: [800], needsPrecision: false });
  });
  it('the 流花街 targets', () => {
    expect(deriveWhole(412, 106.46, 2).value).toBe(387);
    expect(deriveWhole(1522, 211.39, 2).value).toBe(720);
    expect(deriveWhole(13, 65, 2).value).toBe(20);
  });
  it('a whole-percent rate with several fits takes the exact one when there is one', () => {
    expect(deriveWhole(300, 100, 0)).toEqual({ value: 300, fits: [299, 300, 301], needsPrecision: false });
  });
  it('otherwise the nearest fit, and the precision must be kept', () => {
    expect(deriveWhole(300, 101, 0)).toEqual({ value: 297, fits: [296, 297, 298], needsPrecision: true });
    expect(ratePrints(300, 297, 101, 0)).toBe(true);
    expect(ratePrints(300, 297, 101, 2)).toBe(false);
  });
  it('no whole number fits: null, never a guess', () => {
    expect(deriveWhole(600, 112.5, 1)).toEqual({ value: null, fits: [], needsPrecision: false });
    expect(deriveWhole(7, 0, 2).value).toBeNull();
  });
  it('a rate may be printed with 2, 1 or 0 decimals', () => {
    expect(printedForms(110)).toEqual(['110.00%', '110.0%', '110%']);
    expect(printedForms(112.5)).toEqual(['112.50%', '112.5%']);
    expect(printedForms(106.46)).toEqual(['106.46%']);
  });
});

const GZ_2023: MatchableRuleSet = {
  id: 'gz-2023',
  title: '2023 年评估办法',
  parties: [
    { id: 'supervisor', name: '监督方', fullName: '项目监督方（区民政局）', maxPoints: 10 },
    { id: 'purchaser', name: '购买方', fullName: '项目购买方（镇人民政府/街道办事处）', maxPoints: 20 },
    { id: 'supervisionCentre', name: '督导中心', fullName: '市督导中心', maxPoints: 15 },
    { id: 'thirdParty', name: '第三方', fullName: '第三方评估机构', maxPoints: 55 },
  ],
  totalMax: 100,
  bands: [
    { grade: '优秀', min: 90 },
    { grade: '良好', min: 80 },
    { grade: '合格', min: 60 },
    { grade: '不合格', min: 0 },
  ],
};
const TRIAL_2019: MatchableRuleSet = {
  id: 'gz-2019-trial',
  title: '2019 年试行办法',
  parties: [
    { id: 'supervisor', name: '监督方', fullName: '项目监督方', maxPoints: 200 },
    { id: 'purchaser', name: '购买方', fullName: '项目购买方', maxPoints: 300 },
    { id: 'thirdParty', name: '第三方', fullName: '第三方评估机构', maxPoints: 500 },
  ],
  totalMax: 1000,
  bands: [
    { grade: '优秀', min: 900 },
    { grade: '良好', min: 800 },
    { grade: '合格', min: 600 },
    { grade: '不合格', min: 0 },
  ],
};

const WEIGHTS_2023 =
  '评估总分为100分，其中，项目监督方（区民政局）评估分值占比10%，项目购买方（镇人民政府/街道办事处）评估分值占比20%，市督导中心评估分值占比15%，第三方评估机构评估分值占55%。';
const BANDS_2023 = '评估分值 90 分以上为优秀，80 分至 90 分（不含 90 分）为良好，60 分至 80 分（不含 80 分）为合格，60 分以下（不含 60 分）为不合格。';

describe('matchRuleSet (二、（五）评估结果说明 against the rule sets the portal knows)', () => {
  it('the 2023 wording matches gz-2023 and maps the parties the report names', () => {
    const m = matchRuleSet(readStatedRules([{ text: WEIGHTS_2023, line: 63 }, { text: BANDS_2023, line: 65 }], gradeNames([TRIAL_2019, GZ_2023])), [TRIAL_2019, GZ_2023]);
    expect(m.ok && m.ruleSet.id).toBe('gz-2023');
    expect(m.ok && m.partyOf('购买方')).toBe('purchaser');
    expect(m.ok && m.partyOf('督导中心')).toBe('supervisionCentre');
  });
  it('a 1,000-point, three-party report matches the trial set', () => {
    const text = '评估总分为1000分，其中，项目监督方评估分值占比20%，项目购买方评估分值占比30%，第三方评估机构评估分值占50%。';
    const bands = '900 分以上为优秀，800 分至 900 分（不含 900 分）为良好，600 分至 800 分（不含 800 分）为合格，600 分以下（不含 600 分）为不合格。';
    const m = matchRuleSet(readStatedRules([{ text, line: 1 }, { text: bands, line: 2 }], gradeNames([GZ_2023, TRIAL_2019])), [GZ_2023, TRIAL_2019]);
    expect(m.ok && m.ruleSet.id).toBe('gz-2019-trial');
  });
  it('weights the portal does not know fail with what the report says and the known sets', () => {
    const text = WEIGHTS_2023.replace('占比10%', '占比15%').replace('占55%', '占50%');
    const m = matchRuleSet(readStatedRules([{ text, line: 1 }, { text: BANDS_2023, line: 2 }], gradeNames([GZ_2023])), [GZ_2023]);
    expect(m).toEqual({
      ok: false,
      message:
        '报告所写的评分权重和等级与本站已知的任何一套规则都不符。报告所写：总分 100 分，项目监督方（区民政局） 15%、项目购买方（镇人民政府/街道办事处） 20%、市督导中心 15%、第三方评估机构 50%；优秀 ≥ 90、良好 ≥ 80、合格 ≥ 60、不合格 ≥ 0。已知规则：gz-2023（2023 年评估办法）',
    });
  });
  it('other bands fail too; no stated rules at all says so', () => {
    const bands = BANDS_2023.replace('90 分以上为优秀', '95 分以上为优秀');
    expect(matchRuleSet(readStatedRules([{ text: WEIGHTS_2023, line: 1 }, { text: bands, line: 2 }], gradeNames([GZ_2023])), [GZ_2023]).ok).toBe(false);
    expect(matchRuleSet(readStatedRules([{ text: '本报告没有评分说明。', line: 1 }], gradeNames([GZ_2023])), [GZ_2023])).toMatchObject({ ok: false, message: expect.stringContaining('没有写明评分规则') });
  });
});
