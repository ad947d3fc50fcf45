/**
 * The calculator's planning sections as staff use them, in real Chromium against the built site: start from the
 * 流花街 report, set the months and read which indicators will miss and by how much; raise 第三方 until the page
 * says 优秀; share the link and open it in a fresh context; print; bad input. Expected figures are computed here
 * from the report's file and the rule set's data, not taken from the calculator.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { describe, expect } from 'vitest';
import { islandEffectsRun, PHONE, visit, type WatchedPage } from '../harness/browser.ts';
import { it, type OpenPage } from '../harness/fixture.ts';
import { ruleSetById } from '../../src/scoring/index.ts';
import { axeAllRules, noErrors, party, PATH, phoneLayoutProblems, ready, seedStorage, STORAGE_KEY, summary } from './calculator-page.ts';

const REPORT_ID = 'liuhua-2023-2024-final';
const PLAN_CHUNK = /\/PlanParts\.[\w-]+\.js$/;

interface ReportIndicator {
  name: string;
  unit: string;
  target: number;
  completed: number;
}
/** The report's frontmatter, as written in its file. */
const report = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync('content/reports/liuhua/2023-2024-final.mdx', 'utf8'))![1]!) as {
  title: string;
  rules: string;
  serviceYear: string;
  scores: Record<string, number>;
  evaluationPeriod: { months: number };
  staffing: { retention: { stableStaff: number; requiredPosts: number } };
  indicators: ReportIndicator[];
};
const RULES = ruleSetById(report.rules)!;
const TITLE = `${report.title}（${report.serviceYear}）`;
const rowName = (i: ReportIndicator) => `${i.name}（${i.unit}）`;
const indexOf = (name: string) => report.indicators.findIndex((i) => i.name === name);

/** A number the way the page writes counts: at most two decimals, no trailing zeros (470.857… → 470.86, 40 → 40). */
const count = (n: number) => String(Math.round(n * 100) / 100);
/** Two decimals, as the page writes points and rates. */
const fixed = (n: number) => (Math.round(n * 100) / 100).toFixed(2);
/** completed ÷ months × year months: the projection, computed here. */
const projection = (completed: number, months: number, year = 12) => (completed / months) * year;

const months = (page: Page) => page.getByLabel('考核月份（服务年度已过去的月数）', { exact: true });

async function openCalculator(openPage: OpenPage, options = PHONE, path = PATH): Promise<WatchedPage> {
  const w = await openPage(options);
  await visit(w, path);
  await ready(w.page);
  return w;
}

/** Press a planning section's button (or find it already shown) and wait for its part. */
async function showPart(page: Page, part: 'room' | 'pace' | 'staffing'): Promise<void> {
  const labels = { room: '显示各方最多可升多少分', pace: '填写考核月份，推算年底进度', staffing: '显示稳岗计划' };
  const button = page.getByRole('button', { name: labels[part] });
  if (await button.count()) await button.click();
  await page.waitForSelector(`[data-plan=${part}]`);
}

describe('calculator planning: first load', () => {
  it('loads the planning chunk on first use, not while the page loads or scrolls', async ({ openPage }) => {
    const w = await openPage(PHONE);
    const requested: string[] = [];
    w.page.on('request', (r) => {
      if (PLAN_CHUNK.test(new URL(r.url()).pathname)) requested.push(r.url());
    });
    await visit(w, `${PATH}?report=${REPORT_ID}`);
    await ready(w.page);
    await w.page.waitForSelector('[data-source]');
    // Scrolled through to the end (the charts load), still nothing of the planning sections.
    for (const id of ['calc-h-room', 'calc-h-pace', 'calc-h-staff-plan', 'calc-h-charts']) await w.page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await w.page.waitForSelector('.calc-charts[data-charts=ready]');
    await w.page.waitForLoadState('networkidle');
    expect(requested).toEqual([]);
    await expect.poll(() => w.page.getByRole('button', { name: '显示稳岗计划' }).count()).toBe(1);
    // A first tap anywhere on the calculator loads it, and every section shows its part.
    await party(w.page, '购买方').focus();
    await w.page.waitForSelector('[data-plan=staffing]');
    expect(requested).toHaveLength(1);
    await expect.poll(() => w.page.locator('[data-plan]').count()).toBe(3);
    noErrors(w);
  });
});

