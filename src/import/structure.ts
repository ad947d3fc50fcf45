/**
 * The report's body as blocks: headings by level (一、 → 2, （一） → 3, 1. → 4), 值得肯定的地方 /
 * 需要关注的地方 findings with their numbering style, numbered and bulleted lists, paragraphs. Each block
 * knows the section it sits in, so figures can be looked for where the template puts them. Pure.
 */
import { FINDINGS_LABEL } from '../wording/phrases.ts';
import { isHeadingLike, L2, L3, LABEL, NUMBERED, type Paragraph } from './text.ts';

export type Numbering = 'dot' | 'paren';

export interface Item {
  /** The item's text without its number. */
  text: string;
  para: Paragraph;
}

export type Block =
  | { kind: 'heading'; level: 2 | 3 | 4; text: string; para: Paragraph; section: string[] }
  | { kind: 'findings'; tone: 'positive' | 'concern'; numbering: Numbering; items: Item[]; paragraphs: Item[]; para: Paragraph; section: string[] }
  | { kind: 'list'; ordered: boolean; items: Item[]; para: Paragraph; section: string[] }
  | { kind: 'paragraph'; text: string; para: Paragraph; section: string[] };

const ZONE_LINE = /^[^：，。\s]{1,12}片区[：:]/;

function numberingOf(text: string): Numbering | null {
  const m = NUMBERED.exec(text);
  if (!m) return null;
  return m[2] !== undefined ? 'paren' : 'dot';
}

export function blocks(paras: Paragraph[]): Block[] {
  const out: Block[] = [];
  // Heading texts of the enclosing sections, [level 2, level 3, level 4].
  const section: string[] = [];
  let findings: Extract<Block, { kind: 'findings' }> | null = null;
  let list: Extract<Block, { kind: 'list' }> | null = null;
  let inAttachments = false;
  const here = () => [...section];
  const close = () => {
    findings = null;
    list = null;
  };
  const heading = (level: 2 | 3 | 4, text: string, para: Paragraph) => {
    close();
    section.length = level - 2;
    section[level - 2] = text;
    out.push({ kind: 'heading', level, text, para, section: here() });
  };

  for (const para of paras) {
    const t = para.text;
    const label = LABEL.exec(t);
    if (label?.[1] === '附件') {
      heading(2, '附件', para);
      inAttachments = true;
      continue;
    }
    if (L2.test(t) && isHeadingLike(t)) {
      inAttachments = false;
      heading(2, t, para);
      continue;
    }
    if (L3.test(t) && isHeadingLike(t.replace(L3, ''))) {
      heading(3, t, para);
      continue;
    }
    if (label) {
      close();
      const tone = label[1] === FINDINGS_LABEL.positive ? 'positive' : 'concern';
      // A block with no numbered items takes the numbering of the section's other findings.
      const previous = [...out].reverse().find((b) => b.kind === 'heading' || b.kind === 'findings');
      const inherited = previous?.kind === 'findings' ? previous.numbering : 'dot';
      findings = { kind: 'findings', tone, numbering: inherited, items: [], paragraphs: [], para, section: here() };
      out.push(findings);
      continue;
    }
    const numbering = numberingOf(t);
    if (numbering === 'dot' && !inAttachments && isHeadingLike(t.replace(NUMBERED, '')) ) {
      const m = NUMBERED.exec(t)!;
      heading(4, `${m[1]}. ${t.slice(m[0].length)}`, para);
      continue;
    }
    if (findings) {
      const f = findings as Extract<Block, { kind: 'findings' }>;
      if (numbering) {
        if (f.items.length === 0) f.numbering = numbering;
        f.items.push({ text: t.replace(NUMBERED, ''), para });
      } else {
        f.paragraphs.push({ text: t, para });
      }
      continue;
    }
    const bullet = ZONE_LINE.test(t);
    if (numbering || bullet) {
      const ordered = !!numbering;
      if (!list || list.ordered !== ordered) {
        list = { kind: 'list', ordered, items: [], para, section: here() };
        out.push(list);
      }
      list.items.push({ text: ordered ? t.replace(NUMBERED, '') : t, para });
      continue;
    }
    list = null;
    out.push({ kind: 'paragraph', text: t, para, section: here() });
  }
  return out;
}

/** The plain text of a block, as the body prints it. */
export function blockTexts(b: Block): { text: string; para: Paragraph }[] {
  switch (b.kind) {
    case 'heading':
    case 'paragraph':
      return [{ text: b.text, para: b.para }];
    case 'findings':
      return [...b.items, ...b.paragraphs];
    case 'list':
      return b.items;
  }
}
