/** Dates are stored as YYYY-MM-DD and shown the Chinese way: 2024年3月20日. */
const longDate = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

export function formatDate(iso: string): string {
  return longDate.format(new Date(`${iso}T00:00:00Z`));
}

export function formatPeriod(p: { start: string; end: string }): string {
  return `${formatDate(p.start)}至${formatDate(p.end)}`;
}
