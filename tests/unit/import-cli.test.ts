// The import command as an author runs it: `npm run import -- <file> [--content-dir DIR] [--force]`
// (here its script, run with the same Node). Good input writes the draft and the station file and ends
// with the table; bad input gets a clear message, exit status 1, and nothing written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/index.ts';
import { knownRuleSets } from '../../src/import/known-rules.ts';
import { readReport } from '../../src/import/read.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SCRIPT = resolve(ROOT, 'scripts/import/run.ts');
const TOWN = resolve(ROOT, 'tests/fixtures/import/虚构镇-2024-2025-interim.txt');
const work = mkdtempSync(join(tmpdir(), 'import-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Every file under dir, relative. */
function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
}

/** A .docx of the text, one Word paragraph per line, as Word saves it. */
async function docx(text: string): Promise<Buffer> {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paras = text.split('\n').map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paras}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('npm run import', { timeout: 300_000 }, () => {
  it('writes the draft report and the new station file, and ends with the table', () => {
    const dir = join(work, 'good');
    const r = run(TOWN, '--content-dir', dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(files(dir)).toEqual(['reports/xugou/2024-2025-interim.mdx', 'stations/xugou.yaml']);
    expect(readFileSync(join(dir, 'stations/xugou.yaml'), 'utf8')).toContain('fromReport: xugou-2024-2025-interim');
    expect(r.out).toMatch(/^字段 field\s+值 value\s+行 line\s+状态 status$/m);
    expect(r.out).toMatch(/^indicators\[3\]\.target\s+297\s+121\s+推算 derived：也符合所印比率：296、298；按规则取 297$/m);
    expect(r.out).toMatch(/^scores\.total\s+80\.00\s+\d+\s+印出 printed$/m);
    expect(r.out).toMatch(/^indicators\[0\]\.name\s+建档\s+\d+\s+推算 derived：名称取自“本年度建档 150 份”，请校对$/m);
    expect(r.out).toMatch(/^有 \d+ 个指标名称和数字标签是从句子里推出的（表中“推算 derived：…请校对”各行）：请对照原文确认。$/m);
    expect(r.out).toMatch(/^已写入 \S*good\/reports\/xugou\/2024-2025-interim\.mdx$/m);
    expect(r.out).toMatch(/^已写入 \S*good\/stations\/xugou\.yaml$/m);
  });

  it('never overwrites without --force; with it, overwrites and says so', () => {
    const dir = join(work, 'twice');
    expect(run(TOWN, '--content-dir', dir).code).toBe(0);
    const draft = join(dir, 'reports/xugou/2024-2025-interim.mdx');
    writeFileSync(draft, 'edited by hand');
    const again = run(TOWN, '--content-dir', dir);
    expect(again.code).toBe(1);
    expect(again.err).toContain('已存在；要覆盖请加 --force');
    expect(readFileSync(draft, 'utf8')).toBe('edited by hand');
    const forced = run(TOWN, '--content-dir', dir, '--force');
    expect(forced.code).toBe(0);
    expect(forced.out).toContain('（覆盖）');
    expect(readFileSync(draft, 'utf8')).toContain('title: 广州市虚构镇社工服务站 中期评估报告');
  });

  it('imports a .docx (its XML read by src/import/docx.ts) to the same figures and body as the text', async () => {
    const text = readFileSync(TOWN, 'utf8');
    const file = join(work, '虚构镇.docx');
    writeFileSync(file, await docx(text));
    const fromDocx = importReport(await readReport(file), { ruleSets: knownRuleSets(), stations: [] });
    const fromText = importReport(text, { ruleSets: knownRuleSets(), stations: [] });
    expect(fromDocx.ok && fromText.ok).toBe(true);
    if (!fromDocx.ok || !fromText.ok) return;
    expect(fromDocx.data).toEqual(fromText.data);
    expect(fromDocx.body).toBe(fromText.body);
    const dir = join(work, 'docx');
    expect(run(file, '--content-dir', dir).code).toBe(0);
    expect(files(dir)).toEqual(['reports/xugou/2024-2025-interim.mdx', 'stations/xugou.yaml']);
  });

  const BAD: [string, string, string | Buffer, RegExp][] = [
    ['an empty file', 'empty.txt', '', /文件是空的/],
    ['a text that is not an evaluation report', 'notes.txt', '会议纪要\n\n今天讨论了三件事。\n', /这不是一份评估报告/],
    ['a corrupt .docx', 'broken.docx', Buffer.from('PK\u0003\u0004 not really a zip'), /无法读取 Word 文件 .*broken\.docx：文件已损坏，或不是 \.docx 格式/],
    ['a .pdf that is not a PDF', 'broken.pdf', 'hello', /无法读取 PDF 文件/],
    ['a file type it does not read', 'report.doc', 'x', /不支持的文件类型 “\.doc”/],
    [
      'a report whose stated weights match no rule set',
      'other-rules.txt',
      readFileSync(TOWN, 'utf8').replace('评估分值占比10%', '评估分值占比15%').replace('评估分值占55%', '评估分值占50%'),
      /与本站已知的任何一套规则都不符。报告所写：总分 100 分，项目监督方（区民政局） 15%/,
    ],
  ];
  it.each(BAD)('%s: a clear message, exit 1, nothing written', (_name, name, content, message) => {
    const file = join(work, name);
    writeFileSync(file, content);
    const dir = join(work, `out-${name}`);
    const r = run(file, '--content-dir', dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.err).toContain('未写入任何文件');
    expect(r.err).not.toMatch(/node_modules|\s+at /);
    expect(files(dir)).toEqual([]);
  });

  it('a missing file and a missing argument also exit 1', () => {
    expect(run(join(work, 'nope.txt'))).toMatchObject({ code: 1, err: expect.stringContaining('文件不存在') });
    expect(run()).toMatchObject({ code: 1, err: expect.stringContaining('用法：npm run import') });
  });
});
