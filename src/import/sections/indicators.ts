/**
 * 服务指标完成情况: each indicator's name (as the report names the service, lead-in words left out: the
 * table marks the name as derived), unit, count and rate, and the target derived from them. Pure.
 */
import { deriveWhole, otherFits } from '../derive.ts';
import { int, num } from '../draft.ts';
import { indicatorKey, parseIndicators } from '../indicators.ts';
import type { Sections } from './context.ts';

/** Reads the indicators; returns their names and groups (a key figure repeating one is no key figure). */
export function readIndicators(s: Sections): Set<string> {
  const { draft, under } = s;
  const indicatorPara = under(/服务指标完成情况/).find((p) => /完成(?:协议)?指标量的/.test(p.text));
  const indicatorNames = new Set<string>();
  if (!indicatorPara) draft.missing(['indicators'], '服务指标完成情况（“…分别完成协议指标量的 x%，y%”）');
  else {
    const { rows, problems } = parseIndicators(indicatorPara);
    const keys = new Set<string>();
    rows.forEach((row, i) => {
      const key = indicatorKey(row.name, keys);
      keys.add(key);
      indicatorNames.add(row.name);
      if (row.group) indicatorNames.add(row.group);
      const at = (f: string) => ['indicators', i, f];
      draft.set(at('key'), key, row.line, 'derived', '按指标名称');
      draft.set(at('name'), row.name, row.line, 'derived', `名称取自“${row.source}”，请校对`);
      if (row.group) draft.set(at('group'), row.group, row.line);
      draft.set(at('unit'), row.unit, row.line);
      draft.set(at('completed'), num(row.completed), row.line);
      const rate = row.rate!;
      if ((rate.split('.')[1]?.length ?? 0) > 2) {
        draft.failed(at('statedRate'), `完成率 ${rate}% 超过两位小数`, row.rateLine);
        return;
      }
      draft.set(at('statedRate'), num(rate), row.rateLine);
      const d = deriveWhole(Number(row.completed), Number(rate), row.decimals);
      if (d.value === null) {
        draft.failed(at('target'), `没有整数指标量能使完成量 ${row.completed} 的完成率为 ${rate}%`, row.rateLine);
        return;
      }
      draft.set(at('target'), int(d.value), row.rateLine, 'derived', otherFits(d) ?? `${row.completed} / ${d.value} = ${rate}%`);
      draft.set(at('targetDerived'), true, null, 'derived');
      if (d.needsPrecision) draft.set(at('statedDecimals'), row.decimals, row.rateLine, 'printed', `报告只印 ${row.decimals} 位小数`);
    });
    problems.forEach((p, i) => draft.failed(['indicators', rows.length + i], p.message, p.line));
    if (rows.length === 0 && problems.length === 0) draft.missing(['indicators'], '服务指标的完成量和完成率');
  }
  return indicatorNames;
}
