/**
 * 一、社工站基本情况: the sites, the operator and since when, the agreement period (and so the service
 * year), the funding, the service model. Pure.
 */
import { num } from '../draft.ts';
import { DATE, iso, N, type Sections } from './context.ts';

export function readBasics(s: Sections): void {
  const { draft, find, under, setNum } = s;
  const basics = under(/^一、/);
  const sites = find(/(?:分别)?位于(.+?)，\s*自/, basics) ?? find(/(?:分别)?位于(.+?)[，。]/, basics);
  if (sites) {
    sites.m[1]!.split('、').forEach((address, i) => draft.set(['sites', i, 'address'], address.trim(), sites.line));
  } else draft.missing(['sites'], '服务地址（“分别位于…”）');
  const since = find(/自\s*(\d{4})\s*年起由(.+?)承接运营/, basics);
  if (since) {
    draft.set(['operatingSince'], num(since.m[1]!), since.line);
    const op = draft.get(['parties', 'operator']);
    if (typeof op === 'string' && op !== since.m[2]!.trim()) {
      draft.failed(['parties', 'operator'], `封面写项目承办方“${op}”，一、社工站基本情况写“${since.m[2]!.trim()}”`, since.line);
    }
  }
  const agreement = find(new RegExp(`协议期(?:是|自|为)?\\s*${DATE}\\s*至\\s*${DATE}`));
  if (agreement) {
    const [, y1, m1, d1, y2, m2, d2] = agreement.m as unknown as string[];
    draft.set(['agreementPeriod', 'start'], iso(y1!, m1!, d1!), agreement.line);
    draft.set(['agreementPeriod', 'end'], iso(y2!, m2!, d2!), agreement.line);
    if (Number(y2) === Number(y1) + 1) draft.set(['serviceYear'], `${y1}-${y2}`, agreement.line, 'derived', '服务协议期的起止年份');
    else draft.missing(['serviceYear'], '跨相邻两年的服务协议期', agreement.line);
  } else {
    draft.missing(['serviceYear'], '服务协议期（确定服务年度）');
    draft.missing(['agreementPeriod'], '服务协议期（“服务协议期自…至…”）');
  }
  setNum(['fundingWanYuan'], find(new RegExp(`服务经费(?:为|是)?\\s*${N}\\s*万元`), basics), 1, '年度项目服务经费（“…万元”）');
  const model = find(/按照“([^”]+)”模式/, basics);
  if (model) draft.set(['serviceModel'], model.m[1], model.line);
}
