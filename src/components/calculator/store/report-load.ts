/** Loading a published report's figures over the state: a link's ?report= (./startup.ts) or the report picker. */
import { isValidReportId } from '../../../calculator/state.ts';
import { $loading, $notice, $state } from './atoms.ts';
import { fetchPrefill } from './prefill.ts';

/** Load a report's figures over the state; false (with a notice) when it cannot. */
export async function applyReport(reportId: string): Promise<boolean> {
  if (!isValidReportId(reportId)) {
    $notice.set({ text: '链接中的报告编号无效，未载入报告数据。', tone: 'warn' });
    return false;
  }
  $loading.set(true);
  try {
    $state.set(await fetchPrefill(reportId));
    $notice.set(null);
    return true;
  } catch {
    $notice.set({ text: '未能载入这份报告的数据（报告不存在或网络中断），请手动填写。', tone: 'warn' });
    return false;
  } finally {
    $loading.set(false);
  }
}
