/**
 * A PDF's text as paragraphs, from where its text items stand on the page rather than where its lines
 * happen to wrap. Items on one baseline make a line; a line that runs to the right margin (the next line's
 * first word would not have fitted after it) wraps, one that ends short ends its paragraph, as does a
 * wider gap above the next line or an indented next line. Lines in the top or bottom band of the pages
 * that repeat on other pages (digits aside) or read as page numbers (“- 3 -”, “第 3 页 共 12 页”) are
 * running headers and footers, and dropped. A paragraph runs on across a page break the same way. Pure:
 * reading the PDF is read.ts's job.
 */
import { glue, mendRadicals } from './text.ts';

export interface PdfItem {
  str: string;
  /** Left end of the baseline, in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size. */
  height: number;
}

export interface PdfLine {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  page: number;
}

export class PdfLayoutError extends Error {
  readonly page: number;
  constructor(page: number, message: string) {
    super(message);
    this.page = page;
  }
}

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]/;
/** Characters a line may not start with: they stay with the character before them when a line wraps. */
const CLOSING = /[，。、；：！？）》」』”’%,.;:!?)\]]/;

/** Items on one baseline (within a third of the font size), left to right. */
export function pageLines(items: readonly PdfItem[], page: number): PdfLine[] {
  const usable = items.filter((it) => it.str !== '' && it.height > 0);
  for (const it of usable) {
    if (![it.x, it.y, it.width, it.height].every(Number.isFinite)) {
      throw new PdfLayoutError(page, `第 ${page} 页的文字位置无法读取，行的先后无法确定`);
    }
  }
  const sorted = [...usable].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfItem[][] = [];
  for (const it of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - it.y) < row[0]!.height / 3) row.push(it);
    else rows.push([it]);
  }
  return rows
    .map((row) => {
      row.sort((a, b) => a.x - b.x);
      let text = '';
      let end = row[0]!.x;
      for (const it of row) {
        // A gap wider than a seventh of the font (a space is a quarter to a third) between two items is a space the PDF did not write.
        if (text !== '' && it.x - end > it.height * 0.15 && !/\s$/.test(text) && !/^\s/.test(it.str)) text += ' ';
        text += it.str;
        end = Math.max(end, it.x + it.width);
      }
      const size = Math.max(...row.map((it) => it.height));
      return { text: mendRadicals(text).replace(/\s+/g, ' ').trim(), x0: row[0]!.x, x1: end, y: row[0]!.y, size, page };
    })
    .filter((l) => l.text !== '');
}

const PAGE_NUMBER = /^(?:[-—–\s]*\d{1,3}[-—–\s]*|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3}|page\s*\d{1,3}(?:\s*of\s*\d{1,3})?)$/i;
const shape = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, '');

/** How many lines at the top and at the bottom of a page can be a running header or footer. */
const BAND = 2;

/** Drop running headers, footers and page numbers: the first or last lines of a page that repeat or count pages. */
export function dropRunningLines(pages: readonly PdfLine[][]): PdfLine[][] {
  const edge = (lines: readonly PdfLine[]) => [...lines.slice(0, BAND), ...lines.slice(-BAND)];
  const seen = new Map<string, Set<number>>();
  pages.forEach((lines, i) => {
    for (const l of new Set(edge(lines))) {
      const key = shape(l.text);
      if (!seen.has(key)) seen.set(key, new Set());
      seen.get(key)!.add(i);
    }
  });
  const repeated = (l: PdfLine) => pages.length > 1 && (seen.get(shape(l.text))?.size ?? 0) >= Math.min(3, pages.length);
  // A running line stands outside the text block: above the highest (below the lowest) line of the body.
  // A heading that happens to open several pages (值得肯定的地方：) stands at the block's top, and stays.
  const body = pages.flatMap((lines) => lines.filter((l) => !(edge(lines).includes(l) && repeated(l))));
  const top = body.length ? Math.max(...body.map((l) => l.y)) : Infinity;
  const bottom = body.length ? Math.min(...body.map((l) => l.y)) : -Infinity;
  const repeats = (l: PdfLine) => repeated(l) && (l.y > top + l.size / 2 || l.y < bottom - l.size / 2);
  return pages.map((lines) => {
    const drop = new Set<PdfLine>();
    // From each end inwards, while the line is a running one; once per text, so that a header reading
    // like the title leaves the title under it on the first page.
    const band = (edgeLines: PdfLine[]) => {
      const shapes = new Set<string>();
      for (const l of edgeLines) {
        if (shapes.has(shape(l.text)) || !(PAGE_NUMBER.test(l.text) || repeats(l))) break;
        shapes.add(shape(l.text));
        drop.add(l);
      }
    };
    band(lines.slice(0, BAND));
    band(lines.slice(-BAND).reverse());
    return lines.filter((l) => !drop.has(l));
  });
}

/** Width of the first piece of `text` a line could not have broken inside (a character, a number, a word). */
function firstUnitWidth(text: string, size: number): number {
  const m = /^(?:[\x21-\x7e]+|.)/u.exec(text)?.[0] ?? '';
  let unit = m;
  for (const c of text.slice(m.length)) {
    if (!CLOSING.test(c)) break;
    unit += c;
  }
  return [...unit].reduce((w, c) => w + (WIDE.test(c) ? size : size * 0.5), 0);
}

/** The start of a heading or numbered item of the template: 一、 （一） 1. （1） 值得肯定的地方： */
const BLOCK_START = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.．、](?!\d)|(?:值得肯定的地方|需要关注的地方|附件)[：:])/;

/** The text of the pages, one paragraph a line. */
export function layoutText(pages: readonly PdfLine[][]): string {
  const kept = dropRunningLines(pages);
  const lines = kept.flat();
  if (lines.length === 0) return '';
  // The text column: the right margin is where the longest lines end; the left, where most start.
  const right = Math.max(...lines.map((l) => l.x1));
  const left = Math.min(...lines.map((l) => l.x0));
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page === b.page) pitches.push(a.y - b.y);
  }
  // Lines inside a paragraph are the closest and the most: the lower quartile of the pitches, not the
  // median, which paragraph gaps would lift on a page of short paragraphs.
  const positive = pitches.filter((p) => p > 0).sort((a, b) => a - b);
  const pitch = positive[Math.floor(positive.length / 4)] ?? 0;
  const out: string[] = [];
  let current = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    const room = right - a.x1;
    const fitted = room >= firstUnitWidth(b.text, b.size) + a.size * 0.25;
    const gap = a.page === b.page && pitch > 0 && a.y - b.y > pitch * 1.2;
    // A first-line indent starts a paragraph; a hanging indent under a one-line start does not.
    const indented = b.x0 - left > b.size * 0.75 && b.x0 - a.x0 > b.size * 0.75 && current !== a.text;
    const sizeChange = Math.abs(a.size - b.size) > 0.5;
    // After a sentence end, a numbered item or heading starts a paragraph even when the line ran long.
    const block = /[。！？；：:）)”」]$/.test(a.text) && BLOCK_START.test(b.text);
    if (!fitted && !gap && !indented && !sizeChange && !block) {
      current += glue(current.at(-1) ?? '', b.text[0] ?? '') + b.text;
    } else {
      out.push(current);
      current = b.text;
    }
  }
  out.push(current);
  return out.join('\n\n');
}
