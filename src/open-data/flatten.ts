/**
 * Walk an open-data record into its leaves: for the documentation check (every leaf's path is
 * documented) and for the per-report CSV (one row per figure).
 */
import { csvValue, type FieldDoc } from './fields.ts';
import type { Cell } from './csv.ts';

export interface Leaf {
  /** Documentation path: dots, with [] for list elements (indicators[].rate). */
  docPath: string;
  /** Concrete key: list elements named by their `key`, else by 1-based position (indicators.records.rate, sites.2.address). */
  key: string;
  /** Names of the list elements on the way down (e.g. 建档), for a readable label. */
  names: string[];
  /** The list element holding this leaf, if any (its `unit` may apply). */
  element: Record<string, unknown> | null;
  value: unknown;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every leaf of a JSON value, in order. A null object field is itself a leaf. */
export function leaves(value: unknown): Leaf[] {
  const out: Leaf[] = [];
  const walk = (v: unknown, docPath: string, key: string, names: string[], element: Record<string, unknown> | null) => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        const id = isPlainObject(item) && typeof item.key === 'string' ? item.key : String(i + 1);
        const name = isPlainObject(item) ? (item.name ?? item.label ?? item.address) : undefined;
        const nextNames = typeof name === 'string' ? [...names, name] : [...names, `第 ${i + 1} 项`];
        walk(item, `${docPath}[]`, `${key}.${id}`, nextNames, isPlainObject(item) ? item : element);
      });
    } else if (isPlainObject(v)) {
      for (const [k, child] of Object.entries(v)) {
        walk(child, docPath ? `${docPath}.${k}` : k, key ? `${key}.${k}` : k, names, element);
      }
    } else {
      out.push({ docPath, key, names, element, value: v });
    }
  };
  walk(value, '', '', [], null);
  return out;
}

/** Paths found in data that the documentation lacks (should be empty). */
export function undocumentedPaths(value: unknown, docs: readonly FieldDoc[]): string[] {
  const known = new Set(docs.map((d) => d.path));
  return [...new Set(leaves(value).map((l) => l.docPath))].filter((p) => !known.has(p));
}

export const FIGURE_CSV_HEADER = ['字段', '项目', '数值', '单位'] as const;

/** One report as long-format CSV rows: 字段 (stable key), 项目 (Chinese label), 数值, 单位. */
export function figureRows(record: unknown, docs: Map<string, FieldDoc>): Cell[][] {
  return leaves(record).map((leaf) => {
    const doc = docs.get(leaf.docPath);
    const label = doc?.label ?? leaf.docPath;
    const unit = doc?.unit === '@unit' ? String(leaf.element?.unit ?? '') : (doc?.unit ?? '');
    return [leaf.key, [...leaf.names, label].join('：'), csvValue(leaf.value, doc), leaf.value === null ? '' : unit];
  });
}
