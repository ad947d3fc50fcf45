import { describe, expect, it } from 'vitest';
import { isCurrent, NAV_LINKS } from '../../src/site/nav.ts';

describe('navigation', () => {
  it('has the six sections in order', () => {
    expect(NAV_LINKS.map((l) => `${l.label} ${l.href}`)).toEqual([
      '首页 /',
      '找社工站 /stations/',
      '评估报告 /reports/',
      '自评计算器 /calculator/',
      '评估说明 /methodology/',
      '搜索 /search/',
    ]);
  });

  it('marks the home link only on the home page, and a section on all its pages', () => {
    expect(isCurrent('/', '/')).toBe(true);
    expect(isCurrent('/', '/reports/')).toBe(false);
    expect(isCurrent('/reports/', '/reports/liuhua-2023-2024-final/')).toBe(true);
    expect(isCurrent('/reports/', '/reports')).toBe(true);
    expect(isCurrent('/stations/', '/reports/')).toBe(false);
  });
});
