/**
 * The station records and their cross-check against the reports they cite:
 * the real 流花街 record passes against the real report, and every kind of
 * drift between the two is caught and named.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { makeReportSchema } from '../../src/reports/validate.ts';
import { reportId } from '../../src/schemas/report/index.ts';
import { derivedStationSchema, stationSchema, type StationData } from '../../src/schemas/station.ts';
import { stationRecord } from '../../src/stations/derive.ts';
import { liuhuaStationRaw } from '../fixtures/liuhua-station.ts';
import { crossCheckStation, type ReportStationFacts } from '../../src/stations/cross-check.ts';

function frontmatter(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  const m = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!m) throw new Error(`${path}: no frontmatter`);
  return parse(m[1]!);
}

const report = makeReportSchema(z.string()).parse(frontmatter('content/reports/liuhua/2023-2024-final.mdx'));
const REPORT_ID = reportId(report.station, report.serviceYear, report.stage);
const REPORTS = new Map<string, ReportStationFacts>([[REPORT_ID, report]]);
const LIUHUA = stationSchema.parse(liuhuaStationRaw());

/** A deep copy to change one thing in. */
const edit = (change: (s: StationData) => void): StationData => {
  const copy = structuredClone(LIUHUA);
  change(copy);
  return copy;
};
const problems = (s: StationData, reports = REPORTS) => crossCheckStation('liuhua', s, reports);
const fields = (s: StationData, reports = REPORTS) => problems(s, reports).map((p) => p.field);

describe('content/stations/', () => {
  it('every station file matches the schema (a file with fromReport: once derived from its report)', () => {
    for (const file of readdirSync('content/stations')) {
      const raw = parse(readFileSync(`content/stations/${file}`, 'utf8'));
      if ('fromReport' in raw) expect(derivedStationSchema.safeParse(raw).success, file).toBe(true);
      const record = stationRecord(raw, (id) => REPORTS.get(id));
      const result = stationSchema.safeParse(record);
      expect(result.success, `${file}: ${result.error?.message}`).toBe(true);
    }
  });

  it('流花街’s file derives every fact from its report, each sourced to the section that states it', () => {
    expect(parse(readFileSync('content/stations/liuhua.yaml', 'utf8'))).toEqual({ fromReport: 'liuhua-2023-2024-final' });
    expect(LIUHUA).toMatchObject({
      name: '广州市流花街社工服务站',
      street: '流花街道',
      district: '越秀区',
      source: { report: 'liuhua-2023-2024-final', section: '封面' },
      operator: { name: '广州市心悦社区发展中心', source: { report: 'liuhua-2023-2024-final', section: '一、社工站基本情况' } },
    });
    expect(LIUHUA.zones[0]!.source).toEqual({ report: 'liuhua-2023-2024-final', section: '六、（三）各社工点服务开展情况' });
  });

  it('流花街 holds the report’s three sites, two zones with five communities, and three hotline lines without numbers', () => {
    expect(LIUHUA.sites.map((s) => s.address)).toEqual([
      '越秀区解放北路桂花岗一街一号之一',
      '环市中路 209 号之二 208 房',
      '人民北路 696 号 103 室',
    ]);
    expect(LIUHUA.zones.map((z) => [z.name, z.communities])).toEqual([
      ['东片区', ['桂花苑社区', '花果山社区', '桂花岗社区']],
      ['西片区', ['流花桥社区', '火车站社区']],
    ]);
    expect(LIUHUA.hotline.lines.map((l) => [l.kind, l.number])).toEqual([
      ['座机', null],
      ['座机', null],
      ['手机', null],
    ]);
    expect(LIUHUA.operator.name).toBe('广州市心悦社区发展中心');
  });

  it('流花街 passes the cross-check against its 2023–2024 final report', () => {
    expect(problems(LIUHUA)).toEqual([]);
  });
});

describe('schema', () => {
  const raw = () => liuhuaStationRaw();
  it('rejects a fact without a source', () => {
    const data = raw();
    delete data.sites[0].source;
    expect(stationSchema.safeParse(data).success).toBe(false);
  });
  it('rejects a number without its own source, and a number that is not a number', () => {
    const noSource = raw();
    noSource.hotline.lines[0].number = { value: '020-8123 4567' };
    expect(stationSchema.safeParse(noSource).success).toBe(false);
    const letters = raw();
    letters.hotline.lines[0].number = { value: '待补充', source: { document: '某通知', retrieved: '2024-05-01' } };
    expect(stationSchema.safeParse(letters).success).toBe(false);
  });
  it('accepts a number sourced from another public document', () => {
    const data = raw();
    data.hotline.lines[0].number = { value: '020-8123 4567', source: { document: '某街道公告', url: 'https://example.org/a', retrieved: '2024-05-01' } };
    expect(stationSchema.safeParse(data).success).toBe(true);
  });
  it('rejects an unknown field (a typo would otherwise be dropped silently)', () => {
    const data = raw();
    data.sites[0].adress = 'x';
    expect(stationSchema.safeParse(data).success).toBe(false);
  });
});

