/**
 * The sentences the site says about scores and requirements, in one place: report pages, the
 * methodology pages, the calculator's islands and the open-data docs all word a grade position, a
 * requirement or a report's title through these, so the same thing is never said two ways. Pure.
 * Every number comes from the rule set or the scoring module; nothing here knows a rule.
 */
import {
  formatHundredths,
  scaleName,
  type GradePosition,
  type PartyRule,
  type Retention,
  type RuleSet,
} from '../scoring/core.ts';

/** A block of findings as the reports label it: <Findings kind="positive"> is 值得肯定的地方. */
export const FINDINGS_LABEL = { positive: '值得肯定的地方', concern: '需要关注的地方' } as const;
export type FindingsKind = keyof typeof FINDINGS_LABEL;

/** A report as the site titles it: “广州市流花街社工服务站 末期评估报告（2023-2024）”. */
export function reportTitle(report: { title: string; serviceYear: string }): string {
  return `${report.title}（${report.serviceYear}）`;
}

/**
 * Where a total stands: “距“优秀”还差 6.38 分。” or, in the highest band, “已是最高等级“优秀”。”;
 * `withFloor` adds how far it is above its band's floor: “…；高出“良好”下限 3.62 分。”.
 */
export function gradePositionSentence(position: GradePosition, withFloor = false): string {
  const next =
    position.nextGrade !== null && position.toNext !== null
      ? `距“${position.nextGrade}”还差 ${formatHundredths(position.toNext)} 分`
      : `已是最高等级“${position.grade}”`;
  const floor =
    withFloor && position.marginAboveFloor !== null
      ? `；高出“${position.grade}”下限 ${formatHundredths(position.marginAboveFloor)} 分`
      : '';
  return `${next}${floor}。`;
}

/** The rule: “稳岗率不低于 80%”, or that the set has none. */
export function retentionRule(rules: Pick<RuleSet, 'staffing'>): string {
  const min = rules.staffing.retentionMinPercent;
  return min === null ? '本评估办法对稳岗率没有规定最低要求' : `稳岗率不低于 ${min}%`;
}

/** Whether a 稳岗率 meets the rule: “达到“不低于 80%”的要求” / “未达到…，还需 3 人持续稳定在岗”. */
export function retentionVerdict(rules: Pick<RuleSet, 'staffing'>, retention: Retention): string {
  const min = rules.staffing.retentionMinPercent;
  if (retention.met === null || min === null) return retentionRule(rules);
  return retention.met
    ? `达到“不低于 ${min}%”的要求`
    : `未达到“不低于 ${min}%”的要求，还需 ${retention.shortBy ?? 0} 人持续稳定在岗`;
}

/**
 * What an unmet 稳岗率 still needs, as a report page says it after the rule: “还需 3 名社工持续稳定在岗才达标”.
 * The calculator says the same in `retentionVerdict` (“…还需 3 人持续稳定在岗”): two wordings today, kept
 * as the pages print them.
 */
export function retentionShortfall(shortBy: number): string {
  return `还需 ${shortBy} 名社工持续稳定在岗才达标`;
}

/** The methodology's worked example after its 稳岗率: “，达到要求的 80%” / “，低于要求的 80%”, or that the set has none. */
export function retentionExampleVerdict(retention: Pick<Retention, 'met' | 'requirement'>): string {
  return retention.met === null ? '（这套办法对稳岗率没有规定最低要求）' : `，${retention.met ? '达到' : '低于'}要求的 ${retention.requirement}%`;
}

/** The indicator rule: “完成率达到 100% 为达标”. */
export function indicatorRule(rules: Pick<RuleSet, 'indicatorMetPercent'>): string {
  return `完成率达到 ${rules.indicatorMetPercent}% 为达标`;
}

/** “购买方（满分 20 分）” / “购买方（百分制，满分 100 分）”. */
export function partyInputLabel(party: PartyRule, scale: 'points' | 'rating'): string {
  return scale === 'points'
    ? `${party.name}（满分 ${party.maxPoints} 分）`
    : `${party.name}（${scaleName(party.scale)}，满分 ${party.scale} 分）`;
}

/** The choice of how to enter a party's score: “按 20 分制” (points) or “按百分制” / “按 1000 分制” (its own scale). */
export function scaleChoice(party: PartyRule, scale: 'points' | 'rating'): string {
  if (scale === 'points') return `按 ${party.maxPoints} 分制`;
  return party.scale === 100 ? '按百分制' : `按 ${party.scale} 分制`;
}

/** A rule set's name with its document numbers: “…（穗府办〔2023〕7 号、穗民〔2023〕97 号）”. */
export function ruleSetName(rules: Pick<RuleSet, 'title' | 'documentNumbers'>): string {
  return rules.documentNumbers.length > 0 ? `${rules.title}（${rules.documentNumbers.join('、')}）` : rules.title;
}

const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A small count in Chinese numerals (4 → 四), as in 四方、三个等级; digits past ten. */
export function countWord(n: number): string {
  return NUMERALS[n] ?? String(n);
}

/** The total's composition in words: “总分 100 分，由四方评估得分相加”. */
export function totalRule(rules: Pick<RuleSet, 'totalMax' | 'parties'>): string {
  return `总分 ${rules.totalMax} 分，由${countWord(rules.parties.length)}方评估得分相加`;
}