describe('calculator planning: offline', () => {
  it('when the planning chunk cannot be fetched, says so, keeps the calculator working, and a later press loads it', async ({ openPage }) => {
    // No service worker: it would serve the chunk from its precache (tests/browser/offline.test.ts); this is the
    // first visit, before the worker has it, when a dropped connection can still lose the chunk.
    const w = await openPage({ ...PHONE, serviceWorkers: 'block' });
    let refuse = true;
    await w.page.route(PLAN_CHUNK, (route) => (refuse ? route.abort() : route.continue()));
    await visit(w, `${PATH}?report=${REPORT_ID}`);
    await ready(w.page);
    await w.page.waitForSelector('[data-source]');
    await party(w.page, '第三方').fill('50.5');
    await expect.poll(() => w.page.locator('.calc-notice').innerText()).toContain('未能载入（网络中断）');
    await expect.poll(() => summary(w.page).locator('[data-result=grade]').innerText()).toBe('优秀');
    expect(await w.page.locator('[data-plan]').count()).toBe(0);
    refuse = false;
    await showPart(w.page, 'room');
    await expect.poll(() => w.page.locator('[data-plan=room]').innerText()).toContain('已是最高等级“优秀”。');
    // Only the refused fetch was an error.
    expect(w.consoleErrors.every((e) => /Failed to (load resource|fetch dynamically imported module)/.test(e))).toBe(true);
    expect(w.foreignRequests).toEqual([]);
  });
});

