/**
 * Everything wrong with one report file, in one pass: unknown and missing fields, wrong values, the
 * figure checks, figures the body does not print, a body that is not MDX the page can show, an unknown
 * station, and figures the importer left as 待核对 markers. Pure: the caller hands in the file's text, its
 * parsed frontmatter and the station ids.
 */
import { z } from 'astro/zod';
import { reportBodyProblems } from '../reports/body.ts';
import { splitReportFile } from '../reports/frontmatter.ts';
import { figuresMissingFromBody } from '../reports/verify-text.ts';
import { ruleSetById } from '../scoring/index.ts';
import { IMPORT_MARKER } from '../schemas/common.ts';
import { reportIssues } from '../schemas/report/index.ts';
import { fieldPath, lineFinder, type ContentProblem } from './problems.ts';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const key of path) node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  return node;
}

export function checkReportFile(file: string, source: string, data: unknown, stationExists: (id: string) => boolean): ContentProblem[] {
  const line = lineFinder(source, true);
  const seen = new Set<string>();
  const out: ContentProblem[] = [];
  const add = (path: readonly PropertyKey[], message: string) => {
    const field = fieldPath(path);
    const key = `${field}\u0000${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ file, line: line(path), field, message });
  };
  for (const issue of reportIssues(z.string({ error: '应为社工站 id' }), data)) {
    const value = valueAt(data, issue.path);
    if (typeof value === 'string' && value.startsWith(IMPORT_MARKER)) add(issue.path, `导入时未能确定，请按报告填写（${value}）`);
    else if (issue.code === 'invalid_type' && value === undefined) add(issue.path, '缺少字段');
    else add(issue.path, issue.message);
  }
  const station = valueAt(data, ['station']);
  if (typeof station === 'string' && !station.startsWith(IMPORT_MARKER) && !stationExists(station)) {
    add(['station'], `找不到社工站 “${station}”（content/stations/ 下没有这个 id）`);
  }
  const rulesId = valueAt(data, ['rules']);
  const rules = typeof rulesId === 'string' ? ruleSetById(rulesId) : undefined;
  for (const miss of figuresMissingFromBody(data as Record<string, unknown>, splitReportFile(source).body, rules)) {
    const path = miss.field.split(/\.|\[|\]\.?/).filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    add(path, `正文中找不到 frontmatter 所写的 “${miss.expected}”`);
  }
  for (const p of reportBodyProblems(source)) out.push({ file, line: p.line, field: '正文', message: p.message });
  return out;
}
