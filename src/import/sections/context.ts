/**
 * What every section reader shares: the draft being filled, the report's blocks and paragraphs, and the
 * two ways of looking for a figure (the first paragraph matching, the paragraphs under a heading). Pure.
 */
import { Draft, num, type Path } from '../draft.ts';
import type { ReportText } from '../document.ts';
import { blocks as toBlocks, blockTexts, type Block } from '../structure.ts';
import { lineAt, type Paragraph } from '../text.ts';

export const DATE = String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`;
export const N = String.raw`(\d+(?:\.\d+)?)`;
export const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

export interface Hit {
  m: RegExpExecArray;
  para: Paragraph;
  line: number;
}

export interface Sections {
  draft: Draft;
  text: ReportText;
  blocks: Block[];
  /** The first paragraph (of `where`, or the whole body) that matches. */
  find(re: RegExp, where?: readonly Paragraph[]): Hit | null;
  /** Paragraphs of the sections whose heading matches. */
  under(heading: RegExp): Paragraph[];
  /** A printed number from a match group, or the marker naming what is missing. */
  setNum(path: Path, hit: Hit | null, group: number, what: string): void;
}

export function sections(text: ReportText, draft: Draft = new Draft()): Sections {
  const blocks = toBlocks(text.body);
  const find = (re: RegExp, where: readonly Paragraph[] = text.body): Hit | null => {
    for (const para of where) {
      const m = re.exec(para.text);
      if (m) return { m, para, line: lineAt(para, m.index) };
    }
    return null;
  };
  const under = (heading: RegExp): Paragraph[] =>
    blocks.filter((b) => b.section.some((s) => heading.test(s))).flatMap((b) => blockTexts(b).map((t) => t.para));
  const setNum = (path: Path, hit: Hit | null, group: number, what: string) => {
    if (hit?.m[group] !== undefined) draft.set(path, num(hit.m[group]), hit.line);
    else draft.missing(path, what);
  };
  return { draft, text, blocks, find, under, setNum };
}