describe('cross-check catches drift from the cited report', () => {
  it('an address the report does not print', () => {
    const p = problems(edit((s) => (s.sites[1]!.address = '环市中路 209 号之三 208 房')));
    expect(p.map((x) => x.field)).toEqual(['sites[1].address', 'sites']);
    expect(p[0]!.message).toContain('环市中路 209 号之三 208 房');
    expect(p[0]!.message).toContain(REPORT_ID);
  });
  it('spacing differences are not drift', () => {
    expect(problems(edit((s) => (s.sites[1]!.address = '环市中路209号之二208房')))).toEqual([]);
  });
  it('a site of the cited report left out', () => {
    expect(fields(edit((s) => s.sites.pop()))).toEqual(['sites']);
  });
  it('a community added, dropped or moved, and a zone renamed', () => {
    expect(fields(edit((s) => s.zones[0]!.communities.push('流花湖社区')))).toEqual(['zones[0].communities']);
    expect(fields(edit((s) => s.zones[1]!.communities.pop()))).toEqual(['zones[1].communities']);
    expect(fields(edit((s) => (s.zones[0]!.name = '北片区')))).toEqual(['zones[0].name', 'zones']);
  });
  it('the operator, the name, the street, the district', () => {
    expect(fields(edit((s) => (s.operator.name = '广州市另一社工中心')))).toEqual(['operator.name']);
    expect(fields(edit((s) => (s.name = '广州市流花湖社工服务站')))).toEqual(['name']);
    expect(fields(edit((s) => (s.street = '登峰街道')))).toEqual(['street']);
    expect(fields(edit((s) => (s.district = '荔湾区')))).toEqual(['district']);
  });
  it('the hotline’s name, a line’s kind or hours, a line added', () => {
    expect(fields(edit((s) => (s.hotline.name = '红棉热线')))).toEqual(['hotline.name']);
    expect(fields(edit((s) => (s.hotline.lines[2]!.kind = '座机')))).toEqual(['hotline.lines[2].kind']);
    expect(fields(edit((s) => (s.hotline.lines[0]!.hours = '24 小时开通')))).toEqual(['hotline.lines[0].hours']);
    expect(fields(edit((s) => s.hotline.lines.push({ kind: '手机', hours: '24 小时开通', number: null })))).toEqual(['hotline.lines']);
  });
  it('a number claimed from a report that prints none', () => {
    const s = edit((x) => (x.hotline.lines[2]!.number = { value: '138 0013 8000', source: { report: REPORT_ID, section: '六' } }));
    const p = problems(s);
    expect(p.map((x) => x.field)).toEqual(['hotline.lines[2].number.value']);
    expect(p[0]!.message).toContain('没有公布');
  });
  it('a number from another document is the editor’s word and is not checked against the report', () => {
    const s = edit((x) => (x.hotline.lines[0]!.number = { value: '020-8123 4567', source: { document: '某街道公告', retrieved: '2024-05-01' } }));
    expect(problems(s)).toEqual([]);
  });
  it('when a report prints a number: the station must carry it, and the same digits', () => {
    const printed = structuredClone(report);
    printed.hotline.lines[0]!.number = '020-8123 4567';
    const reports = new Map([[REPORT_ID, printed]]);
    expect(fields(LIUHUA, reports)).toEqual(['hotline.lines[0].number']);
    const src = { report: REPORT_ID, section: '六' };
    expect(fields(edit((x) => (x.hotline.lines[0]!.number = { value: '02081234567', source: src })), reports)).toEqual([]);
    expect(fields(edit((x) => (x.hotline.lines[0]!.number = { value: '020-8123 4568', source: src })), reports)).toEqual([
      'hotline.lines[0].number.value',
    ]);
  });
  it('a cited report that does not exist, or is another station’s', () => {
    expect(fields(edit((s) => (s.operator.source = { report: 'liuhua-2022-2023-final', section: '一' })))).toEqual(['operator.source.report']);
    const foreign = new Map([...REPORTS, ['other-2023-2024-final', { ...report, station: 'other' }]]);
    expect(fields(edit((s) => (s.operator.source = { report: 'other-2023-2024-final', section: '一' })), foreign)).toEqual([
      'operator.source.report',
    ]);
  });
});
