import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../site/nav.ts';
import { getReportRecords } from '../open-data/load.ts';
import { formatHundredths, toHundredths } from '../scoring/index.ts';
import { urls } from '../site/urls.ts';
import { reportTitle } from '../wording/phrases.ts';

/** RSS feed of the evaluation reports, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const reports = await getReportRecords(site);
  return rss({
    title: `${SITE_NAME}：评估报告`,
    description: '广州市社工服务站评估报告的发布动态。',
    site: site ?? 'http://localhost/',
    customData: '<language>zh-cn</language>',
    items: reports.map((r) => ({
      title: reportTitle(r),
      link: urls.report(r.id),
      pubDate: new Date(`${r.reportDate}T00:00:00+08:00`),
      description: `${r.station.name}（${r.station.district}${r.station.street}）${r.serviceYear} 服务年度${r.stage}评估：总分 ${formatHundredths(toHundredths(r.scores.total))} 分，等级${r.scores.grade}。`,
      categories: [r.station.district, r.stage, r.scores.grade],
    })),
  });
};
