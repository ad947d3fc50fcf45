import { describe, expect } from 'vitest';
import { PHONE, visit } from '../harness/browser.ts';
import { it } from '../harness/fixture.ts';

const REPORT = '/reports/liuhua-2023-2024-final/';

describe('the 流花街 2023–2024 final report page', () => {
  it('shows the summary card figures computed by the scoring module', async ({ openPage }) => {
    const w = await openPage(PHONE);
    await visit(w, REPORT);
    const { page } = w;
    await expect(page.locator('h1').innerText()).resolves.toBe('广州市流花街社工服务站 末期评估报告');
    const card = page.locator('.summary-card');
    await expect(card.locator('[data-figure=total]').innerText()).resolves.toBe('83.62');
    await expect(card.locator('[data-figure=grade]').innerText()).resolves.toBe('良好');
    await expect(card.locator('[data-figure=grade-position]').innerText()).resolves.toBe(
      '距“优秀”还差 6.38 分；高出“良好”下限 3.62 分。',
    );
    const parties = await card.locator('table[data-table=parties] tbody tr').evaluateAll((rows) =>
      rows.map((r) => Array.from(r.children, (c) => (c as HTMLElement).innerText.trim())),
    );
    expect(parties).toEqual([
      ['项目监督方（区民政局）', '8.70', '10.00'],
      ['项目购买方（镇人民政府/街道办事处）', '18.00', '20.00'],
      ['市督导中心', '12.80', '15.00'],
      ['第三方评估机构', '44.12', '55.00'],
    ]);
    const retention = await card.locator('[data-figure=retention]').innerText();
    expect(retention).toContain('未达标');
    expect(retention).toContain('稳岗率 65.00%（13 / 20');
    expect(retention).toContain('不低于 80%');
    expect(retention).toContain('还需 3 名');
    const calc = card.getByRole('link', { name: '在计算器中打开' });
    await expect(calc.getAttribute('href')).resolves.toBe('/calculator/?report=liuhua-2023-2024-final');
    expect(w.consoleErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
  });

  it('has the indicator data table and a one-sentence summary', async ({ openPage }) => {
    const w = await openPage(PHONE);
    await visit(w, REPORT);
    const rows = await w.page.locator('table[data-table=indicators] tbody tr').evaluateAll((trs) =>
      trs.map((r) => Array.from(r.children, (c) => (c as HTMLElement).innerText.trim())),
    );
    expect(rows).toHaveLength(14);
    expect(rows[0]).toEqual(['建档', '412 / 387* 份', '106.46% 达标']);
    expect(rows[9]).toEqual(['专业小组服务人次', '1,522 / 720* 人次', '211.39% 达标']);
    expect(rows.every((r) => r[2]!.endsWith(' 达标'))).toBe(true);
    await expect(w.page.locator('[data-figure=indicator-summary]').innerText()).resolves.toBe(
      '14 项服务指标全部达到协议指标量，完成率从 100.67%（咨询个案）到 230.00%（大型社区活动服务人次）。',
    );
  });

  it('loads chart.js only once the chart is scrolled into view, then draws it', async ({ openPage }) => {
    const w = await openPage({ viewport: { width: 360, height: 640 } });
    const scripts: string[] = [];
    w.page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await visit(w, REPORT);
    const canvas = w.page.locator('canvas[data-chart=indicators]');
    await expect(canvas.getAttribute('aria-label')).resolves.toContain('14 项服务指标全部达到协议指标量');
    expect(scripts.filter((s) => s.includes('chart'))).toEqual([]);
    await canvas.scrollIntoViewIfNeeded();
    // All 14 indicators are met, so the bars are painted in the page's "met" colour (--color-good) and none in "not met".
    const count = () =>
      canvas.evaluate((c: HTMLCanvasElement) => {
        const css = getComputedStyle(document.documentElement);
        const rgb = (name: string) => {
          const probe = document.createElement('i');
          probe.style.color = css.getPropertyValue(name);
          document.body.append(probe);
          const m = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
          probe.remove();
          return m.slice(0, 3).join(',');
        };
        const good = rgb('--color-good');
        const warn = rgb('--color-warn');
        const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
        let goodPixels = 0;
        let warnPixels = 0;
        for (let i = 0; i < data.length; i += 4) {
          const px = `${data[i]},${data[i + 1]},${data[i + 2]}`;
          if (data[i + 3] === 255 && px === good) goodPixels++;
          if (data[i + 3] === 255 && px === warn) warnPixels++;
        }
        return { goodPixels, warnPixels };
      });
    // chart.js is fetched on the island's mount and draws when it arrives: wait for the bars themselves
    // (any ink at all could be a first frame or an axis), then check that drawing.
    let painted = { goodPixels: 0, warnPixels: 0 };
    await expect.poll(async () => (painted = await count()).goodPixels).toBeGreaterThan(1000);
    expect(scripts.some((s) => s.includes('chart-setup'))).toBe(true);
    expect(painted.goodPixels).toBeGreaterThan(1000);
    expect(painted.warnPixels).toBe(0);
    expect(w.foreignRequests).toEqual([]);
  });

  it('shows the full report text with a table of contents and marked findings', async ({ openPage }) => {
    const w = await openPage({ javaScriptEnabled: false });
    await visit(w, REPORT);
    const { page } = w;
    const toc = await page.locator('nav.toc a').allInnerTexts();
    expect(toc).toContain('一、社工站基本情况');
    expect(toc).toContain('八、结语');
    expect(toc).toContain('附件');
    // Every TOC link lands on a heading of the body.
    for (const href of await page.locator('nav.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(await page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`).count(), href).toBe(1);
    }
    // The body is laid out only when it nears the screen (.deferred-render): read it as a reader does, scrolled to.
    await page.locator('.report-body h2').first().scrollIntoViewIfNeeded();
    const positive = page.locator('div.findings.positive');
    const concern = page.locator('div.findings.concern');
    // 3 parties + 项目管理 + 项目执行 + 3 社工点 = 8 of each.
    await expect(positive.count()).resolves.toBe(8);
    await expect(concern.count()).resolves.toBe(8);
    // Laid out at the next frame after the scroll.
    await expect.poll(() => positive.first().innerText()).toContain('值得肯定的地方');
    await expect.poll(() => concern.first().innerText()).toContain('需要关注的地方');
    const body = await page.locator('.report-body').innerText();
    for (const phrase of ['进驻辖区服务8年', '以上四项总得分：83.62 分 等级：良好', '广州市流花街社工站购买服务项目社工到岗情况统计表']) {
      expect(body).toContain(phrase);
    }
    // The hotline is described, its numbers are not published and not invented.
    const facts = await page.locator('main').innerText();
    expect(facts.match(/号码未在评估报告中公布/g)).toHaveLength(3);
    expect(await page.locator('a[href^="tel:"]').count()).toBe(0);
  });
});
