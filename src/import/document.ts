/**
 * A report's text split the way the template lays it out: the cover (title and the four parties, the
 * evaluation date), the body's paragraphs, and the signature (the evaluator and the report date), which
 * the published body leaves out. Pure.
 */
import { fragments, L2, paragraphs, type Fragment, type Paragraph } from './text.ts';

export interface ReportText {
  title: Fragment | null;
  cover: Fragment[];
  body: Paragraph[];
  signature: Fragment[];
}

const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;

export function splitReport(source: string): ReportText {
  const frags = fragments(source);
  const title = frags[0] ?? null;
  const firstHeading = frags.findIndex((f) => L2.test(f.text));
  const cover = firstHeading < 0 ? frags : frags.slice(0, firstHeading);
  const rest = firstHeading < 0 ? [] : frags.slice(firstHeading);
  const signature: Fragment[] = [];
  const last = rest.at(-1);
  if (last && DATE_LINE.test(last.text)) {
    signature.unshift(rest.pop()!);
    // The evaluator's name above the date, as on the cover (项目评估方).
    const evaluator = cover.find((f) => /^项目评估方[：:]/.test(f.text))?.text.replace(/^项目评估方[：:]\s*/, '');
    const above = rest.at(-1);
    if (above && evaluator && above.text === evaluator) signature.unshift(rest.pop()!);
  }
  const drop = new Set(title ? [title.text] : []);
  // The title repeated at page tops stays in until paragraphs(): where it was tells that a page broke there.
  return { title, cover, body: paragraphs(rest, drop), signature };
}
