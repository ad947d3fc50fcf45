// The fictional city generator (tools/fictional-city/): a city's size and shape, names that say 虚构,
// determinism, and reports that pass the same schema and figure checks the build runs. (Slices of it are built
// for real by the city and scratch test projects.)
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { figuresMissingFromBody } from '../../src/reports/checks/body.ts';
import { makeReportSchema } from '../../src/reports/validate.ts';
import { reportId } from '../../src/schemas/report/index.ts';
import { stationSchema } from '../../src/schemas/station.ts';
import { cityRuleSetById, countFiles, fictionalCity, realCopiesCity, REAL_REPORT_FILE, writeCity, type City } from '../../tools/fictional-city/index.ts';
import { parse } from 'yaml';

/** Frontmatter and body of a generated MDX file. The generator writes one key a line, each value in JSON. */
function split(mdx: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx);
  if (!m) throw new Error('no frontmatter');
  return { data: yamlLines(m[1]!), body: m[2]! };
}
function yamlLines(text: string): Record<string, unknown> {
  return Object.fromEntries(
    text.split('\n').map((line) => {
      const at = line.indexOf(': ');
      return [line.slice(0, at), JSON.parse(line.slice(at + 2))];
    }),
  );
}

const REAL_BODY = readFileSync(new URL('../../content/reports/liuhua/2023-2024-final.mdx', import.meta.url), 'utf8').split('\n---\n')[1]!;
const city = fictionalCity({ reports: 3500 });

