import { describe, expect, it } from 'vitest';
import { parseRuleSet, ruleSetById, ruleSets } from '../../src/scoring/index.ts';
import { bundledRuleSets } from '../../src/scoring/rule-set-files.ts';

describe('rule-set registry', () => {
  it('finds gz-2023 in its folder, validated, with the 流花街 report’s rules', () => {
    const gz = ruleSetById('gz-2023');
    expect(gz).toBeDefined();
    expect(gz!.parties.map((p) => [p.id, p.maxPoints])).toEqual([
      ['supervisor', 10],
      ['purchaser', 20],
      ['supervisionCentre', 15],
      ['thirdParty', 55],
    ]);
    expect(gz!.totalMax).toBe(100);
    expect(gz!.bands.map((b) => [b.grade, b.min])).toEqual([
      ['优秀', 90],
      ['良好', 80],
      ['合格', 60],
      ['不合格', 0],
    ]);
    expect(gz!.staffing.retentionMinPercent).toBe(80);
    expect(gz!.documentNumbers).toEqual(['穗府办〔2023〕7 号', '穗民〔2023〕97 号']);
    expect(ruleSetById('gz-2019')).toBeUndefined();
  });

  it('lists rule sets newest first; the browser’s copy is the same data', () => {
    const all = ruleSets();
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.effective.from >= all[i]!.effective.from).toBe(true);
    expect(bundledRuleSets()).toEqual(all);
  });

  it('refuses a malformed rule set, naming the file and the field', () => {
    const good = structuredClone(ruleSetById('gz-2023')!);
    const cases: [(r: any) => void, RegExp][] = [
      [(r) => (r.parties[0].maxPoints = 11), /x\.json: parties: 各方满分之和 101/],
      [(r) => (r.bands[1].min = 95), /bands\.1\.min: 等级应从高到低/],
      [(r) => (r.bands[3].min = 10), /bands\.3\.min: 最低等级的下限应为 0/],
      [(r) => (r.parties[1].source = 'nowhere'), /parties\.1\.source: sources 中没有 “nowhere”/],
      [(r) => (r.effective.to = '2020-01-01'), /effective\.to: 结束日期不能早于开始日期/],
      [(r) => (r.extra = 1), /x\.json: \(root\)/],
      [(r) => (r.parties[2].id = 'total'), /parties\.2\.id/],
    ];
    for (const [spoil, message] of cases) {
      const bad = structuredClone(good) as any;
      bad.id = 'x';
      spoil(bad);
      expect(() => parseRuleSet(bad, 'src/scoring/rule-sets/x.json')).toThrow(message);
    }
    expect(() => parseRuleSet(good, 'src/scoring/rule-sets/other.json')).toThrow(/other\.json: id: 应与文件名一致/);
  });
});
