/**
 * From extracted text to the report's paragraphs. PDF text (and text copied out of a PDF) breaks
 * sentences at page ends (“态\n\n度”) and repeats the title at page tops; Word and PDF readers may also
 * break at every visual line. Every non-empty line is a fragment; a fragment that does not end a sentence
 * is joined to the next one unless that one starts a new block (a heading, a numbered item, a label).
 * Pure; every paragraph keeps the source line numbers of its fragments.
 */
import { FINDINGS_LABEL } from '../wording/phrases.ts';

export interface Fragment {
  text: string;
  /** 1-based line in the source text. */
  line: number;
  /** A line break inside a blank-line paragraph: a wrap, not a paragraph end. */
  soft?: boolean;
  /** The line before ran to the margin (text without blank lines): a wrap, unless a heading starts here. */
  wrapped?: boolean;
}

export interface Paragraph {
  text: string;
  /** Source line of the paragraph's first fragment. */
  line: number;
  /** Where each fragment starts in `text`, to map a match back to its source line. */
  parts: { offset: number; line: number }[];
}

/** The source line of character `index` of a paragraph. */
export function lineAt(p: Paragraph, index: number): number {
  let line = p.line;
  for (const part of p.parts) if (part.offset <= index) line = part.line;
  return line;
}

const CJK = /[\u3400-\u9fff]/;
const ASCII_ALNUM = /[0-9A-Za-z]/;

/** Headings of the template: 一、 （一） 1. and findings labels. */
export const L2 = /^[一二三四五六七八九十]+、/;
export const L3 = /^[（(][一二三四五六七八九十]+[）)]\s*/;
export const NUMBERED = /^(?:[-•·]\s*)?(?:(\d{1,2})[.．、](?!\d)|[（(](\d{1,2})[）)])\s*/;
export const LABEL = new RegExp(`^(${[...Object.values(FINDINGS_LABEL), '附件'].join('|')})[：:]$`);

/** A short line without sentence punctuation: a heading rather than a sentence. */
export function isHeadingLike(text: string): boolean {
  return text.length <= 40 && !/[。；，：:！？]/.test(text);
}

function startsBlock(text: string): boolean {
  return L2.test(text) || L3.test(text) || NUMBERED.test(text) || LABEL.test(text) || /^[^：，。\s]{1,12}片区[：:]/.test(text);
}

/** More opening than closing brackets or quotes: the text stops inside them. */
function unbalanced(text: string): boolean {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return count(/[（(]/g) > count(/[）)]/g) || count(/“/g) > count(/”/g);
}