// Generous timeouts: generating and checking 3,500 reports takes seconds, more when the machine is busy.
describe('fictional city', { timeout: 120_000 }, () => {
  it('has 11 districts and 176 stations of 1–4 sites and 1–3 片区, about 2,800 communities (社区 and 村)', () => {
    expect(city.districts).toHaveLength(11);
    expect(city.stations).toHaveLength(176);
    expect(city.districts.flatMap((d) => d.stationIds).sort()).toEqual(city.stations.map((s) => s.id).sort());
    for (const s of city.stations) {
      expect(s.sites.length).toBeGreaterThanOrEqual(1);
      expect(s.sites.length).toBeLessThanOrEqual(4);
      expect(s.zones.length).toBeGreaterThanOrEqual(1);
      expect(s.zones.length).toBeLessThanOrEqual(3);
      for (const z of s.zones) expect(z.communities.length).toBeGreaterThan(0);
      // Every address names a road of the station.
      for (const a of s.sites) expect(s.roads.some((road) => a.includes(road))).toBe(true);
    }
    const communities = city.stations.flatMap((s) => s.zones.flatMap((z) => z.communities));
    expect(communities.length).toBeGreaterThan(2500);
    expect(communities.length).toBeLessThan(3100);
    expect(new Set(communities).size).toBe(communities.length);
    expect(communities.filter((c) => c.endsWith('村')).length).toBeGreaterThan(100);
    expect(communities.filter((c) => c.endsWith('社区')).length).toBeGreaterThan(1500);
    expect(new Set(city.stations.map((s) => s.name)).size).toBe(176);
  });

  it('says 虚构 in every name: districts, stations, streets, operators, roads, communities, report titles and parties', () => {
    const names = [
      ...city.districts.map((d) => d.name),
      ...city.stations.flatMap((s) => [s.name, s.street, s.district, s.operator, ...s.roads, ...s.sites, ...s.zones.flatMap((z) => z.communities)]),
    ];
    expect(names.filter((n) => !n.includes('虚构'))).toEqual([]);
    for (const r of city.reports.slice(0, 50)) {
      const { data } = split(r.mdx);
      const parties = data.parties as Record<string, string>;
      expect([data.title, ...Object.values(parties)].filter((n) => !String(n).includes('虚构'))).toEqual([]);
    }
  });

  it('writes two reports per station per service year, newest year first, as many years as N needs', () => {
    expect(city.reports).toHaveLength(3500);
    const years = [...new Set(city.reports.map((r) => r.serviceYear))];
    expect(years).toEqual(['2024-2025', '2023-2024', '2022-2023', '2021-2022', '2020-2021', '2019-2020', '2018-2019', '2017-2018', '2016-2017', '2015-2016']);
    const latest = city.reports.filter((r) => r.serviceYear === '2024-2025');
    expect(latest).toHaveLength(352);
    expect(latest.filter((r) => r.stage === '中期')).toHaveLength(176);
    expect(new Set(city.reports.map((r) => r.path)).size).toBe(3500);
    for (const r of city.reports.slice(0, 20)) {
      const { data } = split(r.mdx);
      expect(reportId(String(data.station), String(data.serviceYear), data.stage as '中期' | '末期')).toBe(r.id);
      expect(r.path).toBe(`reports/${r.stationId}/${r.serviceYear}-${r.stage === '中期' ? 'interim' : 'final'}.mdx`);
    }
  });

  it('is deterministic: the same seed gives the same city, another seed another; a smaller N is a prefix', () => {
    const digest = (c: City) => createHash('sha256').update(JSON.stringify(c)).digest('hex');
    // Made again from the same seed, with fewer reports: the same stations and the first reports of `city`.
    const again = fictionalCity({ reports: 700 });
    expect(digest(again)).toBe(digest({ ...city, reports: city.reports.slice(0, 700) }));
    const other = fictionalCity({ reports: 10, seed: 2 });
    expect(other.stations[0]!.yaml).not.toBe(city.stations[0]!.yaml);
  });

  it('writes reports of the real report’s size and shape: full sections, findings, 14 indicators', () => {
    const lengths = city.reports.map((r) => split(r.mdx).body.length);
    const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    // The 流花街 body is about 11,000 characters.
    expect(mean).toBeGreaterThan(REAL_BODY.length * 0.8);
    expect(mean).toBeLessThan(REAL_BODY.length * 1.2);
    const realSections = REAL_BODY.match(/^## .*/gm)!.map((h) => h.slice(3, 5));
    for (const r of city.reports.slice(0, 30)) {
      const { data, body } = split(r.mdx);
      expect(body.match(/^## .*/gm)!.map((h) => h.slice(3, 5))).toEqual(realSections);
      expect(body.match(/<Findings kind="positive"/g)!.length).toBeGreaterThanOrEqual(6);
      expect(body.match(/<Findings kind="concern"/g)!.length).toBeGreaterThanOrEqual(6);
      expect(data.indicators).toHaveLength(14);
    }
  });

  it('makes reports that pass the build’s schema, figure verification and body cross-check, and stations that pass theirs', () => {
    const schema = makeReportSchema(z.string(), cityRuleSetById);
    const problems: string[] = [];
    // Every report of the newest two years and a spread of older ones.
    for (const r of city.reports.filter((_, i) => i < 704 || i % 7 === 0)) {
      const { data, body } = split(r.mdx);
      const parsed = schema.safeParse(data);
      if (!parsed.success) {
        problems.push(`${r.path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        continue;
      }
      for (const m of figuresMissingFromBody(parsed.data, body, cityRuleSetById(parsed.data.rules)!)) problems.push(`${r.path}: ${m.field} ${m.expected} not in the body`);
    }
    for (const s of city.stations) {
      const parsed = stationSchema.safeParse(yamlLines(s.yaml.trimEnd()));
      if (!parsed.success) problems.push(`${s.id}.yaml: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('writeCity replaces content/stations and content/reports with the city', () => {
    const dir = mkdtempSync(join(tmpdir(), 'city-'));
    try {
      writeCity(dir, { reports: 5, stations: 3 });
      const written = writeCity(dir, { reports: 4, stations: 2 });
      expect(countFiles(join(dir, 'stations'))).toBe(2);
      expect(countFiles(join(dir, 'reports'))).toBe(4);
      expect(readFileSync(join(dir, written.reports[3]!.path), 'utf8')).toBe(written.reports[3]!.mdx);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the bench cities of issue 27', () => {
  const real = readFileSync(REAL_REPORT_FILE, 'utf8');
  const realSplit = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(real)!;
  const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;

  it('a city report has the real report’s structure and about its length: key figures with 片区 scopes, findings, the same amount of Chinese text', () => {
    const realData = parse(realSplit[1]!) as { keyFigures: unknown[] };
    const reports = fictionalCity({ reports: 352 }).reports;
    const bodies = reports.map((r) => split(r.mdx));
    const meanHan = bodies.reduce((n, b) => n + han(b.body), 0) / bodies.length;
    expect(meanHan / han(realSplit[2]!)).toBeGreaterThan(0.9);
    expect(meanHan / han(realSplit[2]!)).toBeLessThan(1.15);
    for (const { data, body } of bodies.slice(0, 20)) {
      const figures = data.keyFigures as { scope?: string }[];
      expect(figures.length).toBeGreaterThanOrEqual(Math.round(realData.keyFigures.length * 0.6));
      expect(figures.some((f) => f.scope)).toBe(true);
      expect((body.match(/<Findings kind="positive"/g) ?? []).length).toBeGreaterThanOrEqual(6);
    }
  });

  it('the copies of the real report, one per station, year and stage, pass the build’s schema and figure checks', () => {
    const copies = realCopiesCity({ reports: 1056 });
    expect(new Set(copies.reports.map((r) => r.id)).size).toBe(1056);
    expect(new Set(copies.reports.map((r) => r.serviceYear))).toEqual(new Set(['2023-2024', '2024-2025', '2025-2026']));
    const schema = makeReportSchema(z.string(), cityRuleSetById);
    const problems: string[] = [];
    for (const r of copies.reports.filter((_, i) => i % 97 === 0 || i === 1055)) {
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(r.mdx)!;
      const parsed = schema.safeParse(parse(m[1]!));
      if (!parsed.success) {
        problems.push(`${r.path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        continue;
      }
      expect(parsed.data.station).toBe(r.stationId);
      for (const f of figuresMissingFromBody(parsed.data, m[2]!, cityRuleSetById(parsed.data.rules)!)) problems.push(`${r.path}: ${f.field} ${f.expected} not in the body`);
    }
    expect(problems).toEqual([]);
  });
});
