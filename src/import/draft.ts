/**
 * The frontmatter being built, and the table of where each figure came from. A figure is set with its
 * status: printed (read as printed), derived (computed from printed ones, e.g. a target), missing (not
 * found) or failed (found but failing the build's checks). Missing and failed figures are written as a
 * marker the build rejects (`待核对：…`), never as a plausible number. Pure.
 */

export type Status = 'printed' | 'derived' | 'missing' | 'failed';

export interface Row {
  /** Field path in the one style the build's messages use: `indicators[0].target`. */
  field: string;
  /** The value as written into the draft. */
  value: string;
  /** The source line it came from (1-based), when there is one. */
  line: number | null;
  status: Status;
  note?: string;
}

/** Prefix of the marker written for a figure the importer could not establish. */
export const MARKER = '待核对';

/** A number written as the report prints it (18.00 stays 18.00 in the YAML). */
export class Printed {
  readonly text: string;
  readonly value: number;
  constructor(text: string, value: number = Number(text)) {
    this.text = text;
    this.value = value;
  }
  toJSON(): number {
    return this.value;
  }
}

export const num = (text: string) => new Printed(text.replace(/\s+/g, ''));
export const int = (value: number) => new Printed(String(value), value);

export type Path = (string | number)[];

export function pathText(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

export class Draft {
  readonly data: Record<string, unknown> = {};
  readonly rows: Row[] = [];
  /** Comments to write above a field in the YAML, keyed by path text. */
  readonly comments = new Map<string, string>();

  set(path: Path, value: unknown, line: number | null, status: Status = 'printed', note?: string): void {
    let node = this.data as Record<string | number, unknown>;
    path.slice(0, -1).forEach((key, i) => {
      const next = path[i + 1];
      node[key] ??= typeof next === 'number' ? [] : {};
      node = node[key] as Record<string | number, unknown>;
    });
    node[path.at(-1)!] = value;
    if (value === undefined) return;
    const field = pathText(path);
    const shown = value instanceof Printed ? value.text : value === null ? 'null' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    const row: Row = { field, value: shown, line, status, ...(note ? { note } : {}) };
    // Setting a field again (the station's name, then its id) replaces its row.
    const at = this.rows.findIndex((r) => r.field === field);
    if (at >= 0) this.rows[at] = row;
    else this.rows.push(row);
  }

  /** A figure that was not found: the marker, and a row saying so. */
  missing(path: Path, what: string, line: number | null = null): void {
    this.forget(path);
    this.set(path, `${MARKER}：报告中找不到${what}`, line, 'missing');
  }

  /** An optional field the report does not state: nothing is written, the table says so. */
  absent(path: Path, what: string): void {
    if (this.get(path) !== undefined) return;
    this.rows.push({ field: pathText(path), value: '—', line: null, status: 'missing', note: `报告未写${what}（可选字段，不写入）` });
  }

  /** A figure found but failing a check: the marker with both values, and a row saying so. */
  failed(path: Path, message: string, line: number | null): void {
    this.forget(path);
    this.set(path, `${MARKER}：${message}`, line, 'failed', message);
  }

  /** A failed check replaces what was read before for the field and its parts. */
  private forget(path: Path): void {
    const field = pathText(path);
    for (let i = this.rows.length - 1; i >= 0; i--) {
      const f = this.rows[i]!.field;
      if (f === field || f.startsWith(`${field}.`) || f.startsWith(`${field}[`)) this.rows.splice(i, 1);
    }
  }

  get(path: Path): unknown {
    let node: unknown = this.data;
    for (const key of path) node = (node as Record<string | number, unknown> | undefined)?.[key];
    return node;
  }
}

/** Plain JSON of the draft (Printed numbers become numbers), as the YAML would parse. */
export function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
