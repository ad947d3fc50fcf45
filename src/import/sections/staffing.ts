/**
 * The staff: certified and not, qualifications, experience, leader changes, 稳岗率 (posts derived when not
 * printed), attendance (surplus or shortfall checked), attendance of the experienced. Pure.
 */
import { printedRate, ratePrints, type Decimals } from '../../reports/printed-rate.ts';
import { deriveWhole, otherFits } from '../derive.ts';
import { int, num, type Path } from '../draft.ts';
import { N, type Sections } from './context.ts';

export function readStaffing(s: Sections): void {
  const { draft, find, setNum } = s;
  const staff = find(/共配备\s*(\d+)\s*名持证社工[，,]\s*(\d+)\s*名非持证社工[，,]\s*共计\s*(\d+)\s*名社工/);
  setNum(['staffing', 'certifiedStaff'], staff, 1, '持证社工人数（“共配备…名持证社工”）');
  setNum(['staffing', 'uncertifiedStaff'], staff, 2, '非持证社工人数');
  setNum(['staffing', 'totalStaff'], staff, 3, '社工总数（“共计…名社工”）');
  if (staff && Number(staff.m[1]) + Number(staff.m[2]) !== Number(staff.m[3])) {
    draft.failed(['staffing', 'totalStaff'], `共计 ${staff.m[3]} 名，持证与非持证之和为 ${Number(staff.m[1]) + Number(staff.m[2])}`, staff.line);
  }
  const optional = (path: Path, re: RegExp) => {
    const h = find(re);
    if (h) draft.set(path, num(h.m[1]!), h.line);
  };
  optional(['staffing', 'intermediateCertified'], /(\d+)\s*人持中级社工师证/);
  optional(['staffing', 'assistantCertified'], /(\d+)\s*人持助理社工师证/);
  optional(['staffing', 'experiencedStaff'], /共有\s*(\d+)\s*名社工(?:均)?为从业\s*2\s*年以上/);
  optional(['staffing', 'leaderChanges'], /曾\s*(\d+)\s*次变更项目负责人/);

  const retention = find(new RegExp(`(\\d+)\\s*名社工持续稳定在岗[，,]\\s*(?:人员)?稳岗率为\\s*${N}\\s*%`));
  if (retention) {
    const stable = Number(retention.m[1]);
    const rateText = retention.m[2]!;
    draft.set(['staffing', 'retention', 'stableStaff'], num(retention.m[1]!), retention.line);
    const printedPosts = find(/应配备\s*(\d+)\s*名社工|(\d+)\s*个(?:社工)?岗位/);
    const decimals = (rateText.split('.')[1]?.length ?? 0) as Decimals;
    if (printedPosts) {
      const posts = Number(printedPosts.m[1] ?? printedPosts.m[2]);
      draft.set(['staffing', 'retention', 'requiredPosts'], int(posts), printedPosts.line);
      if (!ratePrints(stable, posts, Number(rateText), decimals)) {
        draft.failed(['staffing', 'retention', 'statedRate'], `稳岗率报告写 ${rateText}%，${stable} / ${posts} 为 ${(printedRate(stable, posts, 2) / 100).toFixed(2)}%`, retention.line);
      } else draft.set(['staffing', 'retention', 'statedRate'], num(rateText), retention.line);
    } else {
      const d = deriveWhole(stable, Number(rateText), decimals);
      if (d.value === null || d.needsPrecision) {
        draft.failed(['staffing', 'retention', 'requiredPosts'], `没有整数岗位数能使 ${stable} 名的稳岗率为 ${rateText}%`, retention.line);
      } else {
        draft.set(['staffing', 'retention', 'requiredPosts'], int(d.value), retention.line, 'derived', otherFits(d) ?? `报告未印岗位数：${stable} / ${d.value} = ${rateText}%`);
        draft.set(['staffing', 'retention', 'requiredPostsDerived'], true, null, 'derived');
        draft.comments.set('staffing.retention.requiredPosts', `Not printed: ${d.value} is the number of posts that gives the stated ${rateText}% (${stable} / ${d.value}).`);
      }
      draft.set(['staffing', 'retention', 'statedRate'], num(rateText), retention.line);
    }
  } else draft.missing(['staffing', 'retention'], '稳岗率（“…名社工持续稳定在岗，人员稳岗率为…%”）');

  const attendance = (path: 'attendance' | 'certifiedAttendance', who: string, re: RegExp, required: boolean) => {
    const h = find(re);
    if (!h) {
      if (required) draft.missing(['staffing', path], `${who}到岗人次（“应到岗…人次，实到岗…人次，超配…人次”）`);
      return;
    }
    const [, expected, actual, kind, amount] = h.m as unknown as string[];
    draft.set(['staffing', path, 'expected'], num(expected!), h.line);
    draft.set(['staffing', path, 'actual'], num(actual!), h.line);
    const surplus = kind === '缺岗' ? -Number(amount) : Number(amount);
    const computed = Math.round((Number(actual) - Number(expected)) * 100) / 100;
    if (surplus !== computed) draft.failed(['staffing', path, 'statedSurplus'], `报告写${kind} ${amount} 人次，实到岗 − 应到岗为 ${computed}`, h.line);
    else draft.set(['staffing', path, 'statedSurplus'], kind === '缺岗' ? num(`-${amount}`) : num(amount!), h.line, 'printed', kind === '缺岗' ? `缺岗 ${amount} 人次，记为 −${amount}` : undefined);
  };
  const ATT = String.raw`应到岗\s*${N}\s*人次[，,]\s*实到岗\s*${N}\s*人次[，,]\s*(超配|缺岗)\s*${N}\s*人次`;
  attendance('attendance', '社工', new RegExp(`(?<!持证)社工${ATT}`), true);
  attendance('certifiedAttendance', '持证社工', new RegExp(`持证社工${ATT}`), false);
  const exp = find(new RegExp(`从业\\s*2\\s*年以上社工累计到岗人次为\\s*${N}\\s*人次[，,]\\s*占社工总到岗人次的\\s*${N}\\s*%`));
  if (exp) {
    draft.set(['staffing', 'experiencedAttendance', 'personMonths'], num(exp.m[1]!), exp.line);
    const actual = Number((draft.get(['staffing', 'attendance', 'actual']) as { value?: number } | undefined)?.value);
    const d = (exp.m[2]!.split('.')[1]?.length ?? 0) as Decimals;
    if (Number.isFinite(actual) && !ratePrints(Number(exp.m[1]), actual, Number(exp.m[2]), d)) {
      draft.failed(['staffing', 'experiencedAttendance', 'statedShare'], `报告写占比 ${exp.m[2]}%，${exp.m[1]} / ${actual} 为 ${(printedRate(Number(exp.m[1]), actual, 2) / 100).toFixed(2)}%`, exp.line);
    } else draft.set(['staffing', 'experiencedAttendance', 'statedShare'], num(exp.m[2]!), exp.line);
  }
}
