// Layout does not change what a report says: line breaks inside paragraphs (as text copied out of a PDF
// viewer, or Word's manual line breaks, has them) and page breaks (a blank line, the repeated page title,
// a blank line) at any position leave the imported frontmatter as it is. Breaks fall only where a line can
// wrap: not inside a number or a Latin word. The shrunk counterexamples that were fixed stay as cases.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportParagraphs } from '../fixtures/import/layouts.ts';
import { IMPORT_REPORTS as REPORTS, imported } from '../harness/import-reports.ts';

const frontmatter = (text: string) => imported(text).data;

/** Where a break may go: offsets into the source inside a body paragraph line, not inside a number or word. */
function breakPoints(source: string): number[] {
  const lines = source.split('\n');
  const firstHeading = lines.findIndex((l) => /^[一二三四五六七八九十]+、/.test(l));
  const points: number[] = [];
  let offset = 0;
  lines.forEach((line, i) => {
    // Body paragraphs long enough to wrap; the cover and the signature lines are short and never wrap.
    if (i > firstHeading && line.trim().length > 20) {
      for (let k = 1; k < line.length; k++) {
        // Not inside a number or a Latin word, and not before a space (a line is never just a space).
        if (/[\x21-\x7e]/.test(line[k - 1]!) && /[\x21-\x7e]/.test(line[k]!)) continue;
        if (/\s/.test(line[k]!)) continue;
        points.push(offset + k);
      }
    }
    offset += line.length + 1;
  });
  return points;
}

const insertAt = (text: string, at: number[], what: string) =>
  [...new Set(at)].sort((a, b) => b - a).reduce((t, p) => t.slice(0, p) + what + t.slice(p), text);

describe.each(Object.entries(REPORTS))('%s', { timeout: 60_000 }, (_, file) => {
  const source = readFileSync(file, 'utf8');
  const expected = frontmatter(source);
  const points = breakPoints(source);
  const title = source.split('\n').find((l) => l.trim() !== '')!.trim();
  const pick = fc.array(fc.integer({ min: 0, max: points.length - 1 }), { minLength: 1, maxLength: 12 }).map((is) => is.map((i) => points[i]!));

  it('line breaks inside paragraphs do not change the frontmatter', () => {
    fc.assert(fc.property(pick, (at) => {
      expect(frontmatter(insertAt(source, at, '\n'))).toEqual(expected);
    }), { numRuns: Number(process.env.IMPORT_RUNS ?? 60) });
  });

  it('a page break (blank line, page title, blank line) anywhere inside a paragraph does not change the frontmatter', () => {
    fc.assert(fc.property(pick.map((a) => a.slice(0, 3)), (at) => {
      expect(frontmatter(insertAt(source, at, `\n\n${title}\n\n`))).toEqual(expected);
    }), { numRuns: Number(process.env.IMPORT_RUNS ?? 60) });
  });

  it('every line break at once (one character a line, where a line may wrap) does not change the frontmatter', () => {
    expect(frontmatter(insertAt(source, points, '\n'))).toEqual(expected);
  });
});

/** Shrunk counterexamples fast-check found, fixed, kept: [report, what is inserted, before which text]. */
const REGRESSIONS: [keyof typeof REPORTS, 'line' | 'page', string, string][] = [
  // A heading cut after its open bracket, then the page title: the bracket was never closed.
  ['虚构镇', 'page', '1.东片区社工点服务情况（虚构一村', '、虚构二村）'],
  // Cut after “；” in the indicator sentence: the rest of the indicators were lost.
  ['虚构镇', 'page', '90.00%；', '完成咨询个案'],
  // Cut after “：”: the total on the next page was lost.
  ['虚构镇', 'page', '以上四项总得分：', '80.00 分'],
  // Cut after “。” inside a finding: its second half became a paragraph of its own, its figures lost.
  ['虚构乙街', 'page', '在服务对象的困难问题和社区的需求方面有探索。', '在社区参与中'],
  // A lone figure on its line (“共配备10名…，2” / “名非持证社工”) was dropped as a page number.
  ['虚构镇', 'line', '共配备10名持证社工，', '2名非持证社工'],
  // “之” / “一、虚构中路…”: a wrapped address list read as a chapter heading.
  ['虚构乙街', 'line', '虚构丁一街一号之', '一、虚构中路'],
  ['虚构乙街', 'page', '虚构丁一街一号之', '一、虚构中路'],
];

describe('regressions', () => {
  it.each(REGRESSIONS)('%s: a %s break between “%s” and “%s”', (report, kind, before, after) => {
    const source = readFileSync(REPORTS[report], 'utf8');
    const at = source.indexOf(before + after);
    expect(at).toBeGreaterThan(0);
    const title = source.split('\n').find((l) => l.trim() !== '')!.trim();
    const cut = at + before.length;
    const changed = source.slice(0, cut) + (kind === 'line' ? '\n' : `\n\n${title}\n\n`) + source.slice(cut);
    expect(frontmatter(changed)).toEqual(frontmatter(source));
  });
});

/** Columns a character takes in a viewer's monospace copy. */
const columns = (c: string) => (c.charCodeAt(0) > 0xff ? 2 : 1);

/** Every paragraph wrapped at `width` columns and no blank line anywhere: text copied line by line from a PDF viewer. */
function viewerCopy(text: string, width: number): string {
  return reportParagraphs(text)
    .flatMap((p) => {
      const lines: string[] = [];
      let line = '';
      let used = 0;
      for (const c of p) {
        const inWord = /[\x21-\x7e]/.test(line.at(-1) ?? '') && /[\x21-\x7e]/.test(c);
        if (used + columns(c) > width && !inWord) {
          lines.push(line);
          line = '';
          used = 0;
        }
        line += c;
        used += columns(c);
      }
      return [...lines, line];
    })
    .join('\n');
}

describe('text copied from a PDF viewer, without blank lines: a line as wide as the widest wrapped', () => {
  it.each(Object.entries(REPORTS).flatMap(([report, file]) => [40, 57, 80].map((w) => [report, w, file] as const)))('%s wrapped at %i columns', (_, width, file) => {
    const source = readFileSync(file, 'utf8');
    expect(frontmatter(viewerCopy(source, width))).toEqual(frontmatter(source));
  });
});
