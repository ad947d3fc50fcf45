/**
 * The sentences of the calculator's planning sections, written once: where the missing points could come
 * from (最多可升 and 最多可降 per grade boundary), whether the indicators will reach the agreement at the
 * present pace, and what staffing the 稳岗率 rule still needs. The screen and the printed summary both say
 * them through these. Every number comes from src/scoring or src/calculator; every party and grade name
 * from the rule set.
 */
import {
  formatCount,
  formatHundredths,
  formatPercent,
  type Boundary,
  type Hundredths,
  type PartyId,
  type Retention,
  type RuleSet,
} from '../scoring/core.ts';
import { retentionRule, retentionShortfall } from './phrases.ts';

type Parties = Pick<RuleSet, 'parties'>;

/** A party's short name as the rule set gives it (第三方). */
function nameOf(rules: Parties, id: PartyId): string {
  return rules.parties.find((p) => p.id === id)?.name ?? id;
}

/** “监督方、购买方或第三方”: any one of them. */
function anyOf(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join('、')}或${names.at(-1)}`;
}

/** Points as the calculator shows them: “6.38 分”. */
const points = (h: Hundredths) => `${formatHundredths(h)} 分`;

/**
 * One higher grade: “第三方再得 6.38 分即达优秀；单靠监督方无法达到（最多还能加 1.30 分）；…”, each party on
 * its own with the others unchanged. A party at its maximum is never proposed: “督导中心已是满分”.
 */
export function riseSentence(rules: Parties, b: Boundary): string {
  const can = b.parties.filter((p) => p.move !== null).map((p) => nameOf(rules, p.id));
  const clauses =
    can.length > 0
      ? [`${anyOf(can)}再得 ${points(b.change)}即达${b.grade}`]
      : [`离${b.grade}还差 ${points(b.change)}，单靠任何一方都无法达到，需几方一起提高`];
  for (const p of b.parties) {
    if (p.move !== null) continue;
    const name = nameOf(rules, p.id);
    clauses.push(p.reach === 0 ? `${name}已是满分` : `单靠${name}无法达到（最多还能加 ${points(p.reach)}）`);
  }
  return `${clauses.join('；')}。`;
}

/**
 * One lower grade: “任何一方少得 3.63 分即降为合格” when every party could drop it alone, else “第三方少得 23.63 分
 * 即降为不合格；监督方即使得 0 分，等级也不会降为不合格”.
 */
export function fallSentence(rules: Parties, b: Boundary): string {
  const can = b.parties.filter((p) => p.move !== null);
  const who = can.length === b.parties.length && can.length > 1 ? '任何一方' : anyOf(can.map((p) => nameOf(rules, p.id)));
  const clauses = can.length > 0 ? [`${who}少得 ${points(b.change)}即降为${b.grade}`] : [];
  for (const p of b.parties) {
    if (p.move === null) clauses.push(`${nameOf(rules, p.id)}即使得 0 分，等级也不会降为${b.grade}`);
  }
  return `${clauses.join('；')}。`;
}

/** The column heading of a party's room to grow: 最多可升 (max − score). */
export const ROOM_HEADING = '最多可升';

/** Whether a party alone reaches a grade, for a table cell: “能（再得 6.38 分）” / “不能”. */
export function reachCell(move: Hundredths | null): string {
  return move === null ? '不能' : `能（再得 ${points(move)}）`;
}

/** The months the pace is measured over: “已过 10.5 个月，共 12 个月”. */
export function monthsPhrase(elapsed: Hundredths, year: Hundredths): string {
  return `已过 ${formatCount(elapsed)} 个月，共 ${formatCount(year)} 个月`;
}

/** How the projection is made, as the calculator's rules explain it. */
export const PROJECTION_FORMULA = '年底预计 = 完成量 ÷ 考核月份 × 服务年度月数';

/** The heading of the pace's projection, marked as one. */
export const PROJECTION_HEADING = '年底预计（按目前进度推算）';

/** How many indicators the present pace leaves short: the line above the list of them. */
export function paceSummary(elapsed: Hundredths, year: Hundredths, rated: number, missing: number): string {
  const at = `按目前进度（${monthsPhrase(elapsed, year)}）推算`;
  if (rated === 0) return `${at}：还没有可推算的指标。`;
  return missing === 0
    ? `${at}，到服务年度结束时 ${rated} 项指标都能达标。`
    : `${at}，到服务年度结束时 ${rated} 项指标中有 ${missing} 项达不到，差得最多的在前：`;
}

/**
 * One indicator the pace leaves short: “专业个案完成：年底预计 40（完成率 71.43%），还差 16；余下 6 个月每月需
 * 完成 6，目前每月 3.33”.
 */
export function willMissLine(p: {
  name: string;
  projected: Hundredths;
  projectedRate: Hundredths;
  projectedShortfall: Hundredths;
  pacePerMonth: Hundredths;
  neededPerMonth: Hundredths | null;
  monthsLeft: Hundredths;
}): string {
  const need =
    p.neededPerMonth === null
      ? '服务年度已无剩余月份'
      : `余下 ${formatCount(p.monthsLeft)} 个月每月需完成 ${formatCount(p.neededPerMonth)}，目前每月 ${formatCount(p.pacePerMonth)}`;
  return `${p.name}：年底预计 ${formatCount(p.projected)}（完成率 ${formatPercent(p.projectedRate)}），还差 ${formatCount(p.projectedShortfall)}；${need}。`;
}

/** The staffing plan in one or two sentences, under the rule set's 稳岗率 minimum (or its absence). */
export function staffingPlanSentences(
  rules: Pick<RuleSet, 'staffing'>,
  plan: { now: Retention; mustStay: number | null; canLeave: number | null; afterOneLeaves: Retention | null },
): string[] {
  const { now, mustStay, canLeave, afterOneLeaves } = plan;
  const min = rules.staffing.retentionMinPercent;
  const first =
    min === null || now.met === null
      ? `稳岗率 ${formatPercent(now.rate)}；${retentionRule(rules)}。`
      : now.met
        ? `稳岗率 ${formatPercent(now.rate)}，达到“不低于 ${min}%”的要求；${canLeave ? `最多还可以有 ${canLeave} 人离岗而仍然达标` : '再有人离岗就达不到'}。`
        : `稳岗率 ${formatPercent(now.rate)}，未达到“不低于 ${min}%”的要求：${retentionShortfall(mustStay ?? 0)}。`;
  if (!afterOneLeaves) return [first];
  const after = `再有 1 人离岗，稳岗率将降到 ${formatPercent(afterOneLeaves.rate)}`;
  const second =
    afterOneLeaves.met === null
      ? `${after}。`
      : afterOneLeaves.met
        ? `${after}，仍达到要求。`
        : `${after}，${retentionShortfall(afterOneLeaves.shortBy ?? 0)}。`;
  return [first, second];
}

/** An indicator the pace leaves short, in a line of the printed summary: “专业个案完成（个）年底预计 71.43%”. */
export function willMissShort(p: { name: string; projectedRate: Hundredths }): string {
  return `${p.name}年底预计 ${formatPercent(p.projectedRate)}`;
}
