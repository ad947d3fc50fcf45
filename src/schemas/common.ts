import { z } from 'astro/zod';

/**
 * A calendar date written YYYY-MM-DD. YAML may hand us a Date object for an
 * unquoted date; both become the ISO string, and an impossible date
 * (2024-02-30) or any other text is rejected.
 */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: '应为日期，格式 YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, '不是有效的日历日期'),
);

/** A count of people, items or sessions: a whole number ≥ 0. */
export const count = z.number({ error: '应为数字' }).int('应为整数').nonnegative('不能为负数');

/** A non-negative figure with at most two decimals (161.5 person-months, 83.62 points). */
export const amount = z
  .number({ error: '应为数字' })
  .nonnegative('不能为负数')
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, '最多两位小数');

/** A percentage as the report prints it, e.g. 106.46 for “106.46%”. */
export const percent = amount;

/** What the importer writes for a figure it could not establish (src/import/draft.ts); never valid content. */
export const IMPORT_MARKER = '待核对';

/** Non-empty text. The importer's 待核对 marker is rejected, so a draft cannot build until it is filled in. */
export const text = z
  .string({ error: '应为文字' })
  .trim()
  .min(1, '不能为空')
  .refine((s) => !s.startsWith(IMPORT_MARKER), { message: '导入时未能确定，请按报告填写' });

/** A period with start and end dates (inclusive). */
export const period = z
  .object({
    /** First day, YYYY-MM-DD. */
    start: isoDate,
    /** Last day, YYYY-MM-DD. */
    end: isoDate,
  })
  .refine((p) => p.start <= p.end, { message: '开始日期不能晚于结束日期', path: ['end'] });

/**
 * Unknown fields, with the nearest known field suggested: a misspelt optional field (`partyMember`) would
 * otherwise be dropped without a word, and a misspelt required one reported as missing without naming the
 * misspelling. Walks the data alongside the schema's shapes (objects, arrays, optional/default/nullable,
 * intersections, unions of objects, pipes). Used by the report schema and by the build's content check.
 */
export interface UnknownField {
  path: (string | number)[];
  key: string;
  message: string;
}

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> } };

/** Marks a shape whose object accepts keys it does not list. */
const LOOSE = Symbol('loose');

/** The object shapes a schema accepts at this level (several for a union), or null when it is not an object. */
function shapesOf(schema: AnySchema): Record<string, AnySchema>[] | null {
  const def = schema._zod.def as { type: string; [k: string]: unknown };
  switch (def.type) {
    case 'object': {
      // A loose object (z.looseObject: the rule set's parties in `scores`) takes other keys by design.
      const catchall = def.catchall as AnySchema | undefined;
      if (catchall && (catchall._zod.def as { type: string }).type !== 'never') return [{ ...(def.shape as Record<string, AnySchema>), [LOOSE]: catchall }];
      return [def.shape as Record<string, AnySchema>];
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return shapesOf(def.innerType as AnySchema);
    case 'pipe':
      return shapesOf(def.in as AnySchema) ?? shapesOf(def.out as AnySchema);
    case 'intersection': {
      const l = shapesOf(def.left as AnySchema);
      const r = shapesOf(def.right as AnySchema);
      return l && r ? [Object.assign({}, ...l, ...r) as Record<string, AnySchema>] : (l ?? r);
    }
    case 'union': {
      const all = (def.options as AnySchema[]).map(shapesOf).filter((s): s is Record<string, AnySchema>[] => s !== null);
      return all.length ? all.flat() : null;
    }
    default:
      return null;
  }
}

function elementOf(schema: AnySchema): AnySchema | null {
  const def = schema._zod.def as { type: string; [k: string]: unknown };
  if (def.type === 'array') return def.element as AnySchema;
  if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'].includes(def.type)) return elementOf(def.innerType as AnySchema);
  if (def.type === 'pipe') return elementOf(def.in as AnySchema) ?? elementOf(def.out as AnySchema);
  return null;
}

/** Edit distance, to suggest the field a misspelling meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const here = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      prev = here;
    }
  }
  return row[b.length]!;
}

export function nearestField(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (const k of known) {
    const d = k.toLowerCase().startsWith(key.toLowerCase()) || key.toLowerCase().startsWith(k.toLowerCase()) ? Math.min(distance(key, k), 2) : distance(key, k);
    if (d < bestScore) [best, bestScore] = [k, d];
  }
  return best !== null && bestScore <= Math.max(2, Math.floor(key.length / 3)) ? best : null;
}

export function unknownFieldMessage(key: string, known: readonly string[]): string {
  const near = nearestField(key, known);
  return near ? `未知字段 ${key}（是否应为 ${near}？）` : `未知字段 ${key}（可用字段：${known.join('、')}）`;
}

export function unknownFields(schema: z.ZodType, data: unknown, path: (string | number)[] = []): UnknownField[] {
  const s = schema as AnySchema;
  if (Array.isArray(data)) {
    const element = elementOf(s);
    return element ? data.flatMap((item, i) => unknownFields(element, item, [...path, i])) : [];
  }
  if (data === null || typeof data !== 'object' || data instanceof Date) return [];
  const shapes = shapesOf(s);
  if (!shapes) return [];
  const record = data as Record<string, unknown>;
  // Of a union's shapes, the one that knows the most of the data's keys.
  const shape = shapes.reduce((a, b) => (Object.keys(record).filter((k) => k in b).length > Object.keys(record).filter((k) => k in a).length ? b : a));
  const known = Object.keys(shape);
  const loose = LOOSE in shape;
  return Object.entries(record).flatMap(([key, value]) =>
    key in shape
      ? unknownFields(shape[key]!, value, [...path, key])
      : loose
        ? []
        : [{ path: [...path, key], key, message: unknownFieldMessage(key, known) }],
  );
}
