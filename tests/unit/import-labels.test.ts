// Labels as the report names them: an indicator's name and a key figure's label are the service or thing
// named in the clause, without lead-in words (本年度, 本评估期内, 评估期内, 累计, 共, 共计 …), and the table
// marks every such label as derived, with the words it was read from, for the author to proofread.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/index.ts';
import { parseIndicators } from '../../src/import/indicators.ts';
import { parseKeyFigures } from '../../src/import/key-figures.ts';
import { knownRuleSets } from '../../src/import/known-rules.ts';
import type { Paragraph } from '../../src/import/text.ts';

const para = (text: string): Paragraph => ({ text, line: 1, parts: [{ offset: 0, line: 1 }] });
const names = (sentence: string) => parseIndicators(para(sentence)).rows.map((r) => r.name);

describe('indicator names without lead-in words', () => {
  it.each([
    ['本评估期内建档 240 份，完成协议指标量的 100.00%。', '建档'],
    ['本年度建档 240 份，完成协议指标量的 100.00%。', '建档'],
    ['评估期内建档 240 份，完成协议指标量的 100.00%。', '建档'],
    ['累计建档 240 份，完成协议指标量的 100.00%。', '建档'],
    ['共建档 240 份，完成协议指标量的 100.00%。', '建档'],
    ['共计建档 240 份，完成协议指标量的 100.00%。', '建档'],
    ['本年度累计完成电访 1547 个，完成协议指标量的 103.13%。', '电访'],
    ['本评估期内，共完成探访 1726 个，完成协议指标量的 102.25%。', '探访'],
    ['本期完成咨询个案 302 个，完成协议指标量的 100.67%。', '咨询个案'],
    ['本评估年度内开展专业小组 22 个，完成协议指标量的 110.00%。', '专业小组'],
  ])('“%s” → %s', (sentence, name) => {
    expect(names(sentence)).toEqual([name]);
  });

  it('共 is kept where it is part of the name (共建活动)', () => {
    expect(names('完成共建活动 12 场，完成协议指标量的 100.00%。')).toEqual(['共建活动']);
  });
});

describe('key-figure labels without lead-in words', () => {
  const labels = (sentence: string) => parseKeyFigures(para(sentence), undefined, () => false).map((f) => f.label);
  it.each([
    ['本评估期内培育社区志愿者 276 人。', '培育社区志愿者'],
    ['本年度培育社区志愿者 276 人。', '培育社区志愿者'],
    ['评估期内累计培育社区志愿者 276 人。', '培育社区志愿者'],
    ['社工站共计链接物资折合人民币价值 26 万余元。', '链接物资折合人民币价值'],
    ['本期通过公众号发布推文 132 篇。', '公众号发布推文'],
  ])('“%s” → %s', (sentence, label) => {
    expect(labels(sentence)).toEqual([label]);
  });
});

describe('the table marks every derived label', () => {
  const text = readFileSync(resolve(import.meta.dirname, '../fixtures/import/虚构镇-2024-2025-interim.txt'), 'utf8').replace('本年度建档 150 份', '本评估期内建档 150 份');
  const r = importReport(text, { ruleSets: knownRuleSets(), stations: [] });
  if (!r.ok) throw new Error(r.message);

  it('“本评估期内建档 150 份” is the indicator 建档, its name row derived, quoting the words', () => {
    expect((r.data.indicators as { name: string }[])[0]!.name).toBe('建档');
    expect(r.rows.find((x) => x.field === 'indicators[0].name')).toMatchObject({ value: '建档', status: 'derived', note: '名称取自“本评估期内建档 150 份”，请校对' });
  });

  it('every indicator name and key-figure label row is marked derived', () => {
    const labelRows = r.rows.filter((x) => /^indicators\[\d+\]\.name$|^keyFigures\[\d+\]\.label$/.test(x.field));
    expect(labelRows.length).toBeGreaterThan(5);
    expect(labelRows.every((x) => x.status === 'derived' && /请校对$/.test(x.note ?? ''))).toBe(true);
  });
});
