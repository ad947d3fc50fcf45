/**
 * The hotline: its name, each line's kind and hours, and a number only where its own clause prints one.
 * Also the party members stated beside it. Pure.
 */
import { num } from '../draft.ts';
import type { Sections } from './context.ts';

const CN_COUNT: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

export function readHotline(s: Sections): void {
  const { draft, find } = s;
  const hot = find(/条热线(?:是)?(?:社工站)?(?:座机|手机)/);
  if (hot) {
    const name = /“([^”]+)”热线/.exec(hot.para.text)?.[1];
    if (name) draft.set(['hotline', 'name'], name, hot.line);
    else draft.missing(['hotline', 'name'], '热线名称（““红棉守护”热线”）', hot.line);
    const daily = /日常的?\s*(\d+)\s*小时热线服务/.exec(hot.para.text);
    const PHONE = /(?<![\d-])(0\d{2,3}[- ]?\d{3,4}\s?\d{4}|1[3-9]\d[- ]?\d{4}[- ]?\d{4})(?![\d-])/g;
    const lines: { kind: string; hours: string | null; number: string | null; problem?: string }[] = [];
    for (const clause of hot.para.text.split(/[，,；;。]/)) {
      const l = /(?:其中)?([一两二三四五六\d]+)\s*条热线(?:是)?(?:社工站)?(座机|手机)\s*([^（(]*)/.exec(clause);
      if (!l) continue;
      const count = /\d/.test(l[1]!) ? Number(l[1]) : (CN_COUNT[l[1]!] ?? 0);
      // A number printed in the line's own clause is that line's; never one guessed or borrowed.
      const phones = [...clause.matchAll(PHONE)].map((m) => m[1]!);
      const own = l[3]!.replace(PHONE, '').trim();
      const hours = own !== '' ? own : daily ? `日常 ${daily[1]} 小时热线服务` : null;
      for (let i = 0; i < count; i++) {
        const problem = phones.length > 0 && phones.length !== count ? `这句印了 ${phones.length} 个号码、${count} 条热线，无法对应` : undefined;
        lines.push({ kind: l[2]!, hours, number: phones.length === count ? phones[i]! : null, ...(problem ? { problem } : {}) });
      }
    }
    lines.forEach((line, i) => {
      draft.set(['hotline', 'lines', i, 'kind'], line.kind, hot.line);
      if (line.hours) draft.set(['hotline', 'lines', i, 'hours'], line.hours, hot.line);
      else draft.missing(['hotline', 'lines', i, 'hours'], `第 ${i + 1} 条热线的服务时间`, hot.line);
      if (line.problem) draft.failed(['hotline', 'lines', i, 'number'], line.problem, hot.line);
      else if (line.number) draft.set(['hotline', 'lines', i, 'number'], line.number, hot.line);
      else draft.set(['hotline', 'lines', i, 'number'], null, hot.line, 'missing', '报告未印号码：写 null，不猜');
    });
  } else draft.missing(['hotline'], '热线（“其中两条热线是社工站座机，一条热线手机…”）');
  const party = find(/有\s*(\d+)\s*名社工党员/);
  if (party) draft.set(['partyMembers'], num(party.m[1]!), party.line);
}
