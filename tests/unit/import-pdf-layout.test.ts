// A PDF's paragraphs from where its text items stand (src/import/pdf-layout.ts), on made-up pages: a line
// that runs to the margin wraps, one that ends short ends its paragraph; running headers, footers and page
// numbers go by position and repetition; a heading that opens several pages stays; a page whose items have
// no position is named.
import { describe, expect, it } from 'vitest';
import { dropRunningLines, layoutText, pageLines, type PdfItem, type PdfLine } from '../../src/import/pdf-layout.ts';

const SIZE = 10;
/** A line of CJK text at baseline y, starting at x (each character SIZE wide). */
const line = (text: string, y: number, page = 1, x = 50): PdfLine => ({ text, x0: x, x1: x + [...text].length * SIZE, y, size: SIZE, page });
/** A 30-character column from x = 50 to 350. */
const FULL = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十';

describe('layoutText', () => {
  it('joins a line that runs to the margin with the next; a short line ends its paragraph', () => {
    const page = [line(FULL, 700), line('项目购买方（镇人民政府/街道办事处）', 685), line('评估分值占比20%。', 670), line('下一段。', 655)];
    // The second line ends short of the margin (room for more), so it ends a paragraph.
    expect(layoutText([page]).split('\n\n')).toEqual([`${FULL}项目购买方（镇人民政府/街道办事处）`, '评估分值占比20%。', '下一段。']);
  });

  it('a wrap right after “）” is a wrap when the line is full: the weights sentence stays whole', () => {
    const first = `${FULL.slice(0, 12)}项目购买方（镇人民政府/街道办事处）`;
    const full = { ...line(first, 700), x1: 350 };
    expect(layoutText([[full, line('评估分值占比20%。', 685)]])).toBe(`${first}评估分值占比20%。`);
  });

  it('a wider gap, an indent or a numbered item after a sentence end starts a paragraph even after a full line', () => {
    const a = [line(FULL, 700), line(FULL, 685), line(FULL, 660)];
    expect(layoutText([a]).split('\n\n')).toHaveLength(2);
    const b = [line(FULL, 700), line(FULL, 685), line('新段落', 670, 1, 70)];
    expect(layoutText([b]).split('\n\n')).toEqual([FULL + FULL, '新段落']);
    const c = [line(FULL, 700), { ...line(`${FULL.slice(0, 29)}。`, 685) }, line('2.下一项。', 670)];
    expect(layoutText([c]).split('\n\n')).toEqual([`${FULL}${FULL.slice(0, 29)}。`, '2.下一项。']);
  });

  it('runs a paragraph on across a page break, the running header, footer and page numbers dropped', () => {
    /** Full lines of different text on every page. */
    const full = (n: number) => FULL.slice(n) + FULL.slice(0, n);
    const pages = [1, 2, 3].map((n) => [
      line('虚构镇社工服务站 中期评估报告', 800, n, 120),
      line(n === 1 ? '广州市虚构镇社工服务站 中期评估报告' : full(n), 700, n),
      line(full(n + 3), 685, n),
      line(full(n + 6), 670, n),
      line(`第 ${n} 页 共 3 页`, 40, n, 150),
    ]);
    const text = layoutText(pages);
    expect(text).not.toContain('第 2 页');
    expect(text.split('\n\n')).toEqual(['广州市虚构镇社工服务站 中期评估报告', [4, 7, 2, 5, 8, 3, 6, 9].map(full).join('')]);
  });
});

describe('dropRunningLines', () => {
  it('keeps a heading that opens several pages at the top of the text block', () => {
    const pages = [1, 2, 3].map((n) => [line('值得肯定的地方：', 700, n), line(FULL, 685, n), line(`- ${n} -`, 40, n, 190)]);
    expect(dropRunningLines(pages).map((p) => p.map((l) => l.text))).toEqual([1, 2, 3].map(() => ['值得肯定的地方：', FULL]));
  });
});

describe('pageLines', () => {
  it('orders items by baseline, then left to right, spacing items apart by more than a space', () => {
    const items: PdfItem[] = [
      { str: '412', x: 80, y: 700, width: 15, height: SIZE },
      { str: '建档', x: 50, y: 700.5, width: 20, height: SIZE },
      { str: '份', x: 100, y: 700, width: 10, height: SIZE },
      { str: '下一行', x: 50, y: 685, width: 30, height: SIZE },
    ];
    expect(pageLines(items, 1).map((l) => l.text)).toEqual(['建档 412 份', '下一行']);
  });

  it('a page whose items have no usable position says which page', () => {
    expect(() => pageLines([{ str: '字', x: Number.NaN, y: 700, width: 10, height: SIZE }], 7)).toThrow('第 7 页的文字位置无法读取，行的先后无法确定');
  });
});