describe('calculator planning: as staff use it', () => {
  it('starts from the 流花街 report, sets the months and reads which indicators will miss and by how much', async ({ openPage }) => {
    const w = await openCalculator(openPage);
    const { page } = w;
    await page.getByRole('button', { name: '以某份报告为起点' }).click();
    const choice = page.getByLabel('选择一份已发布的评估报告');
    await expect.poll(() => choice.locator('option').allInnerTexts()).toContain(TITLE);
    await choice.selectOption(REPORT_ID);
    await page.getByRole('button', { name: '载入这份报告' }).click();
    await expect.poll(() => page.locator('[data-source]').innerText()).toContain(`已载入：${TITLE}`);
    await expect.poll(() => summary(page).locator('[data-result=total]').innerText()).toBe(fixed(report.scores.total!));

    // The report's months come with it: 10.5 of 12. Every indicator is already past its target, so none will miss.
    await showPart(page, 'pace');
    await expect.poll(() => months(page).inputValue()).toBe(String(report.evaluationPeriod.months));
    await expect.poll(() => page.getByLabel('服务年度共几个月').inputValue()).toBe('12');
    const pace = () => page.locator('[data-pace-summary]').innerText();
    await expect.poll(pace).toBe(`按目前进度（已过 ${report.evaluationPeriod.months} 个月，共 12 个月）推算，到服务年度结束时 ${report.indicators.length} 项指标都能达标。`);
    // Each row's projection, marked as one, is completed ÷ 10.5 × 12.
    const projected = () => page.locator('[data-pace-row] td:nth-of-type(6)').allInnerTexts();
    await expect.poll(projected).toEqual(report.indicators.map((i) => count(projection(i.completed, report.evaluationPeriod.months))));
    await expect.poll(() => page.locator('#calc-pace-caption').innerText()).toContain('按目前每月的平均进度推算的估计');
    expect(await page.locator('[data-pace-row]').first().locator('xpath=ancestor::table//th[@scope="col"]').allInnerTexts()).toContain('年底预计（按目前进度推算）');

    // Six months in, with two indicators behind: they are listed, furthest behind first, with the shortfall.
    await months(page).fill('6');
    const behind = [
      { name: '咨询个案', completed: 120 },
      { name: '专业个案完成', completed: 20 },
    ];
    for (const b of behind) await page.locator(`#calc-ind-${indexOf(b.name)}-completed`).fill(String(b.completed));
    const expected = behind
      .map((b) => {
        const row = report.indicators[indexOf(b.name)]!;
        const p = projection(b.completed, 6);
        return { name: rowName(row), p, rate: (p / row.target) * 100, short: row.target - p, need: (row.target - b.completed) / 6, pace: b.completed / 6 };
      })
      .sort((a, b) => a.rate - b.rate);
    await expect.poll(pace).toBe(`按目前进度（已过 6 个月，共 12 个月）推算，到服务年度结束时 ${report.indicators.length} 项指标中有 2 项达不到，差得最多的在前：`);
    await expect.poll(() => page.locator('[data-will-miss]').allInnerTexts()).toEqual(
      expected.map(
        (e) =>
          `${e.name}：年底预计 ${count(e.p)}（完成率 ${fixed(e.rate)}%），还差 ${count(e.short)}；余下 6 个月每月需完成 ${count(Math.ceil(e.need * 100) / 100)}，目前每月 ${count(e.pace)}。`,
      ),
    );
    expect(expected.map((e) => e.name)).toEqual(['专业个案完成（个）', '咨询个案（个）']);

    // The staffing plan from the report's 13 of 20: 80% of 20 is 16, so 3 more must stay; one more leaving, 12 of 20.
    await showPart(page, 'staffing');
    const { stableStaff, requiredPosts } = report.staffing.retention;
    const min = RULES.staffing.retentionMinPercent!;
    const needed = Math.ceil((requiredPosts * min) / 100);
    await expect.poll(() => page.locator('[data-plan=staffing] li').allInnerTexts()).toEqual([
      `稳岗率 ${fixed((stableStaff / requiredPosts) * 100)}%，未达到“不低于 ${min}%”的要求：还需 ${needed - stableStaff} 名社工持续稳定在岗才达标。`,
      `再有 1 人离岗，稳岗率将降到 ${fixed(((stableStaff - 1) / requiredPosts) * 100)}%，还需 ${needed - stableStaff + 1} 名社工持续稳定在岗才达标。`,
    ]);
    noErrors(w);
  });

  it('raises the 第三方 score until the page says 优秀', async ({ openPage }) => {
    const w = await openCalculator(openPage, PHONE, `${PATH}?report=${REPORT_ID}`);
    const { page } = w;
    await page.waitForSelector('[data-source]');
    await showPart(page, 'room');
    // 最多可升 = each party's maximum (the rule set's data) − the report's score.
    const room = RULES.parties.map((p) => fixed(p.maxPoints - report.scores[p.id]!));
    await expect.poll(() => page.locator('[data-room]').allInnerTexts()).toEqual(room);
    const toExcellent = fixed(RULES.bands[0]!.min - report.scores.total!);
    const rise = page.locator('[data-rise="优秀"]');
    await expect.poll(() => rise.innerText()).toContain(`第三方再得 ${toExcellent} 分即达优秀`);
    await expect.poll(() => rise.innerText()).toContain(`单靠监督方无法达到（最多还能加 ${room[0]} 分）`);
    await expect.poll(() => page.locator('[data-reach]').allInnerTexts()).toEqual(['不能', '不能', '不能', `能（再得 ${toExcellent} 分）`]);

    // Raise 第三方 by what the page says, one hundredth short first, then the rest.
    const third = party(page, '第三方');
    const needed = Number(/第三方再得 ([\d.]+) 分/.exec(await rise.innerText())![1]);
    await third.fill(fixed(report.scores.thirdParty! + needed - 0.01));
    await expect.poll(() => summary(page).locator('[data-result=grade]').innerText()).toBe('良好');
    await expect.poll(() => rise.innerText()).toContain('第三方再得 0.01 分即达优秀');
    await third.fill(fixed(report.scores.thirdParty! + needed));
    await expect.poll(() => summary(page).locator('[data-result=grade]').innerText()).toBe('优秀');
    await expect.poll(() => summary(page).locator('[data-result=total]').innerText()).toBe(fixed(RULES.bands[0]!.min));
    await expect.poll(() => page.locator('[data-plan=room]').innerText()).toContain('已是最高等级“优秀”。');
    await expect.poll(() => page.locator('[data-room=thirdParty]').innerText()).toBe(fixed(RULES.parties.find((p) => p.id === 'thirdParty')!.maxPoints - (report.scores.thirdParty! + needed)));
    // And the other way: at exactly 90.00 any party one hundredth lower drops it to 良好.
    await expect.poll(() => page.locator('[data-fall="良好"]').innerText()).toBe('任何一方少得 0.01 分即降为良好。');
    noErrors(w);
  });

  it('a share link carries the months and reproduces the same figures in a fresh context; an old link without months still opens', async ({ openPage }) => {
    const a = await openCalculator(openPage, { viewport: { width: 1024, height: 800 } }, `${PATH}?report=${REPORT_ID}`);
    await a.page.waitForSelector('[data-source]');
    await showPart(a.page, 'pace');
    await months(a.page).fill('９．５'); // as a Chinese input method types it
    await a.page.locator(`#calc-ind-${indexOf('专业个案完成')}-completed`).fill('30');
    await party(a.page, '第三方').fill('50.5');
    await a.page.getByLabel('持续稳定在岗社工人数', { exact: true }).fill('15');
    await expect.poll(() => a.page.locator('[data-pace-summary]').innerText()).toContain('已过 9.5 个月');
    const figures = async (page: Page) => ({
      total: await summary(page).locator('[data-result=total]').innerText(),
      grade: await summary(page).locator('[data-result=grade]').innerText(),
      pace: await page.locator('[data-pace-summary]').innerText(),
      rows: await page.locator('[data-pace-row]').allInnerTexts(),
      miss: await page.locator('[data-will-miss]').allInnerTexts(),
      staffing: await page.locator('[data-plan=staffing]').innerText(),
      room: await page.locator('[data-plan=room]').innerText(),
    });
    await expect.poll(() => a.page.locator('[data-will-miss]').count()).toBe(1);
    const before = await figures(a.page);
    // 30 ÷ 9.5 × 12 = 37.89 of 56, computed here.
    expect(before.miss[0]).toContain(`年底预计 ${count(projection(30, 9.5))}`);
    expect(before.total).toBe('90.00');
    expect(before.staffing).toContain(`稳岗率 ${fixed((15 / 20) * 100)}%`);
    await islandEffectsRun(a.page);
    await a.page.getByRole('button', { name: '生成分享链接' }).click();
    const link = await a.page.getByLabel(/^分享链接/).inputValue();
    noErrors(a);
    await a.context.close();

    const b = await openPage(PHONE); // a fresh context: nothing stored
    await b.page.goto(link, { waitUntil: 'networkidle' });
    await ready(b.page);
    await expect.poll(() => b.page.locator('.calc-notice').innerText()).toContain('已按分享链接载入数据');
    await showPart(b.page, 'pace');
    await expect.poll(() => months(b.page).inputValue()).toBe('９．５');
    await expect.poll(() => figures(b.page)).toEqual(before);
    noErrors(b);

    // A link made before the months existed (state version 2): its figures open, the months are empty.
    const v2 = {
      v: 2,
      rules: RULES.id,
      parties: Object.fromEntries(RULES.parties.map((p) => [p.id, { text: String(report.scores[p.id]), scale: 'points' }])),
      indicators: [{ name: '建档', target: '387', completed: '412' }],
      staffing: Object.fromEntries(['requiredPosts', 'stableStaff', 'expectedAll', 'actualAll', 'expectedCertified', 'actualCertified', 'experienced'].map((f) => [f, ''])),
      source: null,
    };
    const c = await openCalculator(openPage, PHONE, `${PATH}#s=${Buffer.from(JSON.stringify(v2)).toString('base64url')}`);
    await expect.poll(() => c.page.locator('.calc-notice').innerText()).toContain('已按分享链接载入数据');
    await expect.poll(() => summary(c.page).locator('[data-result=total]').innerText()).toBe(fixed(report.scores.total!));
    await showPart(c.page, 'pace');
    await expect.poll(() => months(c.page).inputValue()).toBe('');
    await expect.poll(() => c.page.locator('[data-plan=pace]').innerText()).toContain('填好考核月份后');
    noErrors(c);
  });

  it('prints the planning lines in the one-page summary', async ({ openPage }) => {
    const w = await openCalculator(openPage, { viewport: { width: 1280, height: 800 } }, `${PATH}?report=${REPORT_ID}`);
    const { page } = w;
    await page.waitForSelector('[data-source]');
    await showPart(page, 'pace');
    await months(page).fill('6');
    await page.locator(`#calc-ind-${indexOf('专业个案完成')}-completed`).fill('20');
    await expect.poll(() => page.locator('[data-will-miss]').count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const print = page.locator('.calc-print');
    await expect.poll(() => print.isVisible()).toBe(true);
    const text = () => print.innerText();
    await expect.poll(text).toContain(`第三方再得 ${fixed(RULES.bands[0]!.min - report.scores.total!)} 分即达优秀`);
    await expect.poll(text).toContain('已过 6 个月，共 12 个月');
    await expect.poll(text).toContain(`专业个案完成（个）年底预计 ${fixed((projection(20, 6) / 56) * 100)}%`);
    await expect.poll(text).toContain('还需 3 名社工持续稳定在岗才达标');
    await expect.poll(text).toContain('总分 83.62 分，等级：良好。');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    noErrors(w);
  });
});

describe('calculator planning: bad input', () => {
  it('months 13, 0, negative or full-width 13 get an inline Chinese message, and every other entry is kept', async ({ openPage }) => {
    const w = await openCalculator(openPage, PHONE, `${PATH}?report=${REPORT_ID}`);
    const { page } = w;
    await page.waitForSelector('[data-source]');
    await showPart(page, 'pace');
    const input = months(page);
    const message = async () => {
      const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
      return (await Promise.all(ids.map((id) => page.locator(`#${id}`).innerText()))).join(' ');
    };
    for (const [typed, words] of [
      ['13', '考核月份不能超过服务年度的 12 个月，现为 13。'],
      ['１３', '考核月份不能超过服务年度的 12 个月，现为 13。'],
      ['0', '考核月份应大于 0。'],
      ['-1', '考核月份不能为负数。'],
      ['十', '“十”不是数字'],
    ] as const) {
      await input.fill(typed);
      await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
      await expect.poll(message).toContain(words);
      await expect.poll(() => input.inputValue()).toBe(typed);
      // Everything else stays as it was.
      await expect.poll(() => party(page, '第三方').inputValue()).toBe(fixed(report.scores.thirdParty!));
      await expect.poll(() => page.locator('#calc-ind-0-completed').inputValue()).toBe(String(report.indicators[0]!.completed));
      await expect.poll(() => page.getByLabel('服务年度共几个月').inputValue()).toBe('12');
      await expect.poll(() => summary(page).locator('[data-result=total]').innerText()).toBe(fixed(report.scores.total!));
      await expect.poll(() => page.locator('[data-pace-row]').count()).toBe(0);
      await expect.poll(() => page.locator('[aria-invalid=true]').count()).toBe(1);
    }
    // Full-width digits that make sense are read: １０．５.
    await input.fill('１０．５');
    await expect.poll(() => input.getAttribute('aria-invalid')).toBeNull();
    await expect.poll(() => page.locator('[data-pace-row]').count()).toBe(report.indicators.length);

    // A target of 0 and a negative count: inline messages on those fields; the other rows keep their pace.
    await page.locator('#calc-ind-1-target').fill('0');
    await expect.poll(() => page.locator('#calc-ind-1-target-error').innerText()).toContain('不能为 0');
    await page.locator('#calc-ind-2-completed').fill('-5');
    await expect.poll(() => page.locator('#calc-ind-2-completed-error').innerText()).toContain('不能为负数');
    await expect.poll(() => page.locator('[data-pace-row]').count()).toBe(report.indicators.length - 2);
    await expect.poll(() => months(page).inputValue()).toBe('１０．５');
    // The service year itself: 0 is refused the same way.
    await page.getByLabel('服务年度共几个月').fill('0');
    await expect.poll(() => page.locator('#calc-pace-year-error').innerText()).toBe('服务年度月数应大于 0。');
    noErrors(w);
  });

  it('a saved state with bad months resets cleanly; a saved state from before the months opens', async ({ openPage }) => {
    const seed = async (value: string) => {
      const w = await openPage(PHONE);
      await seedStorage(w, STORAGE_KEY, value);
      await visit(w, PATH);
      await ready(w.page);
      return w;
    };
    const parties = Object.fromEntries(RULES.parties.map((p) => [p.id, { text: String(report.scores[p.id]), scale: 'points' }]));
    const staffing = Object.fromEntries(['requiredPosts', 'stableStaff', 'expectedAll', 'actualAll', 'expectedCertified', 'actualCertified', 'experienced'].map((f) => [f, '']));
    const bad = await seed(JSON.stringify({ v: 3, rules: RULES.id, parties, indicators: [], staffing, months: 10.5, yearMonths: '12', source: null }));
    await expect.poll(() => bad.page.locator('.calc-notice').innerText()).toContain('本机保存的计算器数据已损坏或无法识别，已清除');
    await expect.poll(() => bad.page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
    noErrors(bad);

    const old = await seed(JSON.stringify({ v: 2, rules: RULES.id, parties, indicators: [], staffing, source: null }));
    await expect.poll(() => summary(old.page).locator('[data-result=total]').innerText()).toBe(fixed(report.scores.total!));
    await showPart(old.page, 'pace');
    await months(old.page).fill('10.5');
    // Saved as version 3, months included.
    await old.page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? '{}').months === '10.5', STORAGE_KEY);
    noErrors(old);
  });
});

