/**
 * The formulas the site explains, written once: 完成率 (an indicator's completion), 稳岗率 (staff retention)
 * and a party's converted score. The arithmetic lives in src/scoring; this is how the site writes it. A page
 * may name the parts as its readers meet them there: the calculator by its input labels, the open-data
 * docs by the field names; the methodology page and the glossary use the words below.
 */

/** A rate's name and the names of its two counts. */
export interface Rate {
  name: string;
  numerator: string;
  denominator: string;
}

export const COMPLETION_RATE: Rate = { name: '完成率', numerator: '完成量', denominator: '协议指标量' };
export const RETENTION_RATE: Rate = { name: '稳岗率', numerator: '评估期内持续稳定在岗的社工人数', denominator: '应配备的社工岗位数' };

/**
 * “完成量 ÷ 协议指标量 × 100%”, also with figures (“13 ÷ 20 × 100%”). `percent: false` writes “× 100”:
 * for a data field that holds the number of percent itself.
 */
export function ratio(numerator: string | number, denominator: string | number, percent = true): string {
  return `${numerator} ÷ ${denominator} × 100${percent ? '%' : ''}`;
}

/**
 * A party's score on its own scale converted to its points (src/scoring: partyPoints):
 * “折算分 = 该方分数 × 该方满分 ÷ 该方分制的满分”; the calculator calls the score “得分”.
 */
export function conversionFormula(score = '该方分数'): string {
  return `折算分 = ${score} × 该方满分 ÷ 该方分制的满分`;
}

/** “完成率 = 完成量 ÷ 协议指标量 × 100%”; `names` renames any part (the calculator's “指标量”). */
export function rateFormula(rate: Rate, names: Partial<Rate> = {}): string {
  const { name, numerator, denominator } = { ...rate, ...names };
  return `${name} = ${ratio(numerator, denominator)}`;
}
