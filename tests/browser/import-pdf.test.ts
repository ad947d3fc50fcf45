// The importer's PDF path, on PDFs printed by the test browser: a fictional report in the template,
// laid out on A4 pages (so sentences wrap at line ends and break across pages, as in a real PDF), must
// import to the same figures and body as its text; a PDF with no text layer (a scan) is refused.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect } from 'vitest';
import { importReport } from '../../src/import/index.ts';
import { knownRuleSets } from '../../src/import/known-rules.ts';
import { readReport } from '../../src/import/read.ts';
import { it } from '../harness/fixture.ts';

const TOWN = resolve(import.meta.dirname, '../fixtures/import/虚构镇-2024-2025-interim.txt');
const work = mkdtempSync(join(tmpdir(), 'import-pdf-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** The report's paragraphs as an A4 document, printed by Chromium. */
async function printPdf(browser: Browser, html: string, file: string): Promise<string> {
  const page = await browser.newPage();
  await page.setContent(html);
  writeFileSync(file, await page.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' } }));
  await page.close();
  return file;
}

describe('importing a PDF with a text layer', () => {
  it('imports a PDF printed from the report to the same figures and body as the text', async ({ browser }) => {
    const text = readFileSync(TOWN, 'utf8');
    // One <p> per paragraph of the text file (its page-break artefacts included); the browser wraps them.
    const paras = text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>')}</p>`)
      .join('\n');
    const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>body{font:15px/1.6 sans-serif} p{margin:0 0 .6em}</style><body>${paras}</body></html>`;
    const file = await printPdf(browser, html, join(work, '虚构镇.pdf'));
    const fromPdf = importReport(await readReport(file), { ruleSets: knownRuleSets(), stations: [] });
    const fromText = importReport(text, { ruleSets: knownRuleSets(), stations: [] });
    if (!fromPdf.ok || !fromText.ok) throw new Error(`${'message' in fromPdf ? fromPdf.message : ''} ${'message' in fromText ? fromText.message : ''}`);
    expect(fromPdf.data).toEqual(fromText.data);
    expect(fromPdf.body.replace(/\s+/g, '')).toBe(fromText.body.replace(/\s+/g, ''));
    expect(fromPdf.unresolved).toBe(0);
  });

  it('refuses a scanned PDF (no text layer) with a message saying what to do', async ({ browser }) => {
    const html = '<!doctype html><html><body><svg width="600" height="800"><rect x="40" y="40" width="500" height="20" fill="#333"/><rect x="40" y="80" width="420" height="20" fill="#333"/></svg></body></html>';
    const file = await printPdf(browser, html, join(work, 'scan.pdf'));
    await expect(readReport(file)).rejects.toThrow(/没有文字层（可能是扫描件）：请先用 OCR 转成文字，或改用报告的 Word 或文本版本导入/);
  });
});
