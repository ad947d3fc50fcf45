/**
 * A figure's label as the report names the service or thing counted, without the lead-in words a sentence
 * puts before it: 本年度, 本评估期内, 评估期内, 累计, 共, 共计 … (“本评估期内建档 240 份” → 建档). They may
 * come together (本年度累计, 评估期内共计). 共 before 建 (not 建档), 享, 治, 育 is part of the name (共建活动). Pure.
 */
export const LEAD_IN = [
  '本评估年度内', '本评估年度', '本评估期内', '本评估期', '评估期内', '本年度内', '本年度', '年度内', '本期内', '本期',
  '截至评估末月', '累计', '合计', '共计', '共(?!享|治|育|建(?!档))',
];

/** Any run of lead-in words (as a regular-expression source), each maybe followed by a comma. */
export const LEAD = `(?:(?:${LEAD_IN.join('|')})[，,]?\\s*)*`;
