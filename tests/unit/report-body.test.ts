// A report body as the report page shows it: rendered from its MDX file by src/reports/body.ts. Checked on
// the real 流花街 report (every heading, every findings block, every list) and on small fictional bodies.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportBodyHtml, reportBodyProblems } from '../../src/reports/body.ts';
import { splitReportFile } from '../../src/reports/frontmatter.ts';
import { FINDINGS_LABEL } from '../../src/wording/phrases.ts';

const REAL = 'content/reports/liuhua/2023-2024-final.mdx';
const source = readFileSync(REAL, 'utf8');
const { body } = splitReportFile(source);

describe('the real report body', () => {
  const { html, headings } = reportBodyHtml(source, REAL);

  it('has no problems', () => {
    expect(reportBodyProblems(source)).toEqual([]);
  });

  it('every Markdown heading becomes a heading with an id, listed for the contents in order', () => {
    const written = body.split('\n').filter((l) => /^#{1,6} /.test(l)).map((l) => ({ depth: l.indexOf(' '), text: l.replace(/^#+ /, '').trim() }));
    expect(headings.map(({ depth, text }) => ({ depth, text }))).toEqual(written);
    for (const h of headings) expect(html).toContain(`<h${h.depth} id="${h.slug}">${h.text}</h${h.depth}>`);
    // Ids as Astro's MDX made them (github-slugger): punctuation dropped, Chinese kept, repeats numbered.
    expect(headings[0]!.slug).toBe('一社工站基本情况');
    expect(new Set(headings.map((h) => h.slug)).size).toBe(headings.length);
  });

  it('every <Findings> block becomes a labelled block of its kind and numbering, with its list or paragraph inside', () => {
    const opened = [...body.matchAll(/<Findings kind="(positive|concern)"(?: numbering="(paren)")?>/g)];
    const blocks = [...html.matchAll(/<div class="findings (positive|concern) (dot|paren)" data-search-passage="[a-z]+" data-pagefind-ignore=""><p class="findings-label"><span class="marker" aria-hidden="true">(.)<\/span>([^<]+)<\/p>\s*<(?:ol|p)>/g)];
    expect(blocks).toHaveLength(opened.length);
    blocks.forEach((b, i) => {
      const kind = opened[i]![1] as 'positive' | 'concern';
      expect(b[1]).toBe(kind);
      expect(b[2]).toBe(opened[i]![2] ?? 'dot');
      expect(b[3]).toBe(kind === 'positive' ? '＋' : '！');
      expect(b[4]).toBe(`${FINDINGS_LABEL[kind]}：`);
    });
    expect(html).not.toMatch(/<\/?Findings|mdxJsx/);
  });

  it('keeps the text: every list item and paragraph of the file is in the HTML', () => {
    const items = body.split('\n').filter((l) => /^\d+\. /.test(l)).map((l) => l.replace(/^\d+\. /, '').trim());
    expect(items.length).toBeGreaterThan(40);
    for (const item of items) expect(html).toContain(`<li>${item}</li>`);
  });
});

describe('fictional bodies', () => {
  const file = 'content/reports/xugou-1/2023-2024-final.mdx';
  const front = '---\ntitle: 虚构\n---\n';

  it('a repeated heading gets a numbered id, as github-slugger numbers it', () => {
    const { headings } = reportBodyHtml(`${front}\n## 附件\n\n## 附件\n`, file);
    expect(headings.map((h) => h.slug)).toEqual(['附件', '附件-1']);
  });

  it('a body the content check would reject fails the page, naming the file and line', () => {
    expect(() => reportBodyHtml(`${front}\n<Chart />\n`, file)).toThrow(`${file}:5: 正文: 报告正文只能使用 <Findings> 组件，不能使用 <Chart>`);
  });

  it('an import line and a numbering the site does not have are problems; a file with no frontmatter counts from line 1', () => {
    expect(reportBodyProblems('import X from "./x.js";\n\n<Findings kind="positive" numbering="roman">\n\n1. 一项\n\n</Findings>\n')).toEqual([
      { line: 1, message: '报告正文不能含有 import / export 语句' },
      { line: 3, message: '<Findings> 的 numbering 应为 "dot"（1.）或 "paren"（（1））' },
    ]);
  });
});
