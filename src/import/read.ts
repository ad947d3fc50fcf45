/**
 * Reading a report file into text: .txt as it is (the text extracted from the PDF, like the shared
 * file), .docx from its XML (docx.ts: Word's list numbers, manual line breaks, tables), .pdf through unpdf (PDF.js) page by page, its paragraphs from
 * the text items' positions (pdf-layout.ts). A file that cannot
 * give text (a corrupt .docx, a scanned PDF without a text layer) fails with a message saying what to do.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { docxText } from './docx.ts';
import { layoutText, pageLines, PdfLayoutError, type PdfItem, type PdfLine } from './pdf-layout.ts';

export class ReadError extends Error {}

export const FORMATS = ['.txt', '.docx', '.pdf'] as const;

export async function readReport(file: string): Promise<string> {
  const ext = extname(file).toLowerCase();
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new ReadError(`读不到文件 ${file}：${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (e as Error).message}`);
  }
  if (ext === '.txt') return bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (ext === '.docx') return readDocx(bytes, file);
  if (ext === '.pdf') return readPdf(bytes, file);
  throw new ReadError(`不支持的文件类型 “${ext || '（无扩展名）'}”：请用 .txt、.docx 或 .pdf`);
}

async function readDocx(bytes: Buffer, file: string): Promise<string> {
  const { default: JSZip } = await import('jszip');
  const broken = () => new ReadError(`无法读取 Word 文件 ${file}：文件已损坏，或不是 .docx 格式（旧的 .doc 请先另存为 .docx）`);
  let parts: { document: string; numbering: string | null };
  try {
    const zip = await JSZip.loadAsync(bytes);
    const document = await zip.file('word/document.xml')?.async('string');
    if (document === undefined) throw broken();
    parts = { document, numbering: (await zip.file('word/numbering.xml')?.async('string')) ?? null };
  } catch {
    throw broken();
  }
  return docxText(parts);
}

async function readPdf(bytes: Buffer, file: string): Promise<string> {
  const { getDocumentProxy } = await import('unpdf');
  const pages: PdfLine[][] = [];
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // verbosity 0: PDF.js would print its own English warnings (“Indexing all PDF objects”) among ours.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch {
    throw new ReadError(`无法读取 PDF 文件 ${file}：文件已损坏，或不是 PDF`);
  }
  for (let n = 1; n <= pdf.numPages; n++) {
    try {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items: PdfItem[] = content.items.flatMap((it) =>
        'str' in it ? [{ str: it.str, x: it.transform[4], y: it.transform[5], width: it.width, height: it.height || Math.hypot(it.transform[2], it.transform[3]) }] : [],
      );
      pages.push(pageLines(items, n));
    } catch (e) {
      if (e instanceof PdfLayoutError) throw new ReadError(`PDF 文件 ${file} ${e.message}：请重新导出 PDF，或改用报告的 Word 或文本版本导入`);
      throw new ReadError(`PDF 文件 ${file} 的第 ${n} 页已损坏，读不出文字：请重新导出 PDF，或改用报告的 Word 或文本版本导入`);
    }
  }
  const text = layoutText(pages);
  if (text.replace(/\s+/g, '').length < 20) {
    throw new ReadError(`PDF 文件 ${file} 没有文字层（可能是扫描件）：请先用 OCR 转成文字，或改用报告的 Word 或文本版本导入`);
  }
  return text;
}
