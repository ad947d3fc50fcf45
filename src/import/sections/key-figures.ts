/**
 * Other figures the positive findings of 六、（二）1 and 六、（三） state, each with its label as the report
 * names it (the table marks every label as derived, to be proofread), its theme, unit, bound and zone. Pure.
 */
import { num } from '../draft.ts';
import { parseKeyFigures, type ParsedKeyFigure } from '../key-figures.ts';
import type { Sections } from './context.ts';
import type { Population } from './population.ts';

export function readKeyFigures(s: Sections, indicatorNames: ReadonlySet<string>, population: Population | null): void {
  const { draft, blocks } = s;
  const hotlineName = draft.get(['hotline', 'name']);
  const popTotal = population?.total ?? NaN;
  const categories = population?.categories ?? [];
  const endsWithAny = (label: string, names: Iterable<string>) => [...names].some((n) => n !== '' && label.endsWith(n));
  // Not key figures: indicators and population counts printed again, communities covered, ages.
  const skip = (label: string, value: number, unit: string) =>
    endsWithAny(label, indicatorNames) ||
    (unit === '人' && endsWithAny(label, categories)) ||
    (/困难群众|特殊群体/.test(label) && value === popTotal) ||
    /社区$/.test(label) ||
    /岁/.test(label);
  const figures: ParsedKeyFigure[] = [];
  for (const b of blocks) {
    if (b.kind !== 'findings' || b.tone !== 'positive') continue;
    const where = b.section.join('');
    const scoped = /各社工点服务开展情况/.test(where);
    if (!scoped && !/项目执行与服务成效/.test(where)) continue;
    const zoneHeading = scoped ? b.section[2] : undefined;
    const scope = zoneHeading ? zoneScope(zoneHeading) : undefined;
    for (const item of b.items) {
      const prefix = typeof hotlineName === 'string' && item.text.includes(`“${hotlineName}”热线`) ? `“${hotlineName}”热线` : '';
      figures.push(...parseKeyFigures(item.para, scope, skip, prefix));
    }
  }
  const themeOrder = ['志愿服务', '资源筹集', '宣传', '热线', '党建', '社区服务'];
  figures
    .map((f, i) => ({ f, i }))
    .sort((a, b) => themeOrder.indexOf(a.f.theme) - themeOrder.indexOf(b.f.theme) || a.i - b.i)
    .forEach(({ f }, i) => {
      const at = (k: string) => ['keyFigures', i, k];
      draft.set(at('theme'), f.theme, f.line, 'derived', '按标签归类');
      draft.set(at('label'), f.label, f.line, 'derived', `标签取自“${f.source}”，请校对`);
      draft.set(at('value'), num(f.value), f.line, 'printed', /^\d/.test(f.value) ? undefined : '报告以汉字写数');
      draft.set(at('unit'), f.unit, f.line);
      if (f.qualifier) draft.set(at('qualifier'), f.qualifier, f.line);
      if (f.scope) draft.set(at('scope'), f.scope, f.line);
    });
}

/** “1. 东片区社工点服务情况（桂花苑社区、花果山社区）” → 东片区（桂花苑社区、花果山社区）; “3. 西片区社工点服务” → 西片区. */
function zoneScope(heading: string): string | undefined {
  const m = /^\d+[.．]\s*(.+?片区)[^（(]*([（(].+[）)])?$/.exec(heading);
  if (!m) return undefined;
  return `${m[1]}${m[2] ? m[2].replace(/^\(/, '（').replace(/\)$/, '）') : ''}`;
}
