/**
 * 困难群众和特殊群体: the categories with their counts, the deduplicated total, those over 60. Pure.
 */
import { num } from '../draft.ts';
import type { Sections } from './context.ts';

export interface Population {
  total: number;
  categories: string[];
}

export function readPopulation(s: Sections): Population | null {
  const { draft, find } = s;
  const pop = find(/辖内有(.+?)[，,]\s*去重之后[^，,]*?合计\s*(\d+)\s*人(?:[，,]\s*其中超过\s*60\s*岁的有\s*(\d+)\s*人)?/);
  if (pop) {
    pop.m[1]!.split(/[、，,]/).forEach((part, i) => {
      const c = /^(.+?)\s*(\d+)\s*人$/.exec(part.trim());
      if (c) {
        draft.set(['population', 'categories', i, 'name'], c[1], pop.line);
        draft.set(['population', 'categories', i, 'count'], num(c[2]!), pop.line);
      } else draft.failed(['population', 'categories', i], `读不出人数：“${part}”`, pop.line);
    });
    draft.set(['population', 'deduplicatedTotal'], num(pop.m[2]!), pop.line);
    if (pop.m[3]) draft.set(['population', 'over60'], num(pop.m[3]), pop.line);
  }
  return pop ? { total: Number(pop.m[2]), categories: pop.m[1]!.split(/[、，,]/).map((c) => c.replace(/\s*\d+\s*人$/, '').trim()) } : null;
}
