// Rules from the rule set in scope: a report written under the fictional 1,000-point test rule set
// (tests/fixtures/rule-sets/xugou-1000.json: three parties of its own names, grades 虚构甲等/乙等/丙等)
// imports once that rule set is installed, with its parties' scores and its grade, checked by its bands;
// without it, the import says which rules the report states and which are known.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/index.ts';
import { knownRuleSets } from '../../src/import/known-rules.ts';
import { FICTIONAL_RULES, GZ_2023 } from '../fixtures/rule-sets.ts';

const TOWN = readFileSync(resolve(import.meta.dirname, '../fixtures/import/虚构镇-2024-2025-interim.txt'), 'utf8');

/** The 虚构镇 report as if evaluated under the 1,000-point rules: 二、（五） and 七、 rewritten. */
function underThousandPoints(scores: { supervisor: string; purchaser: string; evaluator: string; total: string; grade: string }): string {
  return TOWN.replace(
    /根据《广州市社工站购买服务项目评估办法》[^\n]*/,
    '根据《虚构测试评估办法》，社工站项目评估分值由三方评估分数的总和确定。评估总分为1000分，其中，虚构监督方评估分值占比10%，虚构购买方评估分值占比20%，虚构评估方评估分值占70%。',
  )
    .replace(/评估等级分为优秀[^\n]*/, '评估等级分为虚构甲等、虚构乙等、虚构丙等三个等级。评估分值 850 分以上为虚构甲等，700 分至 850 分（不含 850 分）为虚构乙等，700 分以下（不含 700 分）为虚构丙等。')
    .replace(
      /1\.监督方评估 得分[\s\S]*?等级：良好/,
      [
        `1.虚构监督方评估 得分：${scores.supervisor} 分`,
        `2.虚构评估方评估 得分：${scores.evaluator} 分`,
        `3.虚构购买方评估 得分：${scores.purchaser} 分`,
        `以上三项总得分：${scores.total} 分 等级：${scores.grade}`,
      ].join('\n\n'),
    );
}

const SCORES = { supervisor: '80.00', purchaser: '150.50', evaluator: '600.00', total: '830.50', grade: '虚构乙等' };

describe('a report under the fictional 1,000-point rule set', () => {
  it('imports once the rule set is installed: its parties, its total, its grade', () => {
    const r = importReport(underThousandPoints(SCORES), { ruleSets: [GZ_2023, FICTIONAL_RULES], stations: [] });
    if (!r.ok) throw new Error(r.message);
    expect(r.ruleSetId).toBe('xugou-1000');
    expect(r.data.rules).toBe('xugou-1000');
    expect(r.data.scores).toEqual({ supervisor: 80, evaluator: 600, purchaser: 150.5, total: 830.5, grade: '虚构乙等' });
    expect(r.rows.filter((x) => x.status === 'failed')).toEqual([]);
  });

  it('checks the grade against that rule set’s bands: 830.50 is not 虚构甲等', () => {
    const r = importReport(underThousandPoints({ ...SCORES, grade: '虚构甲等' }), { ruleSets: [GZ_2023, FICTIONAL_RULES], stations: [] });
    if (!r.ok) throw new Error(r.message);
    expect(r.data.scores).toMatchObject({ grade: '待核对：等级报告写 虚构甲等，总分 830.50 按规则为 虚构乙等' });
  });

  it('checks each party against its maximum under that rule set (虚构监督方 100 points)', () => {
    const r = importReport(underThousandPoints({ ...SCORES, supervisor: '120.00', total: '870.50', grade: '虚构甲等' }), { ruleSets: [FICTIONAL_RULES], stations: [] });
    if (!r.ok) throw new Error(r.message);
    expect(r.data.scores).toMatchObject({ supervisor: '待核对：虚构监督方得分 120.00 超过该方满分 100 分' });
  });

  it('is refused while only the shipped rule sets are installed, saying what the report states', () => {
    const r = importReport(underThousandPoints(SCORES), { ruleSets: knownRuleSets(), stations: [] });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('报告所写：总分 1000 分，虚构监督方 10%、虚构购买方 20%、虚构评估方 70%；虚构甲等 ≥ 850、虚构乙等 ≥ 700、虚构丙等 ≥ 0');
  });
});
