/**
 * Which reports are compared: the ids a compare link names (?r=a,b), the reader's saved list, adding to it. Apart
 * from ./compare.ts and with no imports, so the 加入对比 island on every report page carries only this. Pure.
 */
/** At most this many reports side by side: four columns still read on a phone, in their scrolling region. */
export const MAX_COMPARED = 4;

/** What a report id looks like (station id, service year, stage: liuhua-2023-2024-final); anything else is refused. */
const REPORT_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

export const isReportId = (s: string) => REPORT_ID.test(s);

export interface ParsedIds {
  /** Valid ids, each once, in the link's order, at most MAX_COMPARED. */
  ids: string[];
  /** Chinese sentences about what was left out and why. */
  notices: string[];
}

/**
 * The reports a compare link names (?r=a,b). Only ids of the report-id form count; the rest is counted, never
 * echoed (it may be anything, script text included). More than MAX_COMPARED: the first ones.
 */
export function parseCompareIds(search: string): ParsedIds {
  // A hostile link may be huge: look at a bounded prefix (4 ids of 100 characters fit many times over).
  const raw = new URLSearchParams(search.slice(0, 4000)).get('r') ?? '';
  const parts = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const valid = [...new Set(parts.filter(isReportId))];
  const invalid = parts.filter((s) => !isReportId(s)).length;
  const notices: string[] = [];
  if (invalid > 0) notices.push(`链接中有 ${invalid} 个无法识别的报告编号，已略去。`);
  if (valid.length > MAX_COMPARED) notices.push(`一次最多对比 ${MAX_COMPARED} 份报告。链接中有 ${valid.length} 份，只取前 ${MAX_COMPARED} 份。`);
  return { ids: valid.slice(0, MAX_COMPARED), notices };
}

/** The saved list as read back from storage (untrusted): null when it is not a list of report ids, so it is reset. */
export function parseSavedList(raw: string | null): string[] | null {
  if (raw === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length > MAX_COMPARED) return null;
  if (!parsed.every((x): x is string => typeof x === 'string' && isReportId(x))) return null;
  return [...new Set(parsed)];
}

export type AddResult = 'added' | 'already' | 'full';

/** Add a report to the list, unless it is there already or the list is full. */
export function addToList(list: readonly string[], id: string): { list: string[]; result: AddResult } {
  if (list.includes(id)) return { list: [...list], result: 'already' };
  if (list.length >= MAX_COMPARED) return { list: [...list], result: 'full' };
  return { list: [...list, id], result: 'added' };
}