describe('calculator planning: at 320 px', () => {
  it('the wide tables scroll inside their captioned regions, the page does not; targets are 44 px; axe passes', async ({ openPage }) => {
    const w = await openCalculator(openPage, { ...PHONE, viewport: { width: 320, height: 640 } }, `${PATH}?report=${REPORT_ID}`);
    const { page } = w;
    await page.waitForSelector('[data-source]');
    await showPart(page, 'room');
    await showPart(page, 'pace');
    await showPart(page, 'staffing');
    await page.getByRole('button', { name: '以某份报告为起点' }).click();
    await page.waitForSelector('#calc-start-report');
    await expect.poll(() => page.locator('[data-pace-row]').count()).toBe(report.indicators.length);
    const regions = await page.locator('.calc-plan .table-scroll').evaluateAll((els) =>
      els.map((el) => ({
        scrolls: el.scrollWidth > el.clientWidth,
        name: document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.tagName,
        focusable: el.getAttribute('tabindex'),
      })),
    );
    expect(regions).toHaveLength(2);
    // The pace table (8 columns) is wider than a 320 px screen: it scrolls in its region, named by its caption.
    expect(regions[1]).toEqual({ scrolls: true, name: 'CAPTION', focusable: '0' });
    expect(regions[0]!.name).toBe('CAPTION');
    const { overflow, small } = await phoneLayoutProblems(page, '.calc-app button, .calc-app input[type=text], .calc-app select');
    expect(overflow).toBeLessThanOrEqual(0);
    expect(small).toEqual([]);
    // Body text of the new parts is at least 18 px.
    const tiny = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.calc-plan li, .calc-plan p, .calc-plan td, .calc-picker p'))
        .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 18)
        .map((el) => el.textContent),
    );
    expect(tiny).toEqual([]);
    await months(page).fill('13');
    await expect.poll(() => months(page).getAttribute('aria-invalid')).toBe('true');
    const violations = await axeAllRules(page);
    expect(violations).toEqual([]);
    noErrors(w);
  });
});
