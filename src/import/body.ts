/**
 * The MDX body from the blocks: `##`/`###`/`####` headings, `<Findings>` with a blank line inside each
 * tag, Markdown lists with the report's numbers, paragraphs. The cover and the signature are not part of
 * the blocks. Text is written as printed; only characters MDX would read as code are escaped. Pure.
 */
import type { Block } from './structure.ts';

/** `{`, `}` and `<` start expressions and tags in MDX; a backslash makes them text. */
export function escapeMdx(text: string): string {
  return text.replace(/[{}<>]/g, (c) => `\\${c}`);
}

function listLines(items: { text: string }[], ordered: boolean): string[] {
  return items.map((item, i) => (ordered ? `${i + 1}. ` : '- ') + escapeMdx(item.text));
}

export function renderBody(list: Block[]): string {
  const parts: string[] = [];
  for (const b of list) {
    switch (b.kind) {
      case 'heading':
        parts.push(`${'#'.repeat(b.level)} ${escapeMdx(b.text)}`);
        break;
      case 'paragraph':
        parts.push(escapeMdx(b.text));
        break;
      case 'list':
        parts.push(listLines(b.items, b.ordered).join('\n'));
        break;
      case 'findings': {
        const attrs = `kind="${b.tone}"${b.numbering === 'paren' ? ' numbering="paren"' : ''}`;
        const inner = [...(b.items.length ? [listLines(b.items, true).join('\n')] : []), ...b.paragraphs.map((p) => escapeMdx(p.text))];
        parts.push(`<Findings ${attrs}>\n\n${inner.join('\n\n')}\n\n</Findings>`);
        break;
      }
    }
  }
  return `${parts.join('\n\n')}\n`;
}
