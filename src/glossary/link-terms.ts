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

/**
 * Split text into plain pieces and glossary terms, marking only the first occurrence of each
 * term. `seen` carries term ids already linked earlier on the same page and is updated, so a
 * page that renders many strings links each term once.
 */
export function linkTerms(text: string, seen: Set<string> = new Set()): TextSegment[] {
  const segments: TextSegment[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < text.length) {
    const hit = NEEDLES.find(({ needle, term }) => !seen.has(term.id) && text.startsWith(needle, i));
    if (!hit) {
      i += 1;
      continue;
    }
    if (i > plainStart) segments.push({ text: text.slice(plainStart, i) });
    segments.push({ text: hit.needle, term: hit.term });
    seen.add(hit.term.id);
    i += hit.needle.length;
    plainStart = i;
  }
  if (plainStart < text.length) segments.push({ text: text.slice(plainStart) });
  return segments;
}
