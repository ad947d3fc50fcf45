// A report's top-level frontmatter fields read without parsing the whole YAML: the build reads a few of them from
// every report before Astro starts (scripts/build/cache.ts), where a YAML parse of
// thousands of reports would cost seconds. Astro's schema checks the same fields properly during the build.

/** The frontmatter block of an MDX file (between the opening and the closing `---`). */
export function frontmatter(text: string): string {
  return text.slice(0, text.indexOf('\n---', 3) + 1);
}

/** A top-level scalar field of the frontmatter, unquoted; undefined when it is not there. */
export function frontmatterField(text: string, name: string): string | undefined {
  return new RegExp(`^${name}:\\s*["']?([^"'\\n]+?)["']?\\s*$`, 'm').exec(frontmatter(text))?.[1];
}
