/**
 * A report file's two parts: the YAML frontmatter between its `---` lines and the MDX body after them.
 * The content checks read the YAML for line numbers, the body renderer and the figure check read the body;
 * all of them split the file here. Pure.
 */
export interface ReportFileParts {
  /** The frontmatter's YAML, without its `---` lines ('' when the file has none). */
  yaml: string;
  /** Everything after the frontmatter. */
  body: string;
  /** How many lines the frontmatter took, `---` lines included: the body's line 1 is the file's line lineOffset + 1. */
  lineOffset: number;
}

export function splitReportFile(source: string): ReportFileParts {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  const front = m?.[0] ?? '';
  return { yaml: m?.[1] ?? '', body: source.slice(front.length), lineOffset: front.split('\n').length - 1 };
}
