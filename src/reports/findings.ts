/**
 * A report's findings as points: every item (or paragraph) of every <Findings> block of its body, with its
 * kind (positive 值得肯定 / concern 需要关注) and the heading it stands under (三、监督方评估 …). Read from the
 * report's own file, as the page renders it (./body.ts), so it works the same on hand-written and imported
 * reports (the importer writes the same <Findings> blocks: numbered items, then any paragraphs). Pure apart
 * from Sätteri.
 */
import type { Root, RootContent } from 'hast';
import { mdxToHast } from 'satteri';
import type { FindingsKind } from '../wording/phrases.ts';
import { splitReportFile } from './frontmatter.ts';

export interface FindingPoint {
  kind: FindingsKind;
  /** The nearest heading above the block. */
  section: string;
  text: string;
}

type Node = Root | RootContent;

function textOf(node: Node): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** The points of one block: each item of its lists, and each paragraph outside them. */
function points(children: readonly RootContent[]): string[] {
  const out: string[] = [];
  for (const c of children) {
    if (c.type !== 'element') continue;
    if (c.tagName === 'ol' || c.tagName === 'ul') {
      for (const li of c.children) if (li.type === 'element' && li.tagName === 'li') out.push(textOf(li));
    } else if (c.tagName === 'p') out.push(textOf(c));
  }
  return out.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** A <Findings> block as the content check lets it be written: its tags on lines of their own. */
const BLOCK = /^<Findings\b([^>]*)>[ \t]*$([\s\S]*?)^<\/Findings>[ \t]*$/gm;
const HEADING = /^#{1,6}[ \t]+(.+?)[ \t#]*$/gm;

/**
 * Only the blocks are parsed as Markdown, not the whole body: the themes page reads every report, and a block
 * is a tenth of a body. The heading above a block is read from the lines before it.
 */
export function reportFindings(source: string): FindingPoint[] {
  const { body } = splitReportFile(source);
  const headings = [...body.matchAll(HEADING)].map((m) => ({ at: m.index, text: m[1]!.replace(/[*_`\\]/g, '').trim() }));
  const out: FindingPoint[] = [];
  for (const m of body.matchAll(BLOCK)) {
    const kind: FindingsKind = /\bkind="concern"/.test(m[1]!) ? 'concern' : 'positive';
    const section = headings.filter((h) => h.at < m.index).at(-1)?.text ?? '';
    const tree = mdxToHast(m[2]!, { features: { gfm: true, smartPunctuation: true }, position: false }) as Root;
    for (const text of points(tree.children)) out.push({ kind, section, text });
  }
  return out;
}
