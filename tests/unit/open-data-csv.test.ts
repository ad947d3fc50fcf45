import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, parseCsv, toCsv } from '../../src/open-data/csv.ts';

describe('CSV for Excel', () => {
  it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
    const csv = toCsv(['社工站', '总分'], [['流花街', 83.62]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv).toBe(`${BOM}社工站,总分\r\n流花街,83.62\r\n`);
  });

  it('quotes cells with commas, quotes, line breaks or edge spaces, and writes 是/否 and empty cells', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('说“好”"')).toBe('"说“好”"""');
    expect(csvCell('两\n行')).toBe('"两\n行"');
    expect(csvCell(' 前空格')).toBe('" 前空格"');
    expect(csvCell(true)).toBe('是');
    expect(csvCell(false)).toBe('否');
    expect(csvCell(null)).toBe('');
    expect(csvCell(-3.5)).toBe('-3.5');
  });

  it('parses back exactly what it wrote, whatever the text', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '社', ',', '"', '\n', '\r', ' ', '，', '1') });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 4 }), fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { maxLength: 5 }), (header, rows) => {
        const width = header.length;
        const body = rows.map((r) => r.slice(0, width));
        expect(parseCsv(toCsv(header, body))).toEqual([header, ...body]);
      }),
    );
  });
});