function endsBlock(text: string): boolean {
  if (unbalanced(text)) return false;
  if (/[。！？；：:]$|[。！？]["”’」]$|[）)]$/.test(text)) return true;
  if (LABEL.test(text)) return true;
  // A heading of the template ends its line.
  // 七、评估结果 prints one score a line: “4.第三方评估 得分：44.12 分”, “… 等级：良好”.
  if (/得分[：:]\s*\d+(?:\.\d+)?\s*分$|等级[：:]\s*\S{2,6}$/.test(text)) return true;
  // A heading of the template ends its line (a short one: a long unpunctuated line is a sentence cut by a
  // page break; a （1） item is never a heading).
  const dotted = NUMBERED.exec(text);
  const heading = L2.test(text) || L3.test(text) || (dotted !== null && dotted[1] !== undefined);
  if (heading && text.length <= 24 && isHeadingLike(text.replace(NUMBERED, '').replace(L3, ''))) return true;
  return false;
}

/** Page numbers a PDF prints in the margin: “3”, “- 3 -”, “第 3 页”, “3 / 12”. */
const PAGE_NUMBER = /^(?:[-—–\s]*\d{1,3}[-—–\s]*|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/;

/**
 * PDF fonts often map Chinese glyphs to the look-alike Kangxi radicals (⼴ U+2F34 for 广, ⼯ for 工);
 * their compatibility mapping gives the real character. Only that block is mapped: NFKC on the whole
 * text would turn full-width punctuation （，： into ASCII.
 */
export function mendRadicals(text: string): string {
  return text.replace(/[\u2e80-\u2fdf\u2329\u232a\u2015]/g, (c) => SUPPLEMENT[c] ?? SIMPLIFIED[c] ?? PUNCTUATION[c] ?? c.normalize('NFKC'));
}

/** Punctuation a CJK font draws with another code point's glyph: 〈〉 as the angle brackets U+2329/U+232A, — as the bar ―. */
const PUNCTUATION: Record<string, string> = { '\u2329': '〈', '\u232a': '〉', '\u2015': '—' };

/**
 * Kangxi radicals whose compatibility mapping is the traditional form (⼾ → 戶): a simplified-Chinese
 * font draws 户 with the radical's glyph, so the report means the simplified character.
 */
const SIMPLIFIED: Record<string, string> = Object.fromEntries(
  [...'⼾户⾨门⾙贝⾞车⾧长⾵风⾶飞⾺马⿂鱼⿃鸟⿆麦⿈黄⿑齐⿒齿⿓龙⿔龟⾒见⾴页⻜飞⾦金⾔言'].reduce<[string, string][]>(
    (pairs, c, i, all) => (i % 2 === 0 ? [...pairs, [c, all[i + 1]!]] : pairs),
    [],
  ),
);

/**
 * The CJK Radicals Supplement has no compatibility mapping; these are its simplified forms with the
 * character each stands for (Unicode's EquivalentUnifiedIdeograph data), e.g. ⺠ → 民, ⻆ → 角.
 */
const SUPPLEMENT: Record<string, string> = Object.fromEntries(
  [...'⺁厂⺊卜⺌小⺗心⺠民⺡氵⺢水⺣火⺮竹⺶羊⻄西⻅见⻆角⻉贝⻊足⻋车⻓长⻔门⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻢马⻥鱼⻦鸟⻨麦⻩黄⻬齐⻮齿⻰龙⻳龟⻊足⻣骨⻤鬼⺟母'].reduce<[string, string][]>(
    (pairs, c, i, all) => (i % 2 === 0 ? [...pairs, [c, all[i + 1]!]] : pairs),
    [],
  ),
);

export function fragments(source: string): Fragment[] {
  const lines = mendRadicals(source)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((raw, i) => ({ text: raw.replace(/[\u3000\u00a0\t]/g, ' ').replace(/\s+/g, ' ').trim(), line: i + 1 }));
  const out: Fragment[] = [];
  // Text whose paragraphs are set apart by blank lines (the shared text, most copies) breaks lines inside a
  // paragraph only where a PDF viewer or a manual line break happened to wrap: such a break is soft.
  // Told by its headings: in such text (nearly) every 一、 / （一） heading stands between blank lines.
  const headings = lines.map((l, i) => ({ l, i })).filter(({ l }) => (L2.test(l.text) || L3.test(l.text)) && isHeadingLike(l.text));
  const apart = headings.filter(({ i }) => lines[i - 1]?.text === '' && lines[i + 1]?.text === '').length;
  const blankSeparated = headings.length >= 3 && apart >= headings.length * 0.8;
  // Text copied line by line from a PDF viewer has no blank lines: there, a line as wide as the widest ones
  // ran to the margin, so the break after it is a wrap (“…项目购买方（镇人民政府/街道办事处）” / “评估分值占比20%”).
  const widths = lines.filter((l) => l.text !== '').map((l) => displayWidth(l.text)).sort((a, b) => a - b);
  const full = widths[Math.floor(widths.length * 0.9)] ?? Infinity;
  const ranToMargin = (text: string) => widths.length >= 20 && displayWidth(text) >= full * 0.9;
  lines.forEach((l, i) => {
    if (l.text === '') return;
    const previous = lines[i - 1];
    const after = previous !== undefined && previous.text !== '';
    if (after && blankSeparated) out.push({ ...l, soft: true });
    else if (after && ranToMargin(previous.text)) out.push({ ...l, soft: true, wrapped: true });
    else out.push(l);
  });
  return out;
}

/** Columns a line takes: two for a Chinese character or full-width sign, one for ASCII. */
function displayWidth(text: string): number {
  let w = 0;
  for (const c of text) w += c.charCodeAt(0) > 0xff ? 2 : 1;
  return w;
}

/** A glue between two pieces of one line: Chinese has no space at a line end; the template spaces digits and Latin from Chinese. */
export function glue(last: string, first: string): string {
  return (CJK.test(last) && ASCII_ALNUM.test(first)) || (ASCII_ALNUM.test(last) && CJK.test(first)) || (ASCII_ALNUM.test(last) && ASCII_ALNUM.test(first)) ? ' ' : '';
}

const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;

/**
 * Inside a blank-line paragraph, only a line that must start a block breaks it: a label, a bulleted item,
 * the date of the signature, or a numbered item after a line that ends a sentence or is itself an item
 * (mid-sentence “3、4 季度” is not one). After a page break a heading (一、 （一）) starts a block as well,
 * when it reads as one; inside a paragraph it never does, since blank lines set headings apart
 * (“…一号之\n一、虚构中路…” is an address list cut by a wrap).
 */
function startsBlockInside(text: string, previous: string, pageBreak: boolean): boolean {
  if (LABEL.test(text) || DATE_LINE.test(text) || /^[-•·]\s/.test(text)) return true;
  const sentenceEnd = /[。！？；：:]$/.test(previous);
  if (pageBreak && (L2.test(text) || L3.test(text)) && (sentenceEnd || isHeadingLike(text))) return true;
  return NUMBERED.test(text) && (sentenceEnd || NUMBERED.test(previous) || isHeadingLike(previous));
}

/**
 * Join fragments into paragraphs, dropping lines equal to `dropText` (the title repeated at page tops)
 * and page numbers.
 */
export function paragraphs(frags: Fragment[], dropText: ReadonlySet<string>): Paragraph[] {
  const out: Paragraph[] = [];
  let open: Paragraph | null = null;
  let previous: Paragraph | null = null;
  let lastText = '';
  // After a page break (the repeated title or a page number, dropped) the text runs on unless a block starts.
  let pageBreak = false;
  for (const f of frags) {
    // A number on a line of its own inside a paragraph is a wrapped figure (“共配备10名” cut after 10), not a page number.
    if (dropText.has(f.text) || (PAGE_NUMBER.test(f.text) && !f.soft)) {
      pageBreak = true;
      continue;
    }
    // A soft break continues the paragraph even after a sentence end (a wrap right after “。”).
    // A line that cannot start a paragraph (“、虚构二村）”, “。”) or follows an open bracket continues one.
    const continues = previous !== null && (/^[，,。、；;：:！？）)」”’%]/.test(f.text) || unbalanced(previous.text));
    const soft = previous !== null && (((f.soft || pageBreak) && !startsBlockInside(f.text, lastText, pageBreak || f.wrapped === true)) || continues);
    pageBreak = false;
    if (soft && !open) open = previous;
    if (open && (soft || !startsBlock(f.text))) {
      const g = glue(open.text.at(-1) ?? '', f.text[0] ?? '');
      open.parts.push({ offset: open.text.length + g.length, line: f.line });
      open.text += g + f.text;
    } else {
      open = { text: f.text, line: f.line, parts: [{ offset: 0, line: f.line }] };
      out.push(open);
    }
    previous = open;
    lastText = f.text;
    if (endsBlock(open.text)) open = null;
  }
  return out;
}
