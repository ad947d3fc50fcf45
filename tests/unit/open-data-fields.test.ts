import { describe, expect, it } from 'vitest';
import { REPORT_FIELD_BY_PATH, REPORT_FIELDS, REPORT_SUMMARY_COLUMNS, type FieldDoc } from '../../src/open-data/fields.ts';
import { figureRows, leaves, undocumentedPaths } from '../../src/open-data/flatten.ts';
import { urls } from '../../src/site/urls.ts';

const docs: FieldDoc[] = [
  { path: 'scores.total', label: '总分', type: '数字', unit: '分', twoDecimals: true, description: '' },
  { path: 'indicators[].key', label: '指标编号', type: '文字', description: '' },
  { path: 'indicators[].name', label: '指标名称', type: '文字', description: '' },
  { path: 'indicators[].unit', label: '单位', type: '文字', description: '' },
  { path: 'indicators[].completed', label: '完成量', type: '数字', unit: '@unit', description: '' },
  { path: 'sites[].address', label: '服务地址', type: '文字', description: '' },
  { path: 'population', label: '困难群众', type: '对象或空', nullable: true, description: '' },
];
const record = {
  scores: { total: 83.6 },
  indicators: [{ key: 'records', name: '建档', unit: '份', completed: 412 }],
  sites: [{ address: '甲' }, { address: '乙' }],
  population: null,
};

describe('open data', () => {
  it('walks a record into documentation paths and concrete keys', () => {
    expect(leaves(record).map((l) => [l.docPath, l.key])).toEqual([
      ['scores.total', 'scores.total'],
      ['indicators[].key', 'indicators.records.key'],
      ['indicators[].name', 'indicators.records.name'],
      ['indicators[].unit', 'indicators.records.unit'],
      ['indicators[].completed', 'indicators.records.completed'],
      ['sites[].address', 'sites.1.address'],
      ['sites[].address', 'sites.2.address'],
      ['population', 'population'],
    ]);
  });

  it('finds fields the documentation lacks', () => {
    expect(undocumentedPaths(record, docs)).toEqual([]);
    expect(undocumentedPaths({ ...record, extra: { x: 1 } }, docs)).toEqual(['extra.x']);
  });

  it('writes one CSV row per figure with its label and unit; scores keep two decimals', () => {
    const rows = figureRows(record, new Map(docs.map((d) => [d.path, d])));
    expect(rows[0]).toEqual(['scores.total', '总分', '83.60', '分']);
    expect(rows).toContainEqual(['indicators.records.completed', '建档：完成量', 412, '份']);
    expect(rows).toContainEqual(['sites.2.address', '乙：服务地址', '乙', '']);
    expect(rows).toContainEqual(['population', '困难群众', null, '']);
  });

  it('documents every summary CSV column and has no duplicate field paths', () => {
    for (const col of REPORT_SUMMARY_COLUMNS) expect(REPORT_FIELD_BY_PATH.has(col), col).toBe(true);
    expect(REPORT_FIELD_BY_PATH.size).toBe(REPORT_FIELDS.length);
  });

  it('puts each report’s files under /data/reports/', () => {
    expect(urls.reportData('liuhua-2023-2024-final')).toEqual({
      json: '/data/reports/liuhua-2023-2024-final.json',
      csv: '/data/reports/liuhua-2023-2024-final.csv',
    });
  });
});

describe('stations open data', async () => {
  const { STATION_CSV_COLUMNS, STATION_FIELD_BY_PATH } = await import('../../src/open-data/fields.ts');
  it('documents the field behind every stations.csv column', () => {
    for (const c of STATION_CSV_COLUMNS) expect(STATION_FIELD_BY_PATH.has(c.path), c.path).toBe(true);
  });
});
