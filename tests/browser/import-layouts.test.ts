// The layout matrix: the 流花街 report and the fictional test reports, printed by Chromium as real PDFs at
// A4, A5 and Letter, in three font sizes and two margins, with and without a running header, a footer and
// page numbers (the eight combinations of the three turn round the eighteen page layouts, so each occurs),
// each import to exactly the frontmatter the same report imports to as text. 流花街 is printed in all
// eighteen layouts, each fictional report in every other one (between them, all eighteen), to keep the file
// to a couple of minutes. Every PDF is printed once, before the tests, in one browser.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReport } from '../../src/import/read.ts';
import { pdfOptions, reportHtml, type PrintLayout } from '../fixtures/import/layouts.ts';
import { launchBrowser } from '../harness/browser.ts';
import { IMPORT_REPORTS as REPORTS, imported } from '../harness/import-reports.ts';

const LAYOUTS: PrintLayout[] = [];
for (const format of ['A4', 'A5', 'Letter'] as const) {
  for (const fontPx of [12, 15, 19]) {
    for (const marginMm of [10, 25]) {
      const chrome = LAYOUTS.length % 8;
      const [header, footer, pageNumbers] = [(chrome & 1) !== 0, (chrome & 2) !== 0, (chrome & 4) !== 0];
      const name = `${format} ${fontPx}px ${marginMm}mm${header ? ' 页眉' : ''}${footer ? ' 页脚' : ''}${pageNumbers ? ' 页码' : ''}`;
      LAYOUTS.push({ name, format, fontPx, marginMm, header, footer, pageNumbers });
    }
  }
}

/** The layouts a report is printed in: all for 流花街, alternate ones for the fixtures. */
const layoutsOf = (report: string): PrintLayout[] =>
  report === '流花街' ? LAYOUTS : LAYOUTS.filter((_, i) => i % 2 === (report === '虚构镇' ? 0 : 1));

const work = mkdtempSync(join(tmpdir(), 'import-layouts-'));
/** The PDF's text as read by the importer, by report and layout. */
const printed = new Map<string, string>();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  const page = await browser.newPage();
  for (const [report, file] of Object.entries(REPORTS)) {
    const text = readFileSync(file, 'utf8');
    const title = text.split('\n').find((l) => l.trim() !== '')!.trim();
    let font = 0;
    for (const layout of layoutsOf(report)) {
      if (layout.fontPx !== font) await page.setContent(reportHtml(text, (font = layout.fontPx)));
      const pdf = join(work, `${report}-${LAYOUTS.indexOf(layout)}.pdf`);
      writeFileSync(pdf, await page.pdf(pdfOptions(layout, title)));
      printed.set(`${report} ${layout.name}`, await readReport(pdf));
    }
  }
  await page.close();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe.each(Object.entries(REPORTS))('%s', (report, file) => {
  const text = readFileSync(file, 'utf8');
  const expected = imported(text);
  it.each(layoutsOf(report).map((l) => [l.name, l] as const))('printed %s imports to the same frontmatter as the text', (name) => {
    const fromPdf = imported(printed.get(`${report} ${name}`)!);
    expect(fromPdf.data).toEqual(expected.data);
    expect(fromPdf.unresolved).toBe(expected.unresolved);
    // Nothing of the page furniture is left in the body: no page numbers, no running footer.
    expect(fromPdf.body).not.toMatch(/第 \d+ 页 共 \d+ 页|广州市社会工作协会 评估报告/);
    // The same sentences, whatever the page breaks.
    expect(fromPdf.body.replace(/\s+/g, '')).toBe(expected.body.replace(/\s+/g, ''));
  });
});
