/**
 * The dates: the evaluation (cover, or the on-site visit), the report (the signature), the period evaluated. Pure.
 */
import { num } from '../draft.ts';
import { DATE, iso, N, type Sections } from './context.ts';
import { coverField } from './cover.ts';

export function readDates(s: Sections): void {
  const { draft, find, text } = s;
  const evalDate = coverField(text, '评估日期');
  const evalDateM = evalDate && new RegExp(DATE).exec(evalDate.value);
  const onSite = find(new RegExp(`于\\s*${DATE}\\s*到.*?进行现场评估`));
  if (evalDateM) draft.set(['evaluationDate'], iso(evalDateM[1]!, evalDateM[2]!, evalDateM[3]!), evalDate.line);
  else if (onSite) draft.set(['evaluationDate'], iso(onSite.m[1]!, onSite.m[2]!, onSite.m[3]!), onSite.line);
  else draft.missing(['evaluationDate'], '评估日期');
  const signed = text.signature.at(-1);
  const signedM = signed && new RegExp(DATE).exec(signed.text);
  if (signedM) draft.set(['reportDate'], iso(signedM[1]!, signedM[2]!, signedM[3]!), signed.line);
  else draft.missing(['reportDate'], '报告末尾评估方署名下的日期');
  const period = find(new RegExp(`考核期为?\\s*${DATE}\\s*至\\s*${DATE}[，,]\\s*共计\\s*${N}\\s*个考核月份`));
  if (period) {
    const g = period.m as unknown as string[];
    draft.set(['evaluationPeriod', 'start'], iso(g[1]!, g[2]!, g[3]!), period.line);
    draft.set(['evaluationPeriod', 'end'], iso(g[4]!, g[5]!, g[6]!), period.line);
    draft.set(['evaluationPeriod', 'months'], num(g[7]!), period.line);
  } else draft.missing(['evaluationPeriod'], '评估考核期（“本次评估考核期为…至…，共计…个考核月份”）');
}
