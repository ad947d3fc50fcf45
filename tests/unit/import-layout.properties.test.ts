// Layout does not change what a report says: line breaks inside paragraphs (as text copied out of a PDF
// viewer, or Word's manual line breaks, has them) and page breaks (a blank line, the repeated page title,
// a blank line) at any position leave the imported frontmatter as it is. Breaks fall only where a line can
// wrap: not inside a number or a Latin word. The shrunk counterexamples that were fixed stay as cases.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/index.ts';
import { knownRuleSets } from '../../src/import/known-rules.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const REPORTS = {
  流花街: resolve(ROOT, '../shared/reports/liuhua-2023-2024-final.txt'),
  虚构镇: resolve(ROOT, 'tests/fixtures/import/虚构镇-2024-2025-interim.txt'),
  虚构乙街: resolve(ROOT, 'tests/fixtures/import/虚构乙街-2023-2024-final.txt'),
};
const STATIONS = [{ id: 'liuhua', name: '广州市流花街社工服务站', district: '越秀区' }];

function frontmatter(text: string) {
  const r = importReport(text, { ruleSets: knownRuleSets(), stations: STATIONS });
  if (!r.ok) throw new Error(r.message);
  return r.data;
}

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

describe.each(Object.entries(REPORTS))('%s', (_, file) => {
  const source = readFileSync(file, 'utf8');
  const expected = frontmatter(source);
  const points = breakPoints(source);
  const title = source.split('\n').find((l) => l.trim() !== '')!.trim();
  const pick = fc.array(fc.integer({ min: 0, max: points.length - 1 }), { minLength: 1, maxLength: 12 }).map((is) => is.map((i) => points[i]!));

  it('line breaks inside paragraphs do not change the frontmatter', () => {
    fc.assert(fc.property(pick, (at) => {
      expect(frontmatter(insertAt(source, at, '\n'))).toEqual(expected);
    }), { numRuns: 60 });
  });

  it('a page break (blank line, page title, blank line) anywhere inside a paragraph does not change the frontmatter', () => {
    fc.assert(fc.property(pick.map((a) => a.slice(0, 3)), (at) => {
      expect(frontmatter(insertAt(source, at, `\n\n${title}\n\n`))).toEqual(expected);
    }), { numRuns: 60 });
  });

  it('every line break at once (one character a line) does not change the frontmatter', () => {
    expect(frontmatter(insertAt(source, points, '\n'))).toEqual(expected);
  });
});
