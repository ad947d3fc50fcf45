/** What is said about a rank: the ranking pages and the report page's standing use the same words. */

/** “全市第 3 名（共 176 份）”, “荔湾区第 1 名（共 12 份）”. */
export function placeText(where: string, place: { rank: number; count: number }): string {
  return `${where}第 ${place.rank} 名（共 ${place.count} 份）`;
}

/** The heading of one ranking: “2023-2024 服务年度末期评估排名：全市”. */
export function rankingTitle(serviceYear: string, stage: string, district: string | null): string {
  return `${serviceYear} 服务年度${stage}评估排名：${district ?? '全市'}`;
}

/** How the ranks are made, as said above every ranking. */
export const RANKING_RULE = '按总分从高到低排列，总分相同的并列同一名次（下一名次跳过，如 1、2、2、4）。';

/** Said when the reports of a ranking were scored under rule sets with different maxima. */
export function mixedRulesText(maxima: readonly string[]): string {
  return `这些报告依据不同的评估办法（满分分别为 ${maxima.join('、')} 分），所以名次按得分率（总分占满分的比例）排列；表中的分数是报告印出的分数。`;
}
