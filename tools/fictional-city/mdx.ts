// How a fictional station or report is written to a file: YAML a build reads, and the MDX of a report.

/** YAML for the frontmatter: one top-level key a line, each value in JSON (a subset of YAML). */
export function frontmatterYaml(data: Record<string, unknown>): string {
  return Object.entries(data)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
}

/** A report file: the frontmatter, then the body. */
export function mdx(data: Record<string, unknown>, body: string): string {
  return `---\n${frontmatterYaml(data)}\n---\n\n${body}`;
}
