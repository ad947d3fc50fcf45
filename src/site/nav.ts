/** The site's name and its navigation, shared by the header, the footer and the tests. */
import { indexUrls, shellUrls, urls } from './urls.ts';

export const SITE_NAME = '社工站评估公开平台';

export interface NavLink {
  href: string;
  label: string;
}

export const NAV_LINKS: readonly NavLink[] = [
  { href: urls.home, label: '首页' },
  { href: urls.stations, label: '找社工站' },
  { href: urls.reports, label: '评估报告' },
  { href: urls.calculator(), label: '自评计算器' },
  { href: urls.methodology(), label: '评估说明' },
  { href: shellUrls.search, label: '搜索' },
];

export const FOOTER_LINKS: readonly NavLink[] = [
  { href: urls.glossary, label: '术语表' },
  { href: indexUrls.overview(), label: '评估概览' },
  { href: urls.openData, label: '开放数据' },
  { href: shellUrls.accessibility, label: '无障碍声明' },
  { href: shellUrls.rss, label: 'RSS 订阅（评估报告）' },
];

/** Whether a nav link is the current section: "/" only on the home page, others on their whole subtree. */
export function isCurrent(href: string, pathname: string): boolean {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return href === urls.home ? path === urls.home : path.startsWith(href);
}
