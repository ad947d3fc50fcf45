/**
 * The 片区 with their communities (“东片区：…社区、…社区；”), checked against “划分了 N 个片区”. Pure.
 */
import type { Sections } from './context.ts';

export function readZones(s: Sections): void {
  const { draft, find, blocks } = s;
  const zoneItems = blocks.flatMap((b) => (b.kind === 'list' && !b.ordered ? b.items : []));
  let zi = 0;
  for (const item of zoneItems) {
    const z = /^(.+?片区)[：:](.+?)[；;。]?$/.exec(item.text);
    if (!z) continue;
    draft.set(['zones', zi, 'name'], z[1], item.para.line);
    draft.set(['zones', zi, 'communities'], z[2]!.split('、').map((c) => c.trim()), item.para.line);
    zi++;
  }
  const zoneCount = find(/划分了\s*(\d+)\s*个片区/);
  if (zi === 0) draft.missing(['zones'], '片区及其社区（“东片区：…社区、…社区；”）');
  else if (zoneCount && Number(zoneCount.m[1]) !== zi) {
    draft.failed(['zones'], `报告写划分了 ${zoneCount.m[1]} 个片区，列出的片区有 ${zi} 个`, zoneCount.line);
  }
}
