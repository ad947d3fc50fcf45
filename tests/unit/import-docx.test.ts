// Word files as Word writes them (tests/fixtures/import/docx-writer.ts): numbering made by Word's list
// feature (the typed 一、 （一） 1. （1） taken out of the text and drawn by numbering.xml), manual line
// breaks inside paragraphs, and the indicators as a real Word table. Each, and all three at once, imports
// to exactly the frontmatter the same report imports to as text, for 流花街 and the fictional reports.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { splitReport } from '../../src/import/document.ts';
import { docxText, formatNumber } from '../../src/import/docx.ts';
import { readReport } from '../../src/import/read.ts';
import { listItem, writeDocx, type DocxBlock } from '../fixtures/import/docx-writer.ts';
import { IMPORT_REPORTS as REPORTS, imported } from '../harness/import-reports.ts';

const work = mkdtempSync(join(tmpdir(), 'import-docx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A paragraph cut into lines of about `width` characters, where a line may wrap (not inside a number or word). */
function manualLines(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    const inWord = /[\x21-\x7e]/.test(text[k - 1] ?? '') && /[\x21-\x7e]/.test(c);
    if (line.length >= width && !inWord && !/\s/.test(c)) {
      lines.push(line);
      line = '';
    }
    line += c;
  }
  return [...lines, line];
}

interface Variant {
  lists: boolean;
  breaks: number | null;
  table: boolean;
}

function blocksOf(text: string, v: Variant, indicators: { name: string; completed: number; unit: string; statedRate: number }[]): DocxBlock[] {
  const t = splitReport(text);
  const plain = (s: string): DocxBlock => ({ kind: 'paragraph', lines: [s] });
  const body = t.body.map((p): DocxBlock => {
    const item = v.lists ? listItem(p.text) : null;
    const rest = item ? item.rest : p.text;
    const lines = v.breaks && rest.length > v.breaks ? manualLines(rest, v.breaks) : [rest];
    return { kind: 'paragraph', lines, ...(item ? { list: { style: item.style, number: item.number } } : {}) };
  });
  const table: DocxBlock[] = v.table
    ? [plain('附件 1 指标完成情况统计表'), { kind: 'table', rows: [['指标', '完成量', '完成率'], ...indicators.map((i) => [i.name, `${i.completed} ${i.unit}`, `${i.statedRate}%`])] }]
    : [];
  return [...[t.title!, ...t.cover.slice(1)].map((f) => plain(f.text)), ...body, ...table, ...t.signature.map((f) => plain(f.text))];
}

const VARIANTS: [string, Variant][] = [
  ['Word 列表编号', { lists: true, breaks: null, table: false }],
  ['手动换行（每行约 17 字）', { lists: false, breaks: 17, table: false }],
  ['手动换行（每行约 33 字）', { lists: false, breaks: 33, table: false }],
  ['指标表为 Word 表格', { lists: false, breaks: null, table: true }],
  ['三者同时', { lists: true, breaks: 23, table: true }],
];

describe.each(Object.entries(REPORTS))('%s as a Word file', (report, file) => {
  const text = readFileSync(file, 'utf8');
  const expected = imported(text);
  const indicators = (expected.data as { indicators: { name: string; completed: number; unit: string; statedRate: number }[] }).indicators;

  it.each(VARIANTS)('%s: the same frontmatter as the text', async (name, v) => {
    const bytes = await writeDocx(blocksOf(text, v, indicators));
    const path = join(work, `${report}-${VARIANTS.findIndex(([n]) => n === name)}.docx`);
    writeFileSync(path, bytes);
    const fromWord = imported(await readReport(path));
    expect(fromWord.data).toEqual(expected.data);
    expect(fromWord.unresolved).toBe(expected.unresolved);
    if (!v.table) expect(fromWord.body.replace(/\s+/g, '')).toBe(expected.body.replace(/\s+/g, ''));
    // A real Word file: another reader (mammoth) sees Word lists and a Word table in it.
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    if (v.lists) expect(html).toMatch(/<ol><li>/);
    if (v.table) expect(html).toContain('<table>');
    if (v.lists) expect(text.includes('一、社工站基本情况') && !html.includes('一、社工站基本情况')).toBe(true);
  });
});

describe('Word numbering', () => {
  it('writes the numbers Word draws: 一、 （二） 3. （4） ⑤, continuing a list and honouring its start', () => {
    expect(['chineseCounting', 'decimal', 'decimalEnclosedCircle', 'lowerLetter', 'upperRoman'].map((f) => formatNumber(12, f))).toEqual(['十二', '12', '⑫', 'l', 'XII']);
    const numbering = `<w:numbering><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num></w:numbering>`;
    const p = (num: number, lvl: number, t: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${num}"/></w:numPr></w:pPr><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const document = `<w:document><w:body>${p(1, 0, '甲')}${p(1, 1, '乙')}${p(1, 1, '丙')}${p(1, 0, '丁')}${p(1, 1, '戊')}${p(2, 0, '己')}<w:p><w:r><w:t>一行</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>二行 &amp; 三</w:t></w:r></w:p></w:body></w:document>`;
    expect(docxText({ document, numbering }).split('\n\n')).toEqual(['（一）甲', '1. 乙', '2. 丙', '（二）丁', '1. 戊', '（五）己', '一行\n二行 & 三']);
  });

  it('a table: one row a paragraph, its cells in order', () => {
    const document = '<w:document><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>建档</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>412 份</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>106.46%</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>';
    expect(docxText({ document })).toBe('建档 412 份\n\n106.46%');
  });
});
