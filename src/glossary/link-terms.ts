import { GLOSSARY, type GlossaryTerm } from './terms.ts';

export interface TextSegment {
  text: string;
  /** Set when this piece of text is a glossary term to link. */
  term?: GlossaryTerm;
}

// Every spelling of every term, longest first, so "红棉守护热线" wins over "红棉守护".
const NEEDLES: readonly { needle: string; term: GlossaryTerm }[] = GLOSSARY.flatMap((term) =>
  [term.term, ...(term.aliases ?? [])].map((needle) => ({ needle, term })),
).sort((a, b) => b.needle.length - a.needle.length);

// One pattern for every spelling, longest first: a single regex scan finds the next place any term
// starts, instead of trying every spelling at every character (which dominated report rendering).
const ANY_NEEDLE = new RegExp(NEEDLES.map(({ needle }) => needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
const TERM_COUNT = new Set(NEEDLES.map(({ term }) => term.id)).size;

/**
 * Split text into plain pieces and glossary terms, marking only the first occurrence of each
 * term. `seen` carries term ids already linked earlier on the same page and is updated, so a
 * page that renders many strings links each term once.
 */
export function linkTerms(text: string, seen: Set<string> = new Set()): TextSegment[] {
  const segments: TextSegment[] = [];
  let plainStart = 0;
  const scan = new RegExp(ANY_NEEDLE);
  // Once every term is linked, the rest of the page is plain text.
  for (let m = scan.exec(text); m && seen.size < TERM_COUNT; m = scan.exec(text)) {
    const i = m.index;
    // Some spelling starts here; take the longest whose term is not linked yet.
    const hit = NEEDLES.find(({ needle, term }) => !seen.has(term.id) && text.startsWith(needle, i));
    if (!hit) {
      scan.lastIndex = i + 1;
      continue;
    }
    if (i > plainStart) segments.push({ text: text.slice(plainStart, i) });
    segments.push({ text: hit.needle, term: hit.term });
    seen.add(hit.term.id);
    plainStart = scan.lastIndex = i + hit.needle.length;
  }
  if (plainStart < text.length) segments.push({ text: text.slice(plainStart) });
  return segments;
}
