/**
 * Reading a report file into text: .txt as it is (the text extracted from the PDF, like the shared
 * file), .docx through mammoth's raw text, .pdf through unpdf (PDF.js) page by page. A file that cannot
 * give text (a corrupt .docx, a scanned PDF without a text layer) fails with a message saying what to do.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

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
  const mammoth = await import('mammoth');
  try {
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    return value;
  } catch {
    throw new ReadError(`无法读取 Word 文件 ${file}：文件已损坏，或不是 .docx 格式（旧的 .doc 请先另存为 .docx）`);
  }
}

async function readPdf(bytes: Buffer, file: string): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  let pages: string[];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    pages = (await extractText(pdf, { mergePages: false })).text;
  } catch {
    throw new ReadError(`无法读取 PDF 文件 ${file}：文件已损坏，或不是 PDF`);
  }
  const text = pages.join('\n\n');
  if (text.replace(/\s+/g, '').length < 20) {
    throw new ReadError(`PDF 文件 ${file} 没有文字层（可能是扫描件）：请先用 OCR 转成文字，或改用报告的 Word 或文本版本导入`);
  }
  return text;
}
