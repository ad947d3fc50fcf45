import { linkTerms } from './link-terms.ts';
import { glossaryHref } from './terms.ts';

// Text inside these elements is never linked: links and controls, headings and labels, code.
const SKIP = new Set([
  'a', 'button', 'script', 'style', 'template', 'textarea', 'select', 'option', 'code', 'pre', 'svg', 'title',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'label', 'legend', 'caption', 'dt', 'th',
]);
// Where a script or style ends, found case-blind without lower-casing the whole page per element.
const RAW_TEXT_END: Record<'script' | 'style', RegExp> = { script: /<\/script/gi, style: /<\/style/gi };
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Link the first occurrence of each glossary term in rendered HTML, in document order, to
 * /glossary/#id. Only text between tags changes; text inside links, headings, labels, table
 * headers, code, scripts and any element marked data-no-glossary is left alone.
 */
export function linkTermsInHtml(html: string, seen: Set<string> = new Set()): string {
  let out = '';
  // Open skipped elements, innermost last; text is linked only when this is empty.
  const skipped: string[] = [];
  // A tag, reading quoted attribute values whole: an island's props may hold ">" and term words.
  const tag = /<!--[\s\S]*?-->|<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:"[^"]*"|'[^']*'|[^'">])*>/g;
  let last = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    out += text(html.slice(last, m.index));
    last = tag.lastIndex;
    out += m[0];
    const name = m[1]?.toLowerCase();
    if (!name) continue; // a comment
    const closing = m[0].startsWith('</');
    const selfClosing = m[0].endsWith('/>') || VOID.has(name);
    if (closing) {
      if (skipped[skipped.length - 1] === name) skipped.pop();
    } else if (!selfClosing && (skipped.length > 0 ? name === skipped[skipped.length - 1] : SKIP.has(name) || /\sdata-no-glossary\b/.test(m[0]))) {
      // Inside a skipped element only a nested element of the same name deepens the skip.
      skipped.push(name);
    }
    if (name === 'script' || name === 'style') {
      // Raw text: jump to the closing tag so a "<" in code is not read as a tag.
      if (!closing) {
        const closer = RAW_TEXT_END[name];
        closer.lastIndex = last;
        const stop = closer.exec(html)?.index ?? html.length;
        out += html.slice(last, stop);
        last = tag.lastIndex = stop;
      }
    }
  }
  out += text(html.slice(last));
  return out;

  function text(t: string): string {
    if (t === '' || skipped.length > 0) return t;
    return linkTerms(t, seen)
      .map((s) => (s.term ? `<a class="term" href="${glossaryHref(s.term)}">${s.text}</a>` : s.text))
      .join('');
  }
}
