/** The site's name and its navigation, shared by the header, the footer and the tests. */
export const SITE_NAME = '社工站评估公开平台';

export interface NavLink {
  href: string;
  label: string;
}

export const NAV_LINKS: readonly NavLink[] = [
  { href: '/', label: '首页' },
  { href: '/stations/', label: '找社工站' },
  { href: '/reports/', label: '评估报告' },
  { href: '/calculator/', label: '自评计算器' },
  { href: '/methodology/', label: '评估说明' },
  { href: '/search/', label: '搜索' },
];

export const FOOTER_LINKS: readonly NavLink[] = [
  { href: '/glossary/', label: '术语表' },
  { href: '/data/', label: '开放数据' },
  { href: '/accessibility/', label: '无障碍声明' },
  { href: '/rss.xml', label: 'RSS 订阅（评估报告）' },
];

/** Whether a nav link is the current section: "/" only on the home page, others on their whole subtree. */
export function isCurrent(href: string, pathname: string): boolean {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return href === '/' ? path === '/' : path.startsWith(href);
}
