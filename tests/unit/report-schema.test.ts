import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { figuresMissingFromBody } from '../../src/reports/checks/body.ts';
import { makeReportSchema, verifyReport } from '../../src/reports/validate.ts';
import { reportId } from '../../src/schemas/report/index.ts';
import { fictionalReport } from '../../tools/fictional-city/index.ts';
import { GZ_2023 as GZ } from '../fixtures/rule-sets.ts';

const schema = makeReportSchema(z.string());

/** Parse and return the issues as "path: message" lines. */
function problems(data: unknown): string[] {
  const r = schema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('report schema', () => {
  it('accepts the fictional report and normalises its dates', () => {
    const r = schema.safeParse(fictionalReport());
    expect(r.success ? [] : r.error.issues).toEqual([]);
    if (r.success) {
      expect(r.data.reportDate).toBe('2031-02-28');
      expect(r.data.indicators[1]!.targetDerived).toBe(false);
      expect(r.data.keyFigures).toEqual([]);
    }
  });

  it('makes the stable id from station, service year and stage', () => {
    expect(reportId('liuhua', '2023-2024', '末期')).toBe('liuhua-2023-2024-final');
    expect(reportId('liuhua', '2023-2024', '中期')).toBe('liuhua-2023-2024-interim');
  });

  // One fixture per kind of error: each names the field and, for figures, the stated and computed values.
  const cases: [string, (d: ReturnType<typeof fictionalReport>) => void, RegExp][] = [
    ['missing title', (d) => delete d.title, /^title: /],
    ['party score over its weight', (d) => (d.scores.purchaser = 21), /^scores\.purchaser: .*购买方.*21.*20/],
    ['total not the sum', (d) => (d.scores.total = 91), /^scores\.total: .*报告写 91\.00.*计算为 90\.00/],
    ['grade not the grade of the total', (d) => (d.scores.grade = '良好'), /^scores\.grade: .*报告写 良好.*计算为 优秀/],
    ['completion rate mismatch', (d) => (d.indicators[0].statedRate = 106.45), /^indicators\.0\.statedRate: .*建档.*106\.45%.*106\.46%/],
    ['retention rate mismatch', (d) => (d.staffing.retention.statedRate = 70), /^staffing\.retention\.statedRate: .*稳岗率.*70\.00%.*65\.00%/],
    ['attendance surplus mismatch', (d) => (d.staffing.attendance.statedSurplus = 3), /^staffing\.attendance\.statedSurplus: .*报告写 3.*计算为 2\.00/],
    ['experienced share mismatch', (d) => (d.staffing.experiencedAttendance.statedShare = 76.2), /^staffing\.experiencedAttendance\.statedShare: .*76\.20%.*76\.18%/],
    ['staff total not the sum', (d) => (d.staffing.totalStaff = 11), /^staffing\.totalStaff: /],
    ['malformed date', (d) => (d.evaluationDate = '2031-02-30'), /^evaluationDate: 不是有效的日历日期/],
    ['date in the wrong format', (d) => (d.agreementPeriod.start = '2030/04/01'), /^agreementPeriod\.start: 日期格式应为 YYYY-MM-DD/],
    ['non-numeric figure', (d) => (d.indicators[0].completed = '四百一十二'), /^indicators\.0\.completed: 应为数字/],
    ['no indicators', (d) => (d.indicators = []), /^indicators: 至少需要一项服务指标/],
    ['unknown stage', (d) => (d.stage = '年度'), /^stage: 应为 “中期” 或 “末期”/],
    ['bad service year', (d) => (d.serviceYear = '2030-2032'), /^serviceYear: /],
    ['invented-looking phone number text', (d) => (d.hotline.lines[0].number = '请致电'), /^hotline\.lines\.0\.number: /],
    ['duplicate indicator key', (d) => (d.indicators[1].key = 'records'), /^indicators\.1\.key: .*重复/],
    ['dedup total over the categories sum', (d) => (d.population.deduplicatedTotal = 10), /^population\.deduplicatedTotal: /],
    ['an unknown rule set', (d) => (d.rules = 'gz-1999'), /^rules: 找不到评估规则 “gz-1999”/],
    ['no rule set', (d) => delete d.rules, /^rules: /],
    ['a service year before the rule set took effect', (d) => (d.agreementPeriod.start = '2022-04-01'), /^agreementPeriod\.start: .*2022-04-01.*gz-2023.*2023-04-23 起/],
    ['an evaluation before the rule set took effect', (d) => ((d.agreementPeriod.start = '2023-04-23'), (d.evaluationDate = '2023-01-05')), /^evaluationDate: .*早于评估规则 gz-2023/],
    ['a party the rule set does not have', (d) => (d.scores.village = 1), /^scores\.village: 评估规则 gz-2023 没有评估方 “village”/],
    ['a party of the rule set missing', (d) => delete d.scores.thirdParty, /^scores\.thirdParty: 缺少第三方评估机构的评估得分/],
    ['a party score that is not a figure', (d) => (d.scores.thirdParty = '五十'), /^scores\.thirdParty: 应为数字/],
    ['a grade the rule set does not have', (d) => (d.scores.grade = '甲等'), /^scores\.grade: 应为评估规则 gz-2023 的等级之一：优秀、良好、合格、不合格/],
  ];

  it.each(cases)('rejects: %s', (_name, breakIt, expected) => {
    const d = fictionalReport();
    breakIt(d);
    const found = problems(d);
    expect(found.some((p) => expected.test(p)), `issues were:\n${found.join('\n')}`).toBe(true);
  });
});

describe('verifyReport', () => {
  it('finds nothing wrong in a consistent report', () => {
    const parsed = schema.parse(fictionalReport());
    expect(verifyReport(parsed, GZ)).toEqual([]);
  });
});

describe('figures cross-checked against the body text', () => {
  it('reports every frontmatter figure the body does not print', () => {
    const parsed = schema.parse(fictionalReport());
    const body = '总得分：90.00 分 等级：优秀。购买方 17.50，监督方 9.00，督导中心 13.25，第三方 50.25。稳岗率为 65.00%，共计 13 名社工持续稳定在岗。建档 412 份，106.46%；专业小组 9 个，90.00%。';
    expect(figuresMissingFromBody(parsed, body, GZ)).toEqual([]);
    const typo = body.replace('106.46%', '106.64%');
    expect(figuresMissingFromBody(parsed, typo, GZ)).toEqual([{ field: 'indicators[0].statedRate', expected: '106.46%' }]);
  });
});
