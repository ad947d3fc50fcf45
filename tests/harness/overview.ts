/**
 * The overview pages as a reader checks them against the open data: what a year's page prints (its grade
 * table, spread, 稳岗率 sentence, indicators table), and the same figures counted again here, by hand, from
 * /data/reports.json: a different road to the same numbers, so a slip in src/across/ shows as a mismatch.
 * Used on today's site (tests/browser/overview.test.ts) and on the city slice (tests/scratch/overview.test.ts).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { visit, type WatchedPage } from './browser.ts';
import { cityRuleSetById } from '../../tools/fictional-city/rule-sets.ts';

interface OpenReport {
  id: string;
  rules: string;
  serviceYear: string;
  stage: '中期' | '末期';
  station: { name: string; district: string };
  scores: { total: number; grade: string };
  staffing: { retention: { met: boolean | null } };
  indicators: { name: string; met: boolean }[];
}

export async function openReports(w: WatchedPage): Promise<OpenReport[]> {
  const res = await w.page.request.get(new URL('/data/reports.json', w.siteOrigin).href);
  return ((await res.json()) as { reports: OpenReport[] }).reports;
}

const STAGE_ID = { 中期: 'interim', 末期: 'final' } as const;

/** What a round's part of the page should say, counted from the open data. */
export interface ExpectedRound {
  stageId: string;
  /** “区 等级” → count, the city as 全市; zero cells left out. */
  grades: Record<string, number>;
  median: string | null;
  lowest: string | null;
  highest: string | null;
  retentionMet: number;
  retentionNotMet: number;
  /** Indicator name → reports below target. */
  below: Record<string, number>;
}

const cents = (x: number) => Math.round(x * 100);
const points = (c: number) => `${(c / 100).toFixed(2)} 分`;

export function expectedRounds(reports: readonly OpenReport[], year: string): ExpectedRound[] {
  const out: ExpectedRound[] = [];
  for (const stage of ['末期', '中期'] as const) {
    const round = reports.filter((r) => r.serviceYear === year && r.stage === stage);
    if (round.length === 0) continue;
    const grades: Record<string, number> = {};
    for (const r of round) {
      for (const where of ['全市', r.station.district]) grades[`${where} ${r.scores.grade}`] = (grades[`${where} ${r.scores.grade}`] ?? 0) + 1;
    }
    // In points when the round's rule sets share one maximum (the page then prints 分), else as shares of it.
    const oneMax = new Set(round.map((r) => cityRuleSetById(r.rules)!.totalMax)).size === 1;
    const sorted = round.map((r) => cents(r.scores.total)).sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    const medianCents = sorted.length % 2 ? sorted[mid]! : Math.floor((sorted[mid - 1]! + sorted[mid]! + 1) / 2);
    const below: Record<string, number> = {};
    for (const r of round) for (const i of r.indicators) below[i.name] = (below[i.name] ?? 0) + (i.met ? 0 : 1);
    out.push({
      stageId: STAGE_ID[stage],
      grades,
      median: oneMax ? points(medianCents) : null,
      lowest: oneMax ? points(sorted[0]!) : null,
      highest: oneMax ? points(sorted.at(-1)!) : null,
      retentionMet: round.filter((r) => r.staffing.retention.met === true).length,
      retentionNotMet: round.filter((r) => r.staffing.retention.met === false).length,
      below,
    });
  }
  return out;
}

/** What a round's part of a year's page prints, read from its tables and sentences. */
export async function readRound(page: Page, stageId: string): Promise<ExpectedRound> {
  const section = page.locator(`section.round:has(h2#${stageId})`);
  const grades = await section.locator('table[data-table="grades"]').evaluate((table) => {
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    const out: Record<string, number> = {};
    for (const tr of table.querySelectorAll('tbody tr')) {
      const where = tr.querySelector('th')!.textContent!.trim();
      [...tr.querySelectorAll('td')].slice(0, -1).forEach((td, i) => {
        const n = Number(td.textContent!.trim());
        if (n > 0) out[`${where} ${heads[i + 1]}`] = n;
      });
    }
    return out;
  });
  const value = (name: string) => section.locator(`[data-figure="spread"] [data-value="${name}"]`).textContent();
  const retention = (await section.locator('[data-figure="retention"]').innerText()).replace(/\s+/g, '');
  const met = Number(/^(\d+)个社工站达到/.exec(retention)?.[1]);
  const notMet = Number(/(\d+)个未达到/.exec(retention)?.[1]);
  const below = await section.locator('table[data-table="indicators"] tbody tr').evaluateAll((trs) =>
    Object.fromEntries(trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), Number(tr.querySelectorAll('td')[1]!.textContent!.trim())])),
  );
  const isPoints = (await section.locator('[data-figure="spread"]').innerText()).includes('分');
  return {
    stageId,
    grades,
    median: isPoints ? await value('median') : null,
    lowest: isPoints ? await value('lowest') : null,
    highest: isPoints ? await value('highest') : null,
    retentionMet: met,
    retentionNotMet: notMet,
    below,
  };
}

/** Visit a year's overview and check every round on it against the open data. Returns the rounds checked. */
export async function checkYearAgainstOpenData(w: WatchedPage, year: string): Promise<ExpectedRound[]> {
  const expected = expectedRounds(await openReports(w), year);
  await visit(w, `/overview/${year}/`);
  expect(await w.page.locator('section.round').count()).toBe(expected.length);
  for (const round of expected) expect(await readRound(w.page, round.stageId)).toEqual(round);
  return expected;
}
