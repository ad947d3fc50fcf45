/**
 * A report's findings as points: every item (or paragraph) of every <Findings> block of its body, with its
 * kind (positive 值得肯定 / concern 需要关注) and the heading it stands under (三、监督方评估 …). Read from the
 * report's own file, so it works the same on hand-written and imported reports (the importer writes the same
 * <Findings> blocks: numbered items, then any paragraphs).
 *
 * Read as lines, not parsed as MDX: the themes page reads every report, and parsing each block with Sätteri
 * took about 7 ms a report (about 25 s at 3,500 reports; read as lines: under 1 ms). A block holds only lists and paragraphs (the content check
 * refuses anything else in it), so a point is a list item (its marker line and the lines under it) or a
 * paragraph; Markdown's inline marks and MDX's backslash escapes are taken off its text. Pure.
 */
import type { FindingsKind } from '../wording/phrases.ts';
import { splitReportFile } from './frontmatter.ts';

export interface FindingPoint {
  kind: FindingsKind;
  /** The nearest heading above the block. */
  section: string;
  text: string;
}

/** A Findings block: its tags on lines of their own, as the content check and the importer have them. */
const BLOCK = /^<Findings\b([^>]*)>[ \t]*$([\s\S]*?)^<\/Findings>[ \t]*$/gm;
const HEADING = /^#{1,6}[ \t]+(.+?)[ \t#]*$/gm;
/** A list item's marker: 1. 1) - * + */
const MARKER = /^\s{0,3}(?:\d{1,3}[.)]|[-*+])\s+/;

/** Text as read: links to their words, emphasis and code marks and backslash escapes off, spaces collapsed. */
function plain(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|`)/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>"'])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The points of one block: each list item, and each paragraph outside the lists. */
function points(block: string): string[] {
  const out: string[] = [];
  for (const chunk of block.split(/\n[ \t]*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    if (!MARKER.test(lines[0]!)) {
      out.push(lines.join(' '));
      continue;
    }
    for (const line of lines) {
      if (MARKER.test(line)) out.push(line.replace(MARKER, ''));
      else out[out.length - 1] += ` ${line}`;
    }
  }
  return out.map(plain).filter(Boolean);
}

export function reportFindings(source: string): FindingPoint[] {
  const { body } = splitReportFile(source);
  const headings = [...body.matchAll(HEADING)].map((m) => ({ at: m.index, text: plain(m[1]!) }));
  const out: FindingPoint[] = [];
  for (const m of body.matchAll(BLOCK)) {
    const kind: FindingsKind = /\bkind="concern"/.test(m[1]!) ? 'concern' : 'positive';
    const section = headings.filter((h) => h.at < m.index).at(-1)?.text ?? '';
    for (const text of points(m[2]!)) out.push({ kind, section, text });
  }
  return out;
}
