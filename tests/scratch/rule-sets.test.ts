/**
 * The fictional 3-party, 1,000-point rule set of the test fixtures, added to a scratch build as one new
 * file in src/scoring/rule-sets/ (nothing else changed), shown as a reader meets it: listed on
 * /methodology/, its own generated methodology page, a report page scored under it, and that report's
 * open data. Everything shown follows the set: parties, maxima, bands, no 稳岗率 requirement.
 */
import { describe, expect } from 'vitest';
import { PHONE, visit } from '../harness/browser.ts';
import { it, type OpenPage } from '../harness/fixture.ts';
import { fictionalReport, FICTIONAL_REPORT_ID, GZ_REPORT_ID, scratchSite } from '../harness/scratch-sites.ts';
import { FICTIONAL_RULES as RULES } from '../fixtures/rule-sets.ts';

/** The scratch build with the fictional set, made and served by the scratch project's setup. */
const site = scratchSite('rules');

const open = async (openPage: OpenPage, path: string) => {
  const w = await openPage(PHONE, site.origin);
  await visit(w, path);
  return w;
};
const rows = (w: Awaited<ReturnType<typeof open>>, selector: string) =>
  w.page.locator(`${selector} tbody tr`).evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => (c as HTMLElement).innerText.trim())));

describe('a second rule set added as one data file', () => {
  it('/methodology/ lists both sets, newest first', async ({ openPage }) => {
    const w = await open(openPage, '/methodology/');
    const links = await w.page.locator('[data-list=rule-sets] h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/methodology/gz-2023/', `/methodology/${RULES.id}/`]);
    expect(w.consoleErrors).toEqual([]);
  });

  it('its methodology page is generated from its data, with a worked example from its report', async ({ openPage }) => {
    const w = await open(openPage, `/methodology/${RULES.id}/`);
    const { page } = w;
    expect(await page.locator('h1').innerText()).toBe(`评估说明：${RULES.title}`);
    expect(await rows(w, 'table[data-table=rule-parties]')).toEqual(
      RULES.parties.map((p) => [p.fullName, `${p.maxPoints} 分`, `${(p.maxPoints / RULES.totalMax) * 100}%`, `${p.scale} 分制`]),
    );
    expect(await rows(w, 'table[data-table=rule-bands]')).toEqual(RULES.bands.map((b) => [b.grade, b.wording, `${b.min} 分`]));
    const text = await page.locator('main').innerText();
    expect(text).toContain('三方评估及分值');
    expect(text).toContain(`总分 ${RULES.totalMax} 分，由三方评估得分相加`);
    expect(text).toContain(`完成率达到 ${RULES.indicatorMetPercent}% 为达标`);
    expect(await page.locator('[data-rule=retention]').innerText()).toContain('没有规定最低要求');
    expect(text).not.toContain('不低于 80%');
    for (const s of Object.values(RULES.sources)) expect(text).toContain(s.title);
    const d = fictionalReport();
    expect(await page.locator('.example').getAttribute('data-example')).toBe('report');
    const example = await page.locator('[data-example=total]').innerText();
    expect(example).toContain(`= ${Number(d.scores.total).toFixed(2)} 分`);
    expect(example).toContain(`等级为${String(d.scores.grade)}`);
  });

  it('a report page scored under it shows its parties, its maxima and total, its grade, no 稳岗率 requirement, and links its set', async ({ openPage }) => {
    const d = fictionalReport();
    const w = await open(openPage, `/reports/${FICTIONAL_REPORT_ID}/`);
    const { page } = w;
    const card = page.locator('.summary-card');
    expect(await card.locator('caption').first().innerText()).toBe(`各方评估得分（满分 ${RULES.totalMax}.00 分）`);
    expect(await rows(w, '.summary-card table[data-table=parties]')).toEqual(
      RULES.parties.map((p) => [p.fullName, Number(d.scores[p.id]).toFixed(2), `${p.maxPoints}.00`]),
    );
    expect(await card.locator('[data-figure=grade]').innerText()).toBe(String(d.scores.grade));
    const retention = await card.locator('[data-figure=retention]').innerText();
    expect(retention).toContain('没有规定最低要求');
    expect(retention).not.toContain('达标');
    expect(await page.locator(`a[data-rules="${RULES.id}"]`).getAttribute('href')).toBe(`/methodology/${RULES.id}/`);
    // The gz-2023 report next to it keeps its own set.
    const g = await open(openPage, `/reports/${GZ_REPORT_ID}/`);
    expect(await g.page.locator('a[data-rules]').getAttribute('href')).toBe('/methodology/gz-2023/');
    expect(await rows(g, '.summary-card table[data-table=parties]').then((r) => r.length)).toBe(4);
    expect(w.consoleErrors).toEqual([]);
  });

  it('its open-data record names the set and carries the set’s party scores', async () => {
    const d = fictionalReport();
    const res = await fetch(new URL(`/data/reports/${FICTIONAL_REPORT_ID}.json`, site.origin));
    const record = (await res.json()) as { rules: string; rulesUrl: string; scores: Record<string, unknown>; staffing: { retention: { requirement: unknown; met: unknown } } };
    expect(record.rules).toBe(RULES.id);
    expect(record.rulesUrl).toMatch(new RegExp(`/methodology/${RULES.id}/$`));
    expect(record.scores).toEqual({ ...Object.fromEntries(RULES.parties.map((p) => [p.id, d.scores[p.id]])), total: d.scores.total, grade: d.scores.grade });
    expect(record.staffing.retention).toMatchObject({ requirement: null, met: null });
  });
});
