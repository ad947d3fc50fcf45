/**
 * Every frontmatter figure, read from where the template prints it, with the source line: one reader per
 * section of the template (sections/). Nothing is guessed: a figure not found becomes a marker
 * (Draft.missing), one failing the build's own checks a marker naming both values (Draft.failed). Derived
 * numbers (targets, posts) are marked as derived. Pure.
 */
import type { ReportText } from './document.ts';
import { Draft, type Path } from './draft.ts';
import type { MatchableRuleSet } from './rule-sets.ts';
import { readBasics } from './sections/basics.ts';
import { sections } from './sections/context.ts';
import { readCover } from './sections/cover.ts';
import { readDates } from './sections/dates.ts';
import { readHotline } from './sections/hotline.ts';
import { readIndicators } from './sections/indicators.ts';
import { readKeyFigures } from './sections/key-figures.ts';
import { readPopulation } from './sections/population.ts';
import { readScores } from './sections/scores.ts';
import { readStaffing } from './sections/staffing.ts';
import { readZones } from './sections/zones.ts';
import type { Block } from './structure.ts';

export interface Extraction<R extends MatchableRuleSet> {
  draft: Draft;
  blocks: Block[];
  ruleSet: R | null;
  /** Why the report cannot be imported at all (not a report, no rule set matches …). */
  fatal: string | null;
}

/** Optional fields the report does not state are left out, and the table says so. */
const OPTIONAL: [Path, string][] = [
  [['operatingSince'], '承接运营起始年'],
  [['serviceModel'], '服务模式'],
  [['partyMembers'], '社工党员人数'],
  [['staffing', 'intermediateCertified'], '中级社工师证人数'],
  [['staffing', 'assistantCertified'], '助理社工师证人数'],
  [['staffing', 'experiencedStaff'], '从业 2 年以上社工人数'],
  [['staffing', 'leaderChanges'], '变更项目负责人次数'],
  [['staffing', 'certifiedAttendance'], '持证社工到岗人次'],
  [['staffing', 'experiencedAttendance'], '从业 2 年以上社工到岗人次'],
  [['population'], '困难群众和特殊群体人数'],
  [['keyFigures'], '其他数字（志愿者、资源、宣传等）'],
];

export function extractFigures<R extends MatchableRuleSet>(text: ReportText, ruleSets: readonly R[]): Extraction<R> {
  const s = sections(text);
  const { draft, blocks } = s;
  const cover = readCover(s);
  if (cover.fatal || cover.stationName === null) return { draft, blocks, ruleSet: null, fatal: cover.fatal };
  readBasics(s);
  readDates(s);
  readZones(s);
  readHotline(s);
  const { ruleSet, fatal } = readScores(s, ruleSets);
  if (fatal || !ruleSet) return { draft, blocks, ruleSet: null, fatal };
  readStaffing(s);
  const indicatorNames = readIndicators(s);
  const population = readPopulation(s);
  readKeyFigures(s, indicatorNames, population);
  for (const [path, what] of OPTIONAL) draft.absent(path, what);
  // Identity last: the station id needs the station's name (resolved by the caller).
  draft.set(['station'], cover.stationName, text.title!.line, 'derived', '社工站 id 由导入程序按名称生成');
  return { draft, blocks, ruleSet, fatal: null };
}
