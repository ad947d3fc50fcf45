import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkTerms } from '../../src/glossary/link-terms.ts';
import { findTerm, GLOSSARY, termById } from '../../src/glossary/terms.ts';
import { GZ_2023 as GZ } from '../fixtures/rule-sets.ts';

const linked = (text: string, seen?: Set<string>) =>
  linkTerms(text, seen)
    .filter((s) => s.term)
    .map((s) => `${s.text}→${s.term!.id}`);

describe('glossary', () => {
  it('has the terms the issue names, each with a unique ASCII anchor', () => {
    for (const t of ['五社联动', '双百工程', '稳岗率', '兜底服务', '红棉守护', '三图一表', '社工点']) {
      expect(findTerm(t), t).toBeDefined();
    }
    const ids = GLOSSARY.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('takes rule values from the quoted report’s rule set (gz-2023), not typed copies, and links its page', () => {
    expect(termById('wengang-lv')!.definition).toContain(`${GZ.staffing.retentionMinPercent}%`);
    for (const p of GZ.parties) expect(termById('sifang-pinggu')!.definition).toContain(`${p.fullName}（${p.maxPoints} 分）`);
    for (const b of GZ.bands) expect(termById('pinggu-dengji')!.definition).toContain(`${b.wording}为${b.grade}`);
    expect(termById('pinggu-dengji')!.definition).toContain(GZ.title);
    expect(termById('pinggu-dengji')!.more?.href).toBe('/methodology/gz-2023/#grades');
  });

  it('quotes the report faithfully: every reportWords passage is in the report text', async () => {
    const { readFile } = await import('node:fs/promises');
    const report = await readFile('content/reports/liuhua/2023-2024-final.mdx', 'utf8').catch(() => null);
    if (report === null) return expect.fail('the 流花街 report content is missing');
    // The report body may break lines or add spaces around numbers; compare without whitespace.
    const squash = (s: string) => s.replace(/\s+/g, '');
    for (const t of GLOSSARY) {
      if (!t.reportWords) continue;
      for (const part of t.reportWords.split('……')) expect(squash(report), t.term).toContain(squash(part));
    }
  });
});

describe('linkTerms', () => {
  it('links the first occurrence of each term only', () => {
    expect(linked('稳岗率偏低，提升稳岗率')).toEqual(['稳岗率→wengang-lv']);
  });

  it('prefers the longest spelling and keeps the text around it', () => {
    const segs = linkTerms('运营“红棉守护热线”账号');
    expect(segs.map((s) => s.text).join('')).toBe('运营“红棉守护热线”账号');
    expect(linked('运营“红棉守护热线”账号')).toEqual(['红棉守护热线→hongmian-shouhu']);
    expect(linked('人员稳岗率为65.00%')).toEqual(['人员稳岗率→wengang-lv']);
  });

  it('shares “already linked” across strings on one page', () => {
    const seen = new Set<string>();
    expect(linked('搭建“五社联动”的平台', seen)).toEqual(['五社联动→wushe-liandong']);
    expect(linked('强化“五社联动”的服务思路', seen)).toEqual([]);
  });

  it('agrees with the plain rule (at each character, the longest spelling of a term not yet linked) on any text', () => {
    // The rule written the slow, obvious way; linkTerms finds the same with one regex scan.
    const spellings = GLOSSARY.flatMap((t) => [t.term, ...(t.aliases ?? [])].map((s) => ({ s, t }))).sort((a, b) => b.s.length - a.s.length);
    const reference = (text: string, seen: Set<string>) => {
      const out: string[] = [];
      for (let i = 0; i < text.length; ) {
        const hit = spellings.find(({ s, t }) => !seen.has(t.id) && text.startsWith(s, i));
        if (!hit) i += 1;
        else {
          out.push(`${i}:${hit.s}→${hit.t.id}`);
          seen.add(hit.t.id);
          i += hit.s.length;
        }
      }
      return out;
    };
    // Text made of spellings, pieces of spellings and filler, so terms overlap, repeat and nest.
    const piece = fc.oneof(
      fc.constantFrom(...spellings.map(({ s }) => s)),
      fc.constantFrom(...spellings.map(({ s }) => s)).chain((s) => fc.integer({ min: 0, max: s.length }).map((k) => s.slice(0, k))),
      fc.constantFrom('，', '热线', '率', 'a', '<', '。'),
    );
    const alreadyLinked = fc.subarray(GLOSSARY.map((t) => t.id), { maxLength: 4 });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), alreadyLinked, (pieces, before) => {
        const text = pieces.join('');
        const segs = linkTerms(text, new Set(before));
        expect(segs.map((s) => s.text).join('')).toBe(text);
        let at = 0;
        const got = segs.flatMap((s) => {
          const here = at;
          at += s.text.length;
          return s.term ? [`${here}:${s.text}→${s.term.id}`] : [];
        });
        expect(got).toEqual(reference(text, new Set(before)));
      }),
      { numRuns: 500 },
    );
  });

  it('returns plain text untouched when no term occurs', () => {
    expect(linkTerms('今天天气很好')).toEqual([{ text: '今天天气很好' }]);
    expect(linkTerms('')).toEqual([]);
  });
});

describe('linkTermsInHtml', async () => {
  const { linkTermsInHtml } = await import('../../src/glossary/link-html.ts');

  it('links the first occurrence in document order, across elements', () => {
    const html = '<p>提升<strong>稳岗率</strong>。</p><p>稳岗率为 65%，搭建“五社联动”。</p>';
    expect(linkTermsInHtml(html)).toBe(
      '<p>提升<strong><a class="term" href="/glossary/#wengang-lv">稳岗率</a></strong>。</p><p>稳岗率为 65%，搭建“<a class="term" href="/glossary/#wushe-liandong">五社联动</a>”。</p>',
    );
  });

  it('leaves headings, links, table headers, scripts, attributes and marked elements alone', () => {
    const html = [
      '<h2 id="x">稳岗率</h2>',
      '<a href="/y" title="五社联动">五社联动</a>',
      '<table><tr><th>兜底服务</th></tr></table>',
      '<script>var s = "红棉守护 <b>";</script>',
      '<div data-no-glossary><div>三图一表</div>三图一表</div>',
      '<img alt="社工点">',
    ].join('');
    expect(linkTermsInHtml(html)).toBe(html);
    // …and links the term once it appears in ordinary text after them.
    expect(linkTermsInHtml(`${html}<p>三图一表</p>`)).toBe(
      `${html}<p><a class="term" href="/glossary/#santu-yibiao">三图一表</a></p>`,
    );
  });

  it('does not mistake a ">" inside a quoted attribute for the end of the tag', () => {
    const html = `<astro-island props='{"label":"a > b，稳岗率"}' data-x="1>0 五社联动"></astro-island><p>五社联动</p>`;
    expect(linkTermsInHtml(html)).toBe(
      `<astro-island props='{"label":"a > b，稳岗率"}' data-x="1>0 五社联动"></astro-island><p><a class="term" href="/glossary/#wushe-liandong">五社联动</a></p>`,
    );
  });

  it('keeps the HTML otherwise byte for byte', () => {
    const html = '<!-- 稳岗率 --><p class="a">没有术语 &amp; 符号</p><br><p>稳岗率</p>';
    expect(linkTermsInHtml(html).replace(/<a class="term" href="[^"]+">|<\/a>/g, '')).toBe(html);
  });
});
