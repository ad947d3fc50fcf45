/**
 * Open data: the CSV a reader downloads opens in Excel (UTF-8 with BOM) and parses back to the very
 * figures the report page shows; the JSON agrees with it; every field in the JSON is documented on
 * /data/ and every documented field exists.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect } from 'vitest';
import { parseCsv } from '../../src/open-data/csv.ts';
import { leaves } from '../../src/open-data/flatten.ts';
import { ruleSetById } from '../../src/scoring/index.ts';

// The report is scored under gz-2023 (its frontmatter: rules: gz-2023).
const PARTIES = ruleSetById('gz-2023')!.parties;
import { visit } from '../harness/browser.ts';
import { it } from '../harness/fixture.ts';
import { REPORT_ID, REPORT_PATH, url } from './site-pages.ts';

const BOM = [0xef, 0xbb, 0xbf];
/** "1,547" → 1547; "387*" → 387 (the * marks a derived target). */
const num = (text: string) => Number(text.replace(/[,*\s]/g, ''));

describe('downloads', () => {
  it('the report CSV downloaded from /data/ has a BOM and parses back to the figures on the report page', async ({ openPage }) => {
    const w = await openPage({ acceptDownloads: true });

    // What the report page shows.
    await visit(w, REPORT_PATH);
    const shown = await w.page.evaluate(() => {
      const text = (el: Element) => (el.textContent ?? '').trim();
      return {
        total: text(document.querySelector('[data-figure="total"]')!),
        grade: text(document.querySelector('[data-figure="grade"]')!),
        parties: [...document.querySelectorAll('table[data-table="parties"] tbody tr')].map((tr) => [...tr.children].map(text)),
        // Indicator rows: the name, then the figures marked .num: completed, target (* when derived), rate.
        indicators: [...document.querySelectorAll('table[data-table="indicators"] tbody tr')].map((tr) => [
          text(tr.querySelector('th')!),
          ...[...tr.querySelectorAll('.num')].map(text),
        ]),
      };
    });
    expect(shown.parties.length).toBe(PARTIES.length);
    expect(shown.indicators.length).toBeGreaterThan(0);

    // Download it the way a reader does: /data/, its service year, the file.
    await visit(w, '/data/');
    await Promise.all([w.page.waitForURL('**/data/year/*/'), w.page.locator(`a[data-year-link="2023-2024"]`).click()]);
    const [download] = await Promise.all([
      w.page.waitForEvent('download'),
      w.page.getByRole('link', { name: `${REPORT_ID}.csv` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${REPORT_ID}.csv`);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    const [header, ...rows] = parseCsv(bytes.toString('utf8'));
    expect(header).toEqual(['字段', '项目', '数值', '单位']);
    const value = new Map(rows.map((r) => [r[0]!, r[2]!]));

    expect(value.get('id')).toBe(REPORT_ID);
    expect(value.get('rules')).toBe('gz-2023');
    expect(value.get('scores.total')).toBe(shown.total);
    expect(value.get('scores.grade')).toBe(shown.grade);
    for (const [name, points] of shown.parties) {
      const party = PARTIES.find((p) => p.fullName === name)!;
      expect(value.get(`scores.${party.id}`), name).toBe(points);
    }
    for (const [name, completed, target, rate] of shown.indicators) {
      const key = rows.find((r) => r[0]!.endsWith('.name') && r[2] === name)?.[0]?.replace(/\.name$/, '');
      expect(key, name).toBeDefined();
      expect(Number(value.get(`${key}.completed`)), `${name} 完成量`).toBe(num(completed!));
      expect(Number(value.get(`${key}.target`)), `${name} 协议指标量`).toBe(num(target!));
      expect(`${value.get(`${key}.rate`)}%`, `${name} 完成率`).toBe(rate);
    }
  });

  it('the report JSON holds the same figures as its CSV, and reports.csv/json list every report', async ({ openPage }) => {
    const w = await openPage();
    const get = (path: string) => w.page.request.get(url(path));
    const json = await (await get(`/data/reports/${REPORT_ID}.json`)).json();
    const csvRows = parseCsv(await (await get(`/data/reports/${REPORT_ID}.csv`)).text()).slice(1);
    // Every leaf of the JSON is one CSV row with the same value (two-decimal figures as printed).
    const jsonLeaves = leaves(json);
    expect(csvRows.map((r) => r[0])).toEqual(jsonLeaves.map((l) => l.key));
    for (const [i, leaf] of jsonLeaves.entries()) {
      const cell = csvRows[i]![2]!;
      if (typeof leaf.value === 'number') expect(Number(cell), leaf.key).toBe(leaf.value);
      else if (typeof leaf.value === 'boolean') expect(cell, leaf.key).toBe(leaf.value ? '是' : '否');
      else expect(cell, leaf.key).toBe(leaf.value ?? '');
    }

    const all = await (await get('/data/reports.json')).json();
    expect(all.count).toBe(all.reports.length);
    expect(all.reports.find((r: { id: string }) => r.id === REPORT_ID)).toEqual(json);
    const summary = await (await get('/data/reports.csv')).body();
    expect([...summary.subarray(0, 3)]).toEqual(BOM);
    const [head, ...lines] = parseCsv(summary.toString('utf8'));
    expect(lines.length).toBe(all.count);
    const line = lines.find((l) => l[0] === REPORT_ID)!;
    expect(Number(line[head!.indexOf('总分')])).toBe(json.scores.total);
    expect(line[head!.indexOf('等级')]).toBe(json.scores.grade);
    expect(line[head!.indexOf('区')]).toBe(json.station.district);
  });

  it('stations.json and stations.csv list the stations and their reports', async ({ openPage }) => {
    const w = await openPage();
    const stations = await (await w.page.request.get(url('/data/stations.json'))).json();
    const liuhua = stations.stations.find((s: { id: string }) => s.id === 'liuhua');
    expect(liuhua).toMatchObject({ name: '广州市流花街社工服务站', district: '越秀区', street: '流花街道', reports: [REPORT_ID] });
    const csv = await (await w.page.request.get(url('/data/stations.csv'))).body();
    expect([...csv.subarray(0, 3)]).toEqual(BOM);
    const rows = parseCsv(csv.toString('utf8'));
    expect(rows.length - 1).toBe(stations.count);
    expect(rows.find((r) => r[0] === 'liuhua')).toContain('广州市流花街社工服务站');
  });
});

describe('the /data/ page documents every field', () => {
  it('lists each path found in the JSON files, and nothing that is not there', async ({ openPage }) => {
    const w = await openPage();
    await visit(w, '/data/');
    const documented = async (kind: string) =>
      w.page.locator(`code[data-field="${kind}"]`).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.path!));
    const check = (docs: string[], records: unknown[]) => {
      const paths = new Set(records.flatMap((r) => leaves(r).map((l) => l.docPath)));
      const undocumented = [...paths].filter((p) => !docs.includes(p));
      const phantom = docs.filter((d) => ![...paths].some((p) => p === d || p.startsWith(`${d}.`) || p.startsWith(`${d}[`)));
      return { undocumented, phantom };
    };
    const reports = (await (await w.page.request.get(url('/data/reports.json'))).json()).reports;
    const stations = (await (await w.page.request.get(url('/data/stations.json'))).json()).stations;
    expect(check(await documented('report'), reports)).toEqual({ undocumented: [], phantom: [] });
    expect(check(await documented('station'), stations)).toEqual({ undocumented: [], phantom: [] });
  });
});
