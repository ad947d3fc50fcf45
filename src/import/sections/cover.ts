/**
 * The cover: the title (stage, station), the four parties. A text whose first line is no report title, or
 * that has not the template's chapters, is not a report. Pure.
 */
import type { ReportText } from '../document.ts';
import type { Sections } from './context.ts';

/** A cover line “label：value”, with its line. */
export function coverField(text: ReportText, label: string): { value: string; line: number } | null {
  const f = text.cover.find((c) => new RegExp(`^${label}[：:]`).test(c.text));
  return f ? { value: f.text.replace(new RegExp(`^${label}[：:]\\s*`), ''), line: f.line } : null;
}

export function readCover(s: Sections): { stationName: string | null; fatal: string | null } {
  const { draft, blocks, text } = s;
  const title = text.title?.text ?? '';
  const stage = /中期|末期/.exec(title)?.[0];
  if (!text.title || !stage || !/社工服务站|社工站/.test(title)) {
    return { stationName: null, fatal: '这不是一份评估报告：第一行应为报告标题，如“广州市××街社工服务站 末期评估报告”' };
  }
  if (blocks.filter((b) => b.kind === 'heading' && b.level === 2).length < 3) {
    return { stationName: null, fatal: '这不是一份按模板写的评估报告：找不到“一、社工站基本情况”等章节标题' };
  }
  draft.set(['title'], title, text.title.line);
  const stationName = /^(.*?社工服务站)/.exec(title)?.[1] ?? title;
  draft.set(['stage'], stage, text.title.line);

  for (const [key, label] of [
    ['supervisor', '项目监督方'],
    ['purchaser', '项目购买方'],
    ['operator', '项目承办方'],
    ['evaluator', '项目评估方'],
  ] as const) {
    const f = coverField(text, label);
    if (f) draft.set(['parties', key], f.value, f.line);
    else draft.missing(['parties', key], `封面的“${label}”`);
  }
  return { stationName, fatal: null };
}
