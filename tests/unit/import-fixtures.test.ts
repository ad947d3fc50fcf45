// The importer on fictional reports of our own in the same template (tests/fixtures/import/, names with
// 虚构): a 中期 report of a town (镇) station with 村, three 片区, fewer indicators, one below 100%, scores
// in another order, a total exactly on a band edge, rates printed “100%”, “112.5%” and “101%”, a page
// break inside the rate list and a page-top title inside a sentence; and a 末期 street report with more
// indicators, 1605 / 800 = 200.625 → 200.63%, and a total of exactly 90.00.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { importReport, type ImportResult } from '../../src/import/index.ts';
import { knownRuleSets } from '../../src/import/known-rules.ts';
import { figuresMissingFromBody } from '../../src/reports/checks/body.ts';
import { reportIssues } from '../../src/reports/validate.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/import');
export const TOWN = resolve(FIXTURES, '虚构镇-2024-2025-interim.txt');
export const STREET = resolve(FIXTURES, '虚构乙街-2023-2024-final.txt');

function imported(file: string): Extract<ImportResult, { ok: true }> {
  const r = importReport(readFileSync(file, 'utf8'), { ruleSets: knownRuleSets(), stations: [{ id: 'liuhua', name: '广州市流花街社工服务站', district: '越秀区' }] });
  if (!r.ok) throw new Error(r.message);
  return r;
}

const d = (r: { data: Record<string, any> }) => r.data as Record<string, any>;

describe('a 中期 report of a town station (虚构镇)', () => {
  const r = imported(TOWN);

  it('is a new station with a pinyin id, its report at reports/xugou/2024-2025-interim.mdx', () => {
    expect(r.stationId).toBe('xugou');
    expect(r.reportPath).toBe('reports/xugou/2024-2025-interim.mdx');
    expect(r.station).toEqual({ path: 'stations/xugou.yaml', yaml: expect.stringContaining('fromReport: xugou-2024-2025-interim') });
    expect(d(r).stage).toBe('中期');
    expect(d(r).parties.purchaser).toBe('广州市虚构区虚构镇人民政府');
  });

  it('reads three 片区 with their 村', () => {
    expect(d(r).zones).toEqual([
      { name: '东片区', communities: ['虚构一村', '虚构二村'] },
      { name: '西片区', communities: ['虚构三村', '虚构社区'] },
      { name: '北片区', communities: ['虚构四村'] },
    ]);
  });

  it('reads scores in the order printed; a total of exactly 80.00 is 良好', () => {
    expect(Object.keys(d(r).scores)).toEqual(['supervisor', 'thirdParty', 'supervisionCentre', 'purchaser', 'total', 'grade']);
    expect(d(r).scores).toEqual({ supervisor: 8, thirdParty: 44, supervisionCentre: 12, purchaser: 16, total: 80, grade: '良好' });
  });

  it('reads rates printed as 100%, 112.5% and 90.00% across a page break, and derives each target', () => {
    const rows = d(r).indicators.map((i: any) => [i.key, i.completed, i.statedRate, i.target, i.statedDecimals]);
    expect(rows).toEqual([
      ['records', 150, 100, 150, undefined],
      ['phone-visits', 450, 112.5, 400, undefined],
      ['home-visits', 360, 90, 400, undefined],
      ['consultation-cases', 300, 101, 297, 0],
      ['groups', 6, 120, 5, undefined],
      ['group-sessions', 36, 75, 48, undefined],
    ]);
    expect(r.mdx).toContain('statedRate: 112.5,');
    expect(r.mdx).toContain('statedRate: 90.00,');
  });

  it('when several targets give a whole-percent rate, takes the nearest and says which others fit', () => {
    const row = r.rows.find((x) => x.field === 'indicators[3].target')!;
    expect(row).toMatchObject({ value: '297', status: 'derived', note: '也符合所印比率：296、298；按规则取 297' });
  });

  it('reads a shortfall (缺岗 3 人次) as a negative surplus, and a printed hotline number, the other left null', () => {
    expect(d(r).staffing.attendance).toEqual({ expected: 72, actual: 69, statedSurplus: -3 });
    expect(d(r).staffing.retention).toEqual({ stableStaff: 9, requiredPosts: 12, requiredPostsDerived: true, statedRate: 75 });
    expect(d(r).hotline.lines).toEqual([
      { kind: '座机', hours: '日常 8 小时热线服务', number: '020-0000 0001' },
      { kind: '手机', hours: '24 小时开通', number: null },
    ]);
  });

  it('joins the sentence cut by the page break and drops the repeated title and the page number', () => {
    expect(r.body).toContain('1. 真实诚信原则。评估要求项目运营方必须以实事求是的态度对待评估');
    expect(r.body).not.toContain('- 3 -');
    expect(r.body.match(/虚构镇社工服务站 中期评估报告/g)).toBeNull();
    expect(r.body).toContain('分别完成协议指标量的 100%，112.5%，90.00%；');
  });

  it('passes the build’s checks as imported', () => {
    expect(reportIssues(z.string(), r.data)).toEqual([]);
    expect(figuresMissingFromBody(r.data, r.body)).toEqual([]);
    expect(r.unresolved).toBe(0);
  });
});

