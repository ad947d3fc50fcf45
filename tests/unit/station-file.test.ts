/**
 * One station file through its checks (src/stations/validate.ts), as the build's loader runs them: a
 * `fromReport:` file is derived from its report, then the record is checked and cross-checked. The
 * messages are the build's (tests/gates/bad-content.test.ts sees them in a real build).
 */
import { describe, expect, it } from 'vitest';
import { fieldPath } from '../../src/content-check/problems.ts';
import type { ReportStationFacts } from '../../src/stations/cross-check.ts';
import { stationFileProblems } from '../../src/stations/validate.ts';
import { liuhuaReport, liuhuaStationRaw } from '../fixtures/liuhua-station.ts';

const REPORT_ID = 'liuhua-2023-2024-final';
const report = liuhuaReport();
const reports = new Map<string, ReportStationFacts>([
  [REPORT_ID, report],
  ['other-2023-2024-final', { ...report, station: 'other' }],
]);
const check = (data: Record<string, unknown>, id = 'liuhua') => {
  const { problems, record } = stationFileProblems(id, data, (r) => reports.get(r));
  return { lines: problems.map((p) => `${fieldPath(p.path)}: ${p.message}`), record };
};

describe('a station file', () => {
  it('with fromReport: has the record its report gives, and no problems', () => {
    expect(check({ fromReport: REPORT_ID })).toEqual({ lines: [], record: liuhuaStationRaw() });
  });

  it('citing a report that does not exist, or another station’s', () => {
    expect(check({ fromReport: 'liuhua-2022-2023-final' }).lines).toEqual([
      'fromReport: 来源报告 “liuhua-2022-2023-final” 不存在（content/reports/ 下没有这个 id 的报告）',
    ]);
    expect(check({ fromReport: 'other-2023-2024-final' }).lines).toEqual([
      'fromReport: 来源报告 “other-2023-2024-final” 是社工站 “other” 的报告，不是本站（liuhua）的',
    ]);
  });

  it('with fromReport: and a field it may not have, or a hotline number without its source', () => {
    expect(check({ fromReport: REPORT_ID, name: 'x' }).lines).toEqual([expect.stringMatching(/^name: 未知字段 name/)]);
    expect(check({ fromReport: REPORT_ID, hotlineNumbers: [{ line: 1, value: '020-8123 4567' }] }).lines).toEqual([
      'hotlineNumbers[0].source: 来源应为 { report, section } 或 { document, url?, retrieved }',
    ]);
  });

  it('written out: a missing field is 缺少字段; derived from a report that lacks it, it cannot be derived', () => {
    const raw = liuhuaStationRaw();
    delete raw.street;
    expect(check(raw).lines).toEqual(['street: 缺少字段']);
    const noPurchaser = new Map([[REPORT_ID, { ...report, parties: { ...report.parties, purchaser: '某单位' } }]]);
    const derived = stationFileProblems('liuhua', { fromReport: REPORT_ID }, (r) => noPurchaser.get(r));
    expect(derived.problems.map((p) => `${fieldPath(p.path)}: ${p.message}`)).toEqual([
      expect.stringMatching(/^street: 无法从来源报告推出（/),
      expect.stringMatching(/^district: 无法从来源报告推出（/),
    ]);
  });

  it('whose facts differ from the report they cite: the cross-check, at the field’s path', () => {
    const raw = liuhuaStationRaw();
    raw.operator.name = '广州市另一社工中心';
    expect(check(raw).lines).toEqual([expect.stringMatching(/^operator\.name: 与来源报告 liuhua-2023-2024-final（一、社工站基本情况）不符/)]);
  });
});
