// Round trip: importing the shared 流花街 text reproduces the committed report, every frontmatter figure
// and the body sentence for sentence; and every sentence of the source appears in the body exactly once.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitReport } from '../../src/import/document.ts';
import { importReport } from '../../src/import/index.ts';
import { knownRuleSets } from '../../src/import/known-rules.ts';
import { figuresMissingFromBody } from '../../src/reports/checks/body.ts';
import { reportIssues } from '../../src/reports/validate.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const source = readFileSync(resolve(ROOT, '../shared/reports/liuhua-2023-2024-final.txt'), 'utf8');
const committed = readFileSync(resolve(ROOT, 'content/reports/liuhua/2023-2024-final.mdx'), 'utf8');
const [, committedYaml, committedBody] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(committed)!;

const result = importReport(source, { ruleSets: knownRuleSets(), stations: [{ id: 'liuhua', name: '广州市流花街社工服务站', district: '越秀区' }] });
if (!result.ok) throw new Error(result.message);

/** Sentences of an MDX body as a reader reads them: no markup, no list numbers, whitespace ignored. */
function sentences(body: string): string[] {
  return body
    .split('\n')
    .map((l) => l.replace(/^#+\s*/, '').replace(/^(?:\d+\.|-)\s+/, '').replace(/<\/?Findings[^>]*>/g, ''))
    .join('\n')
    .replace(/\s+/g, '')
    .split(/(?<=[。！？；])/)
    .filter(Boolean);
}

/** All text of the source between the cover and the signature, without numbering, labels or whitespace. */
function sourceText(): string {
  const t = splitReport(source);
  return t.body
    .map((p) => p.text.replace(/^(?:[-•]\s*)?(?:\d{1,2}[.．]|[（(]\d{1,2}[）)])\s*/, '').replace(/^(?:值得肯定的地方|需要关注的地方)[：:]$/, '').replace(/^附件[：:]$/, '附件'))
    .join('')
    .replace(/\s+/g, '');
}

describe('importing the shared 流花街 report reproduces the committed one', () => {
  it('the same frontmatter: every figure, derived target and flag', () => {
    expect(result.data).toEqual(parse(committedYaml!));
  });

  it('writes it where it is published: reports/liuhua/2023-2024-final.mdx, station liuhua (no new station file)', () => {
    expect(result.reportPath).toBe('reports/liuhua/2023-2024-final.mdx');
    expect(result.reportId).toBe('liuhua-2023-2024-final');
    expect(result.station).toBeNull();
  });

  it('the same body, sentence for sentence', () => {
    expect(sentences(result.body)).toEqual(sentences(committedBody!));
    expect(sentences(result.body).length).toBeGreaterThan(150);
  });

  it('every sentence of the source appears in the body exactly once, in order (cover and signature left out)', () => {
    const body = sentences(result.body).join('');
    expect(body).toBe(sourceText());
    expect(body).not.toContain('评估日期');
    expect(body.match(/广州市流花街社工服务站末期评估报告/g)).toBeNull();
    expect(body.endsWith('社工到岗情况统计表')).toBe(true);
  });

  it('the draft passes the build’s checks: schema, figures and body', () => {
    expect(reportIssues(z.string(), result.data)).toEqual([]);
    expect(figuresMissingFromBody(result.data, result.body)).toEqual([]);
    expect(result.unresolved).toBe(0);
  });

  it('the table says where each figure came from: printed with its source line, or derived', () => {
    const row = (field: string) => result.rows.find((r) => r.field === field);
    expect(row('scores.total')).toMatchObject({ value: '83.62', line: 269, status: 'printed' });
    expect(row('fundingWanYuan')).toMatchObject({ value: '240', line: 19, status: 'printed' });
    expect(row('indicators[0].target')).toMatchObject({ value: '387', line: 181, status: 'derived' });
    expect(row('staffing.retention.requiredPosts')).toMatchObject({ value: '20', status: 'derived' });
    expect(row('reportDate')).toMatchObject({ value: '2024-03-20', line: 293 });
    expect(row('hotline.lines[0].number')).toMatchObject({ value: 'null', status: 'missing' });
    expect(result.rows.filter((r) => r.status === 'failed')).toEqual([]);
  });
});