describe('a 末期 report of a street station with more indicators (虚构乙街)', () => {
  const r = imported(STREET);

  it('reads 16 indicators; names the template does not know get pinyin keys', () => {
    expect(d(r).indicators).toHaveLength(16);
    expect(d(r).indicators.slice(14)).toEqual([
      { key: 'she-qu-diao-yan', name: '社区调研', unit: '份', completed: 3, statedRate: 75, target: 4, targetDerived: true },
      { key: 'ru-hu-tan-fang', name: '入户探访', unit: '户次', completed: 1605, statedRate: 200.63, target: 800, targetDerived: true },
    ]);
  });

  it('a total of exactly 90.00 is 优秀; the station id is the street’s pinyin', () => {
    expect(d(r).scores).toMatchObject({ purchaser: 18.5, supervisor: 9, supervisionCentre: 13, thirdParty: 49.5, total: 90, grade: '优秀' });
    expect(r.stationId).toBe('xugouyi');
    expect(r.reportPath).toBe('reports/xugouyi/2023-2024-final.mdx');
  });

  it('reads key figures with their scope and bounds', () => {
    expect(d(r).keyFigures[0]).toEqual({ theme: '志愿服务', label: '培育社区志愿者', value: 312, unit: '人' });
    expect(d(r).keyFigures).toContainEqual({ theme: '资源筹集', label: '链接物资折合人民币价值', value: 26, unit: '万元', qualifier: '余', scope: '东片区（虚构丁社区）' });
    expect(d(r).keyFigures).toContainEqual({ theme: '社区服务', label: '各类社区活动', value: 100, unit: '场', qualifier: '超过' });
  });

  it('passes the build’s checks as imported', () => {
    expect(reportIssues(z.string(), r.data)).toEqual([]);
    expect(figuresMissingFromBody(r.data, r.body)).toEqual([]);
  });
});

describe('station ids', () => {
  it('a station of the same name elsewhere gets the district added; the same station keeps its id', async () => {
    const { chooseStationId } = await import('../../src/import/station.ts');
    expect(chooseStationId('广州市流花街社工服务站', '越秀区', [{ id: 'liuhua', name: '广州市流花街社工服务站', district: '越秀区' }])).toMatchObject({ id: 'liuhua', isNew: false });
    expect(chooseStationId('广州市流花街社工服务站', '荔湾区', [{ id: 'liuhua', name: '广州市流花街社工服务站', district: '越秀区' }])).toMatchObject({ id: 'liuhua-liwan', isNew: true });
    expect(chooseStationId('广州市龙江镇社工服务站', '花都区', [])).toMatchObject({ id: 'longjiang', isNew: true });
  });
});

describe('figures that cannot be found or fail a check are never guessed', () => {
  const text = readFileSync(TOWN, 'utf8');
  const run = (changed: string) => {
    const r = importReport(changed, { ruleSets: knownRuleSets(), stations: [] });
    if (!r.ok) throw new Error(r.message);
    return r;
  };

  it('a figure the report does not print is a 待核对 marker the build rejects, naming the field; an optional one is left out', async () => {
    const r = run(text.replace('年度项目服务经费为 180.5 万元', '年度项目服务经费另行确定').replace('按照“双百工程”模式，根据', '根据'));
    expect(d(r).fundingWanYuan).toBe('待核对：报告中找不到年度项目服务经费（“…万元”）');
    expect(r.rows.find((x) => x.field === 'fundingWanYuan')).toMatchObject({ status: 'missing' });
    expect(d(r).serviceModel).toBeUndefined();
    expect(r.rows.find((x) => x.field === 'serviceModel')).toMatchObject({ status: 'missing', value: '—' });
    expect(r.unresolved).toBe(1);
    const { checkReportFile } = await import('../../src/content-check/report-file.ts');
    const { parse } = await import('yaml');
    const fm = parse(/^---\n([\s\S]*?)\n---/.exec(r.mdx)![1]!);
    expect(checkReportFile('x.mdx', r.mdx, fm, () => true).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'fundingWanYuan: 导入时未能确定，请按报告填写（待核对：报告中找不到年度项目服务经费（“…万元”））',
    ]);
  });

  it('a printed total that is not the sum of the scores is written as a marker with both values', () => {
    const r = run(text.replace('以上四项总得分：80.00 分', '以上四项总得分：80.50 分'));
    expect(d(r).scores.total).toBe('待核对：总得分报告写 80.50，各方得分之和为 80.00');
    expect(r.rows.find((x) => x.field === 'scores.total')).toMatchObject({ status: 'failed', line: 175 });
  });

  it('a rate no whole target gives is flagged, not filled in', () => {
    const r = run(text.replace('分别完成协议指标量的 100%，112.5%，', '分别完成协议指标量的 100%，112.6%，'));
    expect(d(r).indicators[1].target).toBe('待核对：没有整数指标量能使完成量 450 的完成率为 112.6%');
    expect(r.rows.find((x) => x.field === 'indicators[1].target')).toMatchObject({ status: 'failed' });
  });
});
