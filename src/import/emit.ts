/**
 * YAML for the draft: the frontmatter in the order and style of the published reports (one indicator,
 * category or key figure a line as a flow mapping), and the station file of a new station. Strings are
 * quoted only where YAML would read them as something else (dates, numbers, `: `, `#` …). Pure.
 */
import { Printed } from './draft.ts';

const ORDER = [
  'title', 'station', 'serviceYear', 'stage', 'rules', 'parties', 'agreementPeriod', 'evaluationPeriod', 'evaluationDate',
  'reportDate', 'operatingSince', 'fundingWanYuan', 'serviceModel', 'sites', 'zones', 'hotline', 'partyMembers',
  'scores', 'staffing', 'indicators', 'population', 'keyFigures',
];
/** Arrays written one flow mapping a line. */
const FLOW_ROWS = new Set(['indicators', 'categories', 'keyFigures']);

export function scalar(value: unknown): string {
  if (value instanceof Printed) return value.text;
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const s = String(value);
  const plain =
    s !== '' &&
    !/^[-?:,[\]{}#&*!|>'"%@`\s]/.test(s) &&
    !/[:#]\s|\s#|[,[\]{}]|\s$/.test(s) &&
    !/^(?:true|false|null|yes|no|on|off|~)$/i.test(s) &&
    !/^[-+]?(?:\d[\d_]*)?(?:\.\d+)?(?:e[-+]?\d+)?$/i.test(s) &&
    !/^\d{4}-\d{2}-\d{2}/.test(s);
  return plain ? s : JSON.stringify(s);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !(v instanceof Printed) && !Array.isArray(v);

function flow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (isObject(value)) return `{ ${Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${flow(v)}`).join(', ')} }`;
  return scalar(value);
}

function block(key: string, value: unknown, indent: string, comments: ReadonlyMap<string, string>, path: string): string[] {
  const out: string[] = [];
  const comment = comments.get(path);
  if (comment) out.push(`${indent}# ${comment}`);
  if (Array.isArray(value)) {
    if (value.every((v) => !isObject(v) && !Array.isArray(v))) {
      out.push(`${indent}${key}: ${flow(value)}`);
    } else if (FLOW_ROWS.has(key)) {
      out.push(`${indent}${key}:`);
      for (const row of value) out.push(`${indent}  - ${flow(row)}`);
    } else {
      out.push(`${indent}${key}:`);
      value.forEach((row, i) => {
        const lines = isObject(row)
          ? Object.entries(row).flatMap(([k, v]) => (v === undefined ? [] : block(k, v, `${indent}    `, comments, `${path}[${i}].${k}`)))
          : [`${indent}    ${flow(row)}`];
        lines[0] = `${indent}  - ${lines[0]!.trimStart()}`;
        out.push(...lines);
      });
    }
  } else if (isObject(value)) {
    out.push(`${indent}${key}:`);
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out.push(...block(k, v, `${indent}  `, comments, `${path}.${k}`));
  } else {
    out.push(`${indent}${key}: ${scalar(value)}`);
  }
  return out;
}

export function frontmatter(data: Record<string, unknown>, comments: ReadonlyMap<string, string> = new Map(), header: string[] = []): string {
  const keys = [...ORDER.filter((k) => k in data), ...Object.keys(data).filter((k) => !ORDER.includes(k))];
  const lines = [...header.map((h) => `# ${h}`), ...keys.flatMap((k) => (data[k] === undefined ? [] : block(k, data[k], '', comments, k)))];
  return `---\n${lines.join('\n')}\n---\n`;
}
