/**
 * The findings blocks of a report page as search records (src/search/passages.ts), on the real report's body
 * rendered as the page renders it: one record per kind of findings, the kind as 段落, the page's filters, its own address.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportBodyHtml } from '../../src/reports/body.ts';
import { reportFindings } from '../../src/reports/findings.ts';
import { PASSAGE_KIND, reportFilters } from '../../src/search/filters.ts';
import { pageFilters, pageUrl, passageRecords } from '../../src/search/passages.ts';

const FILE = join(import.meta.dirname, '..', '..', 'content', 'reports', 'liuhua', '2023-2024-final.mdx');
const source = readFileSync(FILE, 'utf8');
const filters = reportFilters({ serviceYear: '2023-2024', district: '越秀区', stage: '末期', grade: '良好' })
  .map(([name, value]) => `<span hidden data-pagefind-filter="${name}:${value}"></span>`)
  .join('');
const page = `<main><h1>广州市流花街社工服务站 末期评估报告</h1>${filters}${reportBodyHtml(source, FILE).html}</main>`;
const records = passageRecords(page, 'reports/liuhua-2023-2024-final/index.html');

describe('passageRecords', () => {
  it('makes one record per kind of findings: 需要关注 and 值得肯定, each holding every block of its kind', () => {
    expect(records.map((r) => r.filters['段落'])).toEqual([[PASSAGE_KIND.concern], [PASSAGE_KIND.positive]]);
    const concerns = reportFindings(source).filter((p) => p.kind === 'concern');
    for (const p of concerns) expect(records[0]!.content.replace(/\s+/g, '')).toContain(p.text.replace(/\s+/g, ''));
    // Each block after its section's name.
    expect(records[0]!.content.startsWith('【三、监督方评估（越秀区民政局）】社工站要关注服务团队人员稳定性问题')).toBe(true);
  });

  it('holds every point of the block, without its label, and carries the page’s other filters', () => {
    const points = reportFindings(source);
    const all = records.map((r) => r.content).join(' ');
    for (const p of points) expect(all.replace(/\s+/g, '')).toContain(p.text.replace(/\s+/g, ''));
    expect(all).not.toContain('需要关注的地方：');
    for (const r of records) expect(r.filters).toMatchObject({ 服务年度: ['2023-2024'], 区: ['越秀区'], 阶段: ['末期'], 等级: ['良好'] });
  });

  it('gives each record its own address on the report page, and a title naming the report and the kind', () => {
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
    for (const r of records) expect(new URL(r.url, 'http://x').pathname).toBe('/reports/liuhua-2023-2024-final/');
    expect(records.map((r) => r.meta.title)).toEqual(['广州市流花街社工服务站 末期评估报告 · 需要关注', '广州市流花街社工服务站 末期评估报告 · 值得肯定']);
  });

  it('reads a page’s filters but not its 段落, and the URL Pagefind gives a file', () => {
    expect(pageFilters(page)).toEqual({ 服务年度: ['2023-2024'], 区: ['越秀区'], 阶段: ['末期'], 等级: ['良好'] });
    expect(pageUrl('reports/x/index.html')).toBe('/reports/x/');
    expect(passageRecords('<main><h1>术语表</h1><p>稳岗率</p></main>', 'glossary/index.html')).toEqual([]);
  });
});
