/**
 * Dates are stored as YYYY-MM-DD and shown the Chinese way: 2024年3月20日, as Intl's zh-CN long date writes
 * them (tests/unit/formats.test.ts compares them). Written out by hand, because the calculator's print summary
 * stamps the reader's date as it loads (why: tests/gates/client-intl.test.ts).
 */
export function chineseDate(year: number, month: number, day: number): string {
  return `${year}年${month}月${day}日`;
}

export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`日期 “${iso}” 不是 YYYY-MM-DD`);
  return chineseDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Today in the reader's own time zone, e.g. for a printout. */
export function formatLocalDate(date: Date): string {
  return chineseDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

export function formatPeriod(p: { start: string; end: string }): string {
  return `${formatDate(p.start)}至${formatDate(p.end)}`;
}
