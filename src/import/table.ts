/** The table the import command ends with: field, value, source line, status. Pure. */
import type { Row, Status } from './draft.ts';

const STATUS: Record<Status, string> = { printed: '印出 printed', derived: '推算 derived', missing: '缺失 missing', failed: '未通过 failed check' };

/** Display width: CJK characters take two columns. */
const width = (s: string) => [...s].reduce((n, c) => n + (/[\u1100-\uffff]/.test(c) ? 2 : 1), 0);
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));
const cut = (s: string, w: number) => {
  let out = '';
  for (const c of s) {
    if (width(out + c) > w - 1) return `${out}…`;
    out += c;
  }
  return out;
};

export function resultTable(rows: readonly Row[], maxValue = 40): string {
  const head = ['字段 field', '值 value', '行 line', '状态 status'];
  const body = rows.map((r) => [r.field, cut(r.value, maxValue), r.line === null ? '—' : String(r.line), STATUS[r.status] + (r.note ? `：${r.note}` : '')]);
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((b) => (i === 3 ? 0 : width(b[i]!)))));
  const line = (cells: string[]) => cells.map((c, i) => (i === 3 ? c : pad(c, widths[i]!))).join('  ').trimEnd();
  const counts = (['printed', 'derived', 'missing', 'failed'] as const).map((s) => `${STATUS[s]} ${rows.filter((r) => r.status === s).length}`).join('，');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line), '', counts].join('\n');
}
