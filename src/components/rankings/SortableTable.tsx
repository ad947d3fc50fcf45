/**
 * Sorting a ranking table in place (an island). The table itself is server-rendered HTML: without JavaScript
 * it is the ranking, in rank order. This island finds it by id and turns each sortable column header
 * (th[data-sort]) into a button; pressing one (click, Enter or Space) orders the rows by that column's cell
 * values (each cell's data-v, a number), first in the column's own direction (data-sort: "descending" for
 * points, "ascending" for ranks and indicators below target), again to reverse it. `aria-sort` is kept on the
 * sorted header alone, and a status line says the new order. Equal values keep rank order. Plain DOM work on
 * HTML the island does not render, so it ships little more than the event handler.
 */
import { useEffect, useState } from 'preact/hooks';

interface Props {
  /** The id of the <table> to sort. */
  tableId: string;
}

type Direction = 'ascending' | 'descending';

const ARROW: Record<Direction, string> = { ascending: '↑', descending: '↓' };
const SAID: Record<Direction, string> = { ascending: '从低到高', descending: '从高到低' };

/** A cell's sort value; a cell without one (a party the report's rule set lacks) goes last either way. */
function valueOf(row: HTMLTableRowElement, column: number, direction: Direction): number {
  const raw = row.cells[column]?.dataset.v;
  if (raw === undefined || raw === '') return direction === 'ascending' ? Infinity : -Infinity;
  return Number(raw);
}

export default function SortableTable({ tableId }: Props) {
  const [message, setMessage] = useState('');

  useEffect(() => {
    const table = document.getElementById(tableId) as HTMLTableElement | null;
    const body = table?.tBodies[0];
    if (!table || !body) return;
    // Rank order, to fall back on for equal values.
    const original = Array.from(body.rows);
    const rankOrder = new Map(original.map((row, i) => [row, i]));
    const headers = Array.from(table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]'));

    const sortBy = (th: HTMLTableCellElement, direction: Direction) => {
      const column = th.cellIndex;
      const sign = direction === 'ascending' ? 1 : -1;
      const rows = [...original].sort((a, b) => sign * (valueOf(a, column, direction) - valueOf(b, column, direction)) || rankOrder.get(a)! - rankOrder.get(b)!);
      body.append(...rows);
      for (const h of headers) {
        if (h === th) h.setAttribute('aria-sort', direction);
        else h.removeAttribute('aria-sort');
        const arrow = h.querySelector('.sort-arrow');
        if (arrow) arrow.textContent = h === th ? ARROW[direction] : '↕';
      }
      setMessage(`已按${th.dataset.label ?? ''}${SAID[direction]}排列`);
    };

    for (const th of headers) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      const arrow = document.createElement('span');
      arrow.className = 'sort-arrow';
      arrow.setAttribute('aria-hidden', 'true');
      arrow.textContent = th.hasAttribute('aria-sort') ? ARROW[th.getAttribute('aria-sort') as Direction] : '↕';
      button.append(...Array.from(th.childNodes), arrow);
      th.append(button);
      button.addEventListener('click', () => {
        const first = (th.dataset.sort as Direction) ?? 'descending';
        const current = th.getAttribute('aria-sort') as Direction | null;
        sortBy(th, current === null ? first : current === 'ascending' ? 'descending' : 'ascending');
      });
    }
  }, [tableId]);

  return (
    <p class="visually-hidden" role="status">
      {message}
    </p>
  );
}
