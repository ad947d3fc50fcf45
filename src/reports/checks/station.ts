/**
 * The station a report names has a station file (content/stations/<id>.yaml). A 待核对 marker is not
 * looked up: the shape already asks for it to be filled in. Pure: the caller says which ids exist.
 */
import type { RuleSet } from '../../scoring/index.ts';
import { IMPORT_MARKER } from '../../schemas/common.ts';
import type { Problem, ReportFile } from './problem.ts';

export function stationProblems(file: ReportFile, _rules: RuleSet | undefined): Problem[] {
  const data = file.frontmatter;
  const station = data !== null && typeof data === 'object' ? (data as Record<string, unknown>).station : undefined;
  if (typeof station !== 'string' || station.startsWith(IMPORT_MARKER) || file.stationExists(station)) return [];
  return [{ path: ['station'], message: `找不到社工站 “${station}”（content/stations/ 下没有这个 id）` }];
}
