// The build's memory stays flat as the archive grows only while no report is a module of the server build
// (src/reports/body.ts, docs/explanation/performance.md). Astro lists the content entries it bundles as modules in
// .astro/content-modules.mjs, written by the build this suite runs after; a report there means the reports
// loader's entry-type override stopped working (an Astro upgrade, say) and every report is bundled again.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LIST = '.astro/content-modules.mjs';

describe('report bodies are not bundled as modules', () => {
  it('the build lists no content module from content/reports/', () => {
    expect(existsSync(LIST), `${LIST} is missing: run npm run build first`).toBe(true);
    const list = readFileSync(LIST, 'utf8');
    expect(list.startsWith('export default new Map(')).toBe(true);
    expect(list).not.toMatch(/\.mdx/);
  });
});
