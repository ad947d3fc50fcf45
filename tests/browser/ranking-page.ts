/** A ranking page as a reader meets it: its table read cell by cell, its open-data JSON, and sorting by keyboard. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { RankingFile } from '../../src/open-data/ranking-record.ts';

export interface ShownRanking {
  headers: string[];
  /** Per row: the report id (data-id) and each cell's text, header cell included, in column order. */
  rows: { id: string; cells: string[] }[];
  /** aria-sort of each header, null where absent. */
  ariaSort: (string | null)[];
}

export function readRanking(page: Page): Promise<ShownRanking> {
  return page.evaluate(() => {
    const table = document.querySelector('table[data-table=ranking]')!;
    const text = (el: Element) => (el as HTMLElement).innerText.replace(/[↑↓↕]/g, '').trim();
    const ths = [...table.querySelectorAll('thead th')];
    return {
      headers: ths.map(text),
      ariaSort: ths.map((th) => th.getAttribute('aria-sort')),
      rows: [...table.querySelectorAll('tbody tr')].map((tr) => ({ id: (tr as HTMLElement).dataset.id!, cells: [...tr.children].map(text) })),
    };
  });
}

export async function fetchJson<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<T>;
}

const two = (n: number) => n.toFixed(2);

/**
 * The table says what the open-data file says: for each row, its rank (citywide or in the district), the
 * station, total, grade, each party's points, 稳岗率 and the count below target; the same reports, in order.
 */
export function expectRankingMatchesJson(shown: ShownRanking, file: RankingFile, district: string | null): void {
  const col = (name: string) => {
    const i = shown.headers.indexOf(name);
    expect(i, `column ${name} in ${shown.headers.join(' | ')}`).toBeGreaterThanOrEqual(0);
    return i;
  };
  const expected = file.reports.filter((r) => district === null || r.station.district === district);
  expect(shown.rows.map((r) => r.id)).toEqual(expected.map((r) => r.reportId));
  for (const [i, r] of expected.entries()) {
    const cells = shown.rows[i]!.cells;
    expect(cells[col('名次')]).toBe(String(district === null ? r.rank : r.districtRank));
    expect(cells[col('社工站')]).toBe(r.station.name);
    expect(cells[col('总分')]).toBe(two(r.total));
    expect(cells[col('等级')]).toBe(r.grade);
    for (const p of r.parties) expect(cells[shown.headers.findIndex((h) => h.split('／').includes(p.name))]).toBe(two(p.points));
    expect(cells[col('稳岗率')]).toBe(`${two(r.retention.rate)}%`);
    expect(cells[col('未达标指标')]).toBe(String(r.belowTarget));
    if (district === null) expect(cells[col('区')]).toBe(r.station.district);
  }
}

/** Press Tab until the sort button of the column `label` has focus (as a keyboard user gets there), then Enter. */
export async function sortWithKeyboard(page: Page, label: string): Promise<void> {
  await page.locator('h1').click();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.tagName === 'BUTTON' && el.closest('th') ? (el as HTMLElement).innerText.replace(/[↑↓↕]/g, '').trim() : null;
    });
    if (focused === label) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`no sort button “${label}” reached with Tab`);
}
