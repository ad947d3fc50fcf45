/**
 * The per-report open-data files a build writes: every report's, or on a rebuild only those whose record changed
 * (src/site/kept-pages.ts). A file is the record and nothing else (src/pages/data/reports/), so the record is its
 * whole input.
 */
import { getReportRecords } from './load.ts';
import { pagesToRender, type KeptRoute } from '../site/kept-pages.ts';

/** getStaticPaths of a per-report file route: `address` is the file's address, e.g. urls.reportData(id).json. */
export async function reportFilesToWrite(route: KeptRoute, address: (reportId: string) => string) {
  const records = await getReportRecords(new URL(import.meta.env.SITE));
  return pagesToRender(route, records, (r) => address(r.id), (r) => r).map((r) => ({ params: { id: r.id } }));
}
