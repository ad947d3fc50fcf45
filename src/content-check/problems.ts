/**
 * Content errors as an author can act on them: one line each, `file:line: field: message`, with the
 * frontmatter line of the field (or of its parent when the field is missing), field paths in one style
 * (`indicators[0].statedRate`), and no stack trace. Pure, apart from the error it builds.
 */
import { isMap, isSeq, parseDocument, type Node } from 'yaml';
import { splitReportFile } from '../reports/frontmatter.ts';

export interface ContentProblem {
  file: string;
  line: number;
  field: string;
  message: string;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('') || '（整个文件）';
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}: ${p.field}: ${p.message}`;
}

/** The YAML of a file: the frontmatter of an .mdx (starting on line 2), or the whole of a .yaml. */
export function yamlPart(source: string, isMdx: boolean): { yaml: string; firstLine: number } {
  if (!isMdx) return { yaml: source, firstLine: 1 };
  return { yaml: splitReportFile(source).yaml, firstLine: 2 };
}

/** A function from a field path to the file line that holds it (or its nearest present parent). */
export function lineFinder(source: string, isMdx: boolean): (path: readonly PropertyKey[]) => number {
  const { yaml, firstLine } = yamlPart(source, isMdx);
  // Parsed only when a problem needs a line: a valid file (nearly all of them) costs nothing here.
  let doc: ReturnType<typeof parseDocument> | null = null;
  const lineOf = (offset: number) => firstLine + (yaml.slice(0, offset).match(/\n/g)?.length ?? 0);
  return (path) => {
    doc ??= parseDocument(yaml);
    let node: Node | null = doc.contents as Node | null;
    let offset = node?.range?.[0] ?? 0;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else break;
    }
    return lineOf(offset);
  };
}

/** An error that prints as its lines only: Astro shows no stack trace for an error without one. */
export function contentError(title: string, lines: string[]): Error {
  const error = new Error(`${title}（${lines.length} 处）：\n${lines.join('\n')}`);
  error.stack = '';
  return error;
}
