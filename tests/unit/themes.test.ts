/**
 * The themes of the findings, on the real report's own sentences: each theme is found in a point that raises
 * it, a point with none of the words is 其他, and across reports every point is counted somewhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/index.ts';
import { knownRuleSets } from '../../src/import/known-rules.ts';
import { reportFindings } from '../../src/reports/findings.ts';
import { classify, tallyThemes } from '../../src/themes/classify.ts';
import { OTHER_THEME, THEMES } from '../../src/themes/themes.ts';

const REAL = join(import.meta.dirname, '..', '..', 'content', 'reports', 'liuhua', '2023-2024-final.mdx');
const points = reportFindings(readFileSync(REAL, 'utf8'));
/** The real report's point that contains `phrase` (exactly one). */
function point(phrase: string) {
  const found = points.filter((p) => p.text.includes(phrase));
  expect(found, phrase).toHaveLength(1);
  return found[0]!;
}
const themeIds = (text: string) => classify(text).map((t) => t.id);

describe('the findings of a report', () => {
  it('reads every point of every <Findings> block of the real report, with its kind and section', () => {
    // Blocks of the real report: 3 + 2 (监督方), 3 + 3 (购买方), 3 + 3 (督导中心), then the third party's.
    expect(points.slice(0, 5).map((p) => p.kind)).toEqual(['positive', 'positive', 'positive', 'concern', 'concern']);
    expect(points[0]!.section).toBe('三、监督方评估（越秀区民政局）');
    expect(points[0]!.text).toBe('社工站能够按照要求配备服务团队社工，到岗情况符合评估要求。');
    const concern = point('人员稳岗率为 65.00%');
    expect(concern.kind).toBe('concern');
    expect(concern.section).toBe('（一）项目管理');
  });
});

describe('an imported report', () => {
  it('gives the same points, and so the same themes, as the committed file: the importer writes the same <Findings> blocks', () => {
    const source = readFileSync(join(import.meta.dirname, '..', '..', '..', 'shared', 'reports', 'liuhua-2023-2024-final.txt'), 'utf8');
    const result = importReport(source, { ruleSets: knownRuleSets(), stations: [{ id: 'liuhua', name: '广州市流花街社工服务站', district: '越秀区' }] });
    if (!result.ok) throw new Error(result.message);
    const imported = reportFindings(result.mdx);
    expect(imported.length).toBe(points.length);
    expect(imported.map((p) => [p.kind, classify(p.text).map((t) => t.id)])).toEqual(points.map((p) => [p.kind, classify(p.text).map((t) => t.id)]));
  });
});

describe('themes, on the real report’s sentences', () => {
  const cases: [string, string][] = [
    ['team', '人员稳岗率为 65.00%，不符合评估指标体系关于人员稳岗率不低于 80%的要求'],
    ['needs', '需求摸查不够清晰'],
    ['design', '服务设计思路不够清晰'],
    ['outcomes', '服务成效呈现不足'],
    ['publicity', '加大服务宣传力度'],
    ['structure', '理顺片区层面与社工点层面的服务逻辑'],
    ['resources', '强化“五社联动”的服务思路'],
    ['hotline', '社工站在“红棉守护”热线以及社工站基本信息宣传'],
    ['records', '提交各类数据报表和服务数据'],
  ];
  it('has a case here for every theme of the list', () => {
    expect(cases.map(([id]) => id).sort()).toEqual(THEMES.map((t) => t.id).sort());
  });
  for (const [id, phrase] of cases) {
    it(`${THEMES.find((t) => t.id === id)!.name}: “${phrase}”`, () => {
      expect(themeIds(point(phrase).text)).toContain(id);
    });
  }
  it('counts a point with none of the words as 其他', () => {
    expect(themeIds(point('能积极配合街道完成各项重点和中心工作').text)).toEqual([OTHER_THEME.id]);
    expect(themeIds(point('在打造社区特色服务方面不够明显').text)).toEqual([OTHER_THEME.id]);
  });
  it('does not place a point about the hotline under team stability, nor one about training under the hotline', () => {
    expect(themeIds(point('注意加强社工的培训和职业技能的提升').text)).toEqual(['team']);
    expect(themeIds(point('探索宣传阵地整合规范路径').text)).toEqual(['publicity']);
  });
});

describe('tallyThemes', () => {
  it('counts the real report once per theme and kind it raises', () => {
    const tally = tallyThemes([{ id: 'liuhua', points }]);
    const team = tally.find((t) => t.theme.id === 'team')!;
    expect(team.positive).toEqual(['liuhua']);
    expect(team.concern).toEqual(['liuhua']);
    expect(tally.at(-1)!.theme.id).toBe(OTHER_THEME.id);
  });

  it('never drops a point: every point is in at least one theme, 其他 included, and each report counted once per theme and kind', () => {
    const text = fc.oneof(fc.constantFrom(...points.map((p) => p.text)), fc.string());
    const report = fc.record({ id: fc.uuid(), points: fc.array(fc.record({ kind: fc.constantFrom('positive' as const, 'concern' as const), text }), { maxLength: 8 }) });
    fc.assert(
      fc.property(fc.uniqueArray(report, { selector: (r) => r.id, maxLength: 10 }), (reports) => {
        const tally = tallyThemes(reports);
        const placed = tally.reduce((n, t) => n + t.points, 0);
        const expected = reports.reduce((n, r) => n + r.points.reduce((m, p) => m + classify(p.text).length, 0), 0);
        expect(placed).toBe(expected);
        for (const r of reports) {
          for (const p of r.points) expect(classify(p.text).length).toBeGreaterThan(0);
          const raised = tally.filter((t) => t.positive.includes(r.id) || t.concern.includes(r.id));
          if (r.points.length > 0) expect(raised.length).toBeGreaterThan(0);
        }
        for (const t of tally) {
          expect(new Set(t.positive).size).toBe(t.positive.length);
          expect(new Set(t.concern).size).toBe(t.concern.length);
        }
      }),
    );
  });
});
