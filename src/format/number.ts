/**
 * A figure the Chinese way, grouped, as Intl formats it by default: 12345 → "12,345", 35.5 → "35.5".
 * The formatter is made once: building one costs far more than using it, and report pages call this often.
 */
const grouped = new Intl.NumberFormat('zh-CN');

export function formatNumber(n: number): string {
  return grouped.format(n);
}
