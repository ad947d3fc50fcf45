/**
 * Search filters on today's content: a reader searches 稳岗率, ticks 需要关注, the year and the district, and
 * sees only the concern passages that say it; the address carries the filters, and opened in a fresh page it
 * gives the same results. Across many reports and years: tests/scratch/search-filters.test.ts.
 */
import { describe, expect } from 'vitest';
import { PHONE, visit, type WatchedPage } from '../harness/browser.ts';
import { it } from '../harness/fixture.ts';
import { results, searchFor, tick } from '../harness/search-filters.ts';
import { axeViolations, horizontalOverflow, REPORT_PATH } from './site-pages.ts';

const YEAR = '2023-2024';

describe('search filters', () => {
  it('稳岗率 among the 需要关注 passages of one year and district: the address is shared and gives the same results', async ({ openPage }) => {
    const w = await openPage(PHONE);
    await visit(w, '/search/');
    const all = await searchFor(w, '稳岗率');
    // Unfiltered, the glossary and the methodology say it too.
    expect(all.map((r) => r.path)).toContain('/glossary/');
    await tick(w, '段落', '需要关注');
    await tick(w, '服务年度', YEAR);
    await tick(w, '区', '越秀区');
    const filtered = await results(w);
    expect(filtered.length).toBeGreaterThan(0);
    for (const r of filtered) {
      expect(r.path).toBe(REPORT_PATH);
      expect(r.title).toContain('需要关注');
    }
    // The real report's concern about 稳岗率 (the third party's, 65.00%) is among them.
    expect(filtered.some((r) => r.excerpt.includes('稳岗率'))).toBe(true);
    const shared = w.page.url();
    const params = new URL(shared).searchParams;
    expect(params.get('q')).toBe('稳岗率');
    expect(params.getAll('kind')).toEqual(['需要关注']);
    expect(params.getAll('year')).toEqual([YEAR]);
    expect(params.getAll('district')).toEqual(['越秀区']);

    const fresh = await openPage(PHONE);
    await fresh.page.goto(shared, { waitUntil: 'networkidle' });
    expect(await results(fresh, '稳岗率')).toEqual(filtered);
    expect(await fresh.page.locator('.pagefind-ui__filter-checkbox:checked').evaluateAll((cs) => cs.map((c) => `${(c as HTMLInputElement).name}=${(c as HTMLInputElement).value}`).sort())).toEqual(
      [`区=越秀区`, `服务年度=${YEAR}`, '段落=需要关注'].sort(),
    );
    expect(w.consoleErrors).toEqual([]);
    expect(fresh.consoleErrors).toEqual([]);
  });

  it('其他正文 leaves the findings out; 值得肯定 holds a phrase only the findings have', async ({ openPage }) => {
    const w: WatchedPage = await openPage(PHONE);
    // “慈善氛围” is written once, in a 值得肯定 point of the third party's findings.
    await visit(w, `/search/?q=${encodeURIComponent('慈善氛围')}&kind=${encodeURIComponent('其他正文')}`);
    expect(await results(w, '慈善氛围')).toEqual([]);
    await visit(w, `/search/?q=${encodeURIComponent('慈善氛围')}&kind=${encodeURIComponent('值得肯定')}`);
    const positive = await results(w, '慈善氛围');
    expect(positive.length).toBeGreaterThan(0);
    for (const r of positive) {
      expect(r.path).toBe(REPORT_PATH);
      expect(r.title).toContain('值得肯定');
    }
  });

  it('with a query and a filter applied, the page passes axe and fits 320 px', async ({ openPage }) => {
    const w = await openPage({ viewport: { width: 320, height: 640 }, locale: 'zh-CN' });
    await visit(w, `/search/?q=${encodeURIComponent('稳岗率')}&kind=${encodeURIComponent('需要关注')}`);
    await results(w, '稳岗率');
    expect(await horizontalOverflow(w.page)).toBe(0);
    expect(await axeViolations(w.page)).toEqual([]);
  });
});
