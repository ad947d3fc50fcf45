/**
 * The importer: a report's text in the 协会's template → a draft MDX (frontmatter with every figure,
 * the body converted), the station file when the station is new, and the table of where each figure
 * came from. Pure: reading files and writing them is scripts/import/run.ts's job.
 */
import { reportId, type Stage } from '../schemas/report/identity.ts';
import { renderBody } from './body.ts';
import { splitReport } from './document.ts';
import { MARKER, plain, type Row } from './draft.ts';
import { frontmatter } from './emit.ts';
import { extractFigures } from './figures.ts';
import type { MatchableRuleSet } from './rule-sets.ts';
import { chooseStationId, districtOf, stationYaml, type KnownStation } from './station.ts';

export interface ImportOptions<R extends MatchableRuleSet> {
  ruleSets: readonly R[];
  stations: readonly KnownStation[];
  /** Write `rules: <id>`, the matched rule set (default true). */
  emitRules?: boolean;
  /** Where the text came from, for the header comment. */
  sourceName?: string;
}

export type ImportResult =
  | {
      ok: true;
      stationId: string;
      reportId: string;
      /** Path under the content folder: reports/<station>/<serviceYear>-<interim|final>.mdx. */
      reportPath: string;
      mdx: string;
      /** The new station's file (stations/<id>.yaml), or null when the station exists. */
      station: { path: string; yaml: string } | null;
      rows: Row[];
      /** The frontmatter as plain data (what YAML would parse). */
      data: Record<string, unknown>;
      body: string;
      ruleSetId: string;
      /** Figures written as markers: the build rejects the draft until they are filled in. */
      unresolved: number;
    }
  | { ok: false; message: string };

const STAGE_FILE: Record<Stage, string> = { 中期: 'interim', 末期: 'final' };

export function importReport<R extends MatchableRuleSet>(source: string, options: ImportOptions<R>): ImportResult {
  if (source.trim() === '') return { ok: false, message: '文件是空的：没有可导入的文字' };
  const text = splitReport(source);
  const { draft, blocks, ruleSet, fatal } = extractFigures(text, options.ruleSets);
  if (fatal || !ruleSet) return { ok: false, message: fatal ?? '无法确定评分规则' };

  const stationName = String(draft.get(['station']));
  const purchaser = draft.get(['parties', 'purchaser']);
  const choice = chooseStationId(stationName, typeof purchaser === 'string' ? districtOf(purchaser) : null, options.stations);
  draft.set(['station'], choice.id, text.title?.line ?? null, 'derived', choice.note);
  if (options.emitRules !== false) draft.set(['rules'], ruleSet.id, null, 'derived', `二、（五）所写权重和等级与规则 ${ruleSet.id}（${ruleSet.title}）相符`);

  const stage = draft.get(['stage']) as Stage;
  const year = draft.get(['serviceYear']);
  const yearOk = typeof year === 'string' && !year.startsWith(MARKER);
  const id = yearOk ? reportId(choice.id, year, stage) : `${choice.id}-unknown-year-${STAGE_FILE[stage]}`;
  const file = `${yearOk ? year : 'unknown-year'}-${STAGE_FILE[stage]}.mdx`;
  const body = renderBody(blocks);
  const header = [
    `${draft.get(['title'])}（${yearOk ? year.replace('-', '–') : '服务年度待核对'} 服务年度）`,
    `Imported from ${options.sourceName ?? 'the report text'} by npm run import. Every figure is as printed; derived`,
    'numbers are marked `targetDerived` / `requiredPostsDerived`. Proofread against the report before publishing.',
  ];
  const mdx = `${frontmatter(draft.data, draft.comments, header)}\n${body}`;
  return {
    ok: true,
    stationId: choice.id,
    reportId: id,
    reportPath: `reports/${choice.id}/${file}`,
    mdx,
    station: choice.isNew ? { path: `stations/${choice.id}.yaml`, yaml: stationYaml(stationName, id) } : null,
    rows: draft.rows,
    data: plain(draft.data) as Record<string, unknown>,
    body,
    ruleSetId: ruleSet.id,
    unresolved: draft.rows.filter((r) => r.status === 'missing' && r.value.startsWith(MARKER) || r.status === 'failed').length,
  };
}

export { resultTable } from './table.ts';
