// The draft's YAML, written by the `yaml` package: every value the importer can produce reads back equal,
// strings YAML would otherwise read as something else included (`备注: x`, `.inf`, `0x1F`, `yes`, `~`,
// dates, leading zeros, `#`, leading and trailing spaces), read by `yaml` under YAML 1.2 (the site's
// loader) and YAML 1.1; printed numbers keep their decimals; the layout is the published reports' own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { int, num, plain, Printed } from '../../src/import/draft.ts';
import { frontmatter } from '../../src/import/emit.ts';

const body = (yaml: string) => /^---\n([\s\S]*)---\n$/.exec(yaml)![1]!;
/** Read under YAML 1.2 (the site's loader) and YAML 1.1 (where yes, on, 2024-03-15 and 017 mean other things). */
const readBoth = (yaml: string) => [parse(body(yaml)), parse(body(yaml), { version: '1.1' })];

const TRICKY = [
  '备注: x', '备注：x', '.inf', '-.inf', '.NaN', '0x1F', '0o17', '017', '0017', '1e3', '1_000', '+12', '12.50', 'yes', 'no', 'on', 'off',
  'Y', 'n', 'true', 'False', 'null', 'NULL', '~', '', ' ', ' 前后有空格 ', '#', 'a #b', 'a#b', '- x', '? x', ': x', '[a]', '{a}', '*a', '&a',
  '!tag', '%x', '@x', '`x', '"x"', "'x'", '|', '>', '2024-03-15', '2024-3-5', '12:30', '1:2:3', '待核对：报告中找不到总得分', 'a\nb', '\t',
  '广州市越秀区民政局', '020-0000 0001', '=', '<<',
];

describe('the draft YAML reads back as written', () => {
  it.each(TRICKY)('the string %j stays a string', (s) => {
    const yaml = frontmatter({ title: s, rows: [{ name: s, value: 1 }], list: [s, s] });
    for (const data of readBoth(yaml)) expect(data).toEqual({ title: s, rows: [{ name: s, value: 1 }], list: [s, s] });
  });

  it('any string, number, null, flag and nesting the importer can make reads back equal (property)', () => {
    const value = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom(...TRICKY),
      fc.constant(null),
      fc.boolean(),
      fc.integer({ min: 0, max: 100_000 }).map((n) => int(n)),
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => num(`${a}.${String(b).padStart(2, '0')}`)),
    );
    const key = fc.constantFrom('title', 'name', 'label', 'value', 'unit', 'scope');
    const row = fc.dictionary(key, value, { maxKeys: 4 });
    const data = fc.record({ title: value, parties: row, indicators: fc.array(row, { maxLength: 3 }), sites: fc.array(row, { maxLength: 2 }), list: fc.array(value, { maxLength: 3 }) });
    fc.assert(
      fc.property(data, (d) => {
        const yaml = frontmatter(d);
        for (const read of readBoth(yaml)) expect(read).toEqual(plain(d));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the printed decimals and the published layout: order, flow rows, flow lists, comments', () => {
    const yaml = frontmatter(
      { scores: { total: num('80.00'), grade: '良好' }, title: 'T', zones: [{ name: '东片区', communities: ['甲社区', '乙社区'] }], indicators: [{ key: 'records', completed: int(150), statedRate: num('112.5') }] },
      new Map([['scores.total', '四方之和']]),
      ['报告标题', '第二行'],
    );
    expect(yaml).toBe(
      [
        '---',
        '# 报告标题',
        '# 第二行',
        'title: T',
        'zones:',
        '  - name: 东片区',
        '    communities: [甲社区, 乙社区]',
        'scores:',
        '  # 四方之和',
        '  total: 80.00',
        '  grade: 良好',
        'indicators:',
        '  - { key: records, completed: 150, statedRate: 112.5 }',
        '---',
        '',
      ].join('\n'),
    );
    expect(new Printed('18.00').toJSON()).toBe(18);
  });
});
