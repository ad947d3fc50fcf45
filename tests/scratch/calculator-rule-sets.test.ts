/**
 * The calculator with two rule sets to choose from: the scratch build that adds the fictional set of the test
 * fixtures (tests/harness/scratch-sites.ts). The calculator on dist/ is tests/browser/calculator.test.ts.
 */
import { describe, expect } from 'vitest';
import { PHONE, visit } from '../harness/browser.ts';
import { it, type OpenPage } from '../harness/fixture.ts';
import { fictionalReport, FICTIONAL_REPORT_ID, scratchSite } from '../harness/scratch-sites.ts';
import { FICTIONAL_RULES } from '../fixtures/rule-sets.ts';
import { fillScores, LIUHUA, noErrors, party, PATH, ready, summary } from '../browser/calculator-page.ts';

describe('calculator: rule sets (评估办法)', () => {
  describe('with a second rule set (a scratch build with the fictional set of the test fixtures)', () => {
    /** The scratch build with the fictional set, made and served by the scratch project's setup. */
    const site = scratchSite('rules');

    const open = async (openPage: OpenPage, path = PATH) => {
      const w = await openPage(PHONE, site.origin);
      await visit(w, path);
      await ready(w.page);
      return w;
    };

    it('switches sets: the inputs, maxima, rating scale, bands and requirements follow the chosen set, and a share link carries it', async ({ openPage }) => {
      const w = await open(openPage);
      const { page } = w;
      const select = page.getByLabel('评估办法');
      await expect.poll(() => select.inputValue()).toBe('gz-2023');
      await fillScores(page, LIUHUA);
      await select.selectOption(FICTIONAL_RULES.id);
      await expect.poll(() => page.locator('.calc-notice').innerText()).toContain(`已改用“${FICTIONAL_RULES.title}”计算`);
      // Three inputs now, labelled with the fictional maxima; 购买方's entry is kept (both sets have it).
      for (const p of FICTIONAL_RULES.parties) {
        await expect.poll(() => page.getByLabel(`${p.name}（满分 ${p.maxPoints} 分）`, { exact: true }).count()).toBe(1);
      }
      await expect.poll(() => page.locator('.calc-parties input[type=text]').count()).toBe(3);
      await expect.poll(() => party(page, '虚构购买方').inputValue()).toBe('18');
      await expect.poll(() => party(page, '虚构评估方').inputValue()).toBe('');
      await party(page, '虚构评估方').fill('650');
      await party(page, '虚构监督方').fill('95');
      // 650 + 18 + 95 = 763: 虚构乙等 (700 ≤ 763 < 850), 87 short of 虚构甲等.
      await expect.poll(() => summary(page).locator('[data-result=total]').innerText()).toBe('763.00');
      await expect.poll(() => summary(page).locator('[data-result=grade]').innerText()).toBe('虚构乙等');
      await expect.poll(() => summary(page).locator('[data-result=next]').innerText()).toBe('距“虚构甲等”还差 87.00 分。');
      await expect.poll(() => page.locator('#calc-party-table tfoot').innerText()).toContain('总分（1000）');
      // The party's own scale: 1000 分制, 900 → 180 points of 200.
      await page.getByRole('radio', { name: '按 1000 分制' }).nth(1).check();
      await expect.poll(() => party(page, '虚构购买方').inputValue()).toBe('90.00');
      await party(page, '虚构购买方').fill('900');
      await expect.poll(() => summary(page).locator('[data-result=total]').innerText()).toBe('925.00');
      await expect.poll(() => summary(page).locator('[data-result=grade]').innerText()).toBe('虚构甲等');
      // No 稳岗率 minimum in this set: no requirement sentence, no warning.
      await page.getByLabel('应配备社工岗位数').fill('20');
      await page.getByLabel('持续稳定在岗社工人数').fill('13');
      await expect.poll(() => page.locator('[data-result=retention]').innerText()).toContain('没有规定最低要求');
      expect(await page.locator('.calc-warnings').count()).toBe(0);
      // The share link carries the set.
      await page.getByRole('button', { name: '生成分享链接' }).click();
      const link = await page.locator('#calc-share-link').inputValue();
      const b = await openPage(PHONE, site.origin);
      await visit(b, new URL(link).pathname + new URL(link).hash);
      await ready(b.page);
      await expect.poll(() => b.page.getByLabel('评估办法').inputValue()).toBe(FICTIONAL_RULES.id);
      await expect.poll(() => summary(b.page).locator('[data-result=total]').innerText()).toBe('925.00');
      // And a reload keeps it (saved state carries it too).
      await page.reload({ waitUntil: 'networkidle' });
      await ready(page);
      await expect.poll(() => page.getByLabel('评估办法').inputValue()).toBe(FICTIONAL_RULES.id);
      await expect.poll(() => summary(page).locator('[data-result=total]').innerText()).toBe('925.00');
      noErrors(w);
      noErrors(b);
    });

    it('a report scored under the fictional set opens with that set chosen', async ({ openPage }) => {
      const w = await open(openPage, `${PATH}?report=${FICTIONAL_REPORT_ID}`);
      const { page } = w;
      await expect.poll(() => page.getByLabel('评估办法').inputValue()).toBe(FICTIONAL_RULES.id);
      const d = fictionalReport();
      await expect.poll(() => summary(page).locator('[data-result=total]').innerText()).toBe(Number(d.scores.total).toFixed(2));
      await expect.poll(() => summary(page).locator('[data-result=grade]').innerText()).toBe(String(d.scores.grade));
      noErrors(w);
    });
  });
});
