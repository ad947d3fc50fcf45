import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToList, compareReports, MAX_COMPARED, parseCompareIds, parseSavedList } from '../../src/across/compare.ts';
import { withFictional, FICTIONAL_RULES, GZ_2023 } from '../fixtures/rule-sets.ts';
import { record } from '../fixtures/across-records.ts';

describe('parseCompareIds (what a compare link names)', () => {
  it('takes the ids of ?r=, each once, in order', () => {
    expect(parseCompareIds('?r=xugou-1-2023-2024-final,xugou-2-2023-2024-final,xugou-1-2023-2024-final')).toEqual({
      ids: ['xugou-1-2023-2024-final', 'xugou-2-2023-2024-final'],
      notices: [],
    });
    expect(parseCompareIds('')).toEqual({ ids: [], notices: [] });
  });

  it('takes the first four of fifty, and says so', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `xugou-${i}-2023-2024-final`);
    const parsed = parseCompareIds(`?r=${ids.join(',')}`);
    expect(parsed.ids).toEqual(ids.slice(0, MAX_COMPARED));
    expect(parsed.notices).toEqual([`一次最多对比 ${MAX_COMPARED} 份报告。链接中有 50 份，只取前 ${MAX_COMPARED} 份。`]);
  });

  it('drops script text and other junk without repeating it', () => {
    const hostile = `?r=${encodeURIComponent('<script>alert(1)</script>,xugou-1-2023-2024-final,"><img src=x onerror=alert(1)>')}`;
    const parsed = parseCompareIds(hostile);
    expect(parsed.ids).toEqual(['xugou-1-2023-2024-final']);
    expect(parsed.notices).toEqual(['链接中有 2 个无法识别的报告编号，已略去。']);
    expect(parsed.notices.join('')).not.toContain('<');
  });

  it('never returns more than four ids, and only ids of the report-id form, whatever the link', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const { ids } = parseCompareIds(`?r=${encodeURIComponent(s)}`);
        expect(ids.length).toBeLessThanOrEqual(MAX_COMPARED);
        for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      }),
    );
  });
});

describe('the saved compare list', () => {
  it('reads back a saved list, and nothing saved as empty', () => {
    expect(parseSavedList('["xugou-1-2023-2024-final"]')).toEqual(['xugou-1-2023-2024-final']);
    expect(parseSavedList(null)).toEqual([]);
  });

  it('refuses a corrupt one, so it is reset', () => {
    for (const raw of ['{', '"x"', '{"a":1}', '[1]', '["<script>"]', JSON.stringify(Array(5).fill('a-1'))]) expect(parseSavedList(raw), raw).toBeNull();
  });

  it('adds an id once, and not past four', () => {
    expect(addToList([], 'a-1')).toEqual({ list: ['a-1'], result: 'added' });
    expect(addToList(['a-1'], 'a-1')).toEqual({ list: ['a-1'], result: 'already' });
    expect(addToList(['a-1', 'a-2', 'a-3', 'a-4'], 'a-5')).toEqual({ list: ['a-1', 'a-2', 'a-3', 'a-4'], result: 'full' });
  });
});

describe('compareReports', () => {
  const base = record({ station: 'xugou-7', serviceYear: '2023-2024', stage: '末期', rules: GZ_2023, points: { thirdParty: 44, purchaser: 18 } });
  const other = record({
    station: 'xugou-8',
    serviceYear: '2023-2024',
    stage: '末期',
    rules: GZ_2023,
    points: { thirdParty: 47.2, purchaser: 18 },
    indicators: [['records', '建档', 95, 100, '份']],
    certified: 18,
  });

  it('tells each figure against the first report’s in words: points, percentage points, people', () => {
    const c = compareReports([base, other], withFictional);
    expect(c.mixedRules).toBe(false);
    const rows = Object.fromEntries(c.groups.flatMap((g) => g.rows.map((r) => [r.label, r.cells])));
    expect(rows['总分']![0]).toEqual({ text: `${base.scores.total.toFixed(2)} 分`, difference: null, missing: false });
    expect(rows['总分']![1]!.difference).toEqual({ direction: 'higher', text: '高 3.20 分' });
    expect(rows['第三方']![1]!.difference).toEqual({ direction: 'higher', text: '高 3.20 分' });
    expect(rows['购买方']![1]!.difference).toEqual({ direction: 'same', text: '相同' });
    // 建档: 110% against 95%.
    expect(rows['建档完成率']![1]!.difference).toEqual({ direction: 'lower', text: '低 15.00 个百分点' });
    expect(rows['建档完成率']![1]!.text).toBe('95.00%（95 / 100 份，未达标）');
    // 小组 is not in the second report: said, not left blank.
    expect(rows['小组完成率']![1]).toEqual({ text: '该报告未列此项指标', difference: null, missing: true });
    expect(rows['持证社工']![1]!.difference).toEqual({ direction: 'higher', text: '多 2 人' });
  });

  it('compares shares of the maximum when the rule sets’ maxima differ, and says grades are not compared', () => {
    const thousand = record({ station: 'xugou-9', serviceYear: '2020-2021', stage: '末期', rules: FICTIONAL_RULES, points: { evaluator: 630 } });
    const c = compareReports([base, thousand], withFictional);
    expect(c.mixedRules).toBe(true);
    expect(c.mixedMaxima).toBe(true);
    const total = c.groups[0]!.rows[0]!;
    expect(total.label).toBe('总分（占满分）');
    const [a, b] = c.reports;
    const points = (b!.share - a!.share) / 100;
    expect(total.cells[1]!.difference!.text).toBe(`${points > 0 ? '高' : '低'} ${Math.abs(points).toFixed(2)} 个百分点`);
    expect(total.cells[1]!.text).toContain('/ 1000.00 分');
    expect(c.groups[0]!.rows[1]!.cells[1]!.difference).toBeNull();
    // A party only one set has: said so in the other's column.
    const evaluator = c.groups.find((g) => g.title === '各方评估得分')!.rows.find((r) => r.label.startsWith('虚构评估方'))!;
    expect(evaluator.cells[0]).toMatchObject({ missing: true, text: '该评估办法无此评估方' });
  });

  it('leaves out a report under a rule set it does not know', () => {
    const c = compareReports([base, { ...other, rules: 'no-such-set' }], withFictional);
    expect(c.reports.map((r) => r.id)).toEqual([base.id]);
  });
});
