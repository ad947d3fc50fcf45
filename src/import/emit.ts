/**
 * YAML for the draft, written by the `yaml` package: the frontmatter in the order and style of the
 * published reports (one indicator, category or key figure a line as a flow mapping, short lists of scalars
 * in flow style, comments above the fields they explain), and the station file of a new station. The
 * library quotes whatever YAML would read as something else (`备注: x`, `.inf`, `0x1F`, `yes`, `~`, a date,
 * leading zeros, `#`), under YAML 1.1's rules as well, which the content loader's parser follows. Printed
 * numbers keep their printed decimals (18.00). Pure.
 */
import { Document, parse, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { Printed } from './draft.ts';

const ORDER = [
  'title', 'station', 'serviceYear', 'stage', 'rules', 'parties', 'agreementPeriod', 'evaluationPeriod', 'evaluationDate',
  'reportDate', 'operatingSince', 'fundingWanYuan', 'serviceModel', 'sites', 'zones', 'hotline', 'partyMembers',
  'scores', 'staffing', 'indicators', 'population', 'keyFigures',
];
/** Arrays written one flow mapping a line. */
const FLOW_ROWS = new Set(['indicators', 'categories', 'keyFigures']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !(v instanceof Printed) && !Array.isArray(v);

function scalar(value: unknown): Scalar {
  if (value instanceof Printed) {
    const node = new Scalar(value.value);
    // 18.00 stays 18.00: as many decimals as printed.
    node.minFractionDigits = value.text.split('.')[1]?.length ?? 0;
    return node;
  }
  const node = new Scalar(value);
  // Written under YAML 1.1's rules (yes, 2024-03-15 quoted); a string YAML 1.2 would also read otherwise (0o17) is quoted too.
  if (typeof value === 'string' && !readsAsItself(value)) node.type = 'QUOTE_DOUBLE';
  return node;
}

/** Whether a string written plain reads back as itself under both YAML versions. */
function readsAsItself(s: string): boolean {
  // Every tag YAML resolves a plain scalar to (numbers, booleans, null, dates, .inf) is spelt in ASCII.
  if (/[^\x00-\x7f]/.test(s)) return true;
  try {
    return parse(s, { version: '1.2', logLevel: 'silent' }) === s && parse(s, { version: '1.1', logLevel: 'silent' }) === s;
  } catch {
    return false;
  }
}

function node(value: unknown, key: string, path: string, comments: ReadonlyMap<string, string>, flow = false): Scalar | YAMLMap | YAMLSeq {
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    value.forEach((item, i) => seq.items.push(node(item, key, `${path}[${i}]`, comments, flow || FLOW_ROWS.has(key))));
    seq.flow = flow || value.every((v) => !isObject(v) && !Array.isArray(v));
    return seq;
  }
  if (isObject(value)) {
    const map = new YAMLMap();
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      const keyNode = new Scalar(k);
      const comment = comments.get(`${path}.${k}`);
      if (comment) keyNode.commentBefore = ` ${comment}`;
      map.add({ key: keyNode, value: node(v, k, `${path}.${k}`, comments, flow) });
    }
    map.flow = flow;
    return map;
  }
  return scalar(value);
}

export function frontmatter(data: Record<string, unknown>, comments: ReadonlyMap<string, string> = new Map(), header: string[] = []): string {
  const keys = [...ORDER.filter((k) => k in data), ...Object.keys(data).filter((k) => !ORDER.includes(k))];
  const doc = new Document(null, { version: '1.1' });
  const root = new YAMLMap();
  for (const k of keys) {
    if (data[k] === undefined) continue;
    const keyNode = new Scalar(k);
    const comment = comments.get(k);
    if (comment) keyNode.commentBefore = ` ${comment}`;
    root.add({ key: keyNode, value: node(data[k], k, k, comments) });
  }
  doc.contents = root;
  // The header above the first field, as the published reports have it (a document comment would add a blank line).
  const first = root.items[0]?.key as Scalar | undefined;
  const head = header.map((h) => ` ${h}`).join('\n');
  if (first && head) first.commentBefore = first.commentBefore ? `${head}\n${first.commentBefore}` : head;
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: true, defaultStringType: 'PLAIN', nullStr: 'null' });
  // The published reports pad flow mappings ({ a: 1 }) but not flow lists ([a, b]); the library pads both.
  // A value starting with “[” is quoted unless it is a flow list, so this touches only those.
  const lists = yaml.replace(/^(\s*(?:- )?[\w-]+: )\[ (.*) \]$/gm, '$1[$2]');
  return `---\n${lists}---\n`;
}
