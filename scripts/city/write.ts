// Make a scratch site holding the fictional city: `node scripts/city/write.ts --reports N --out <dir>
// [--seed S] [--stations K]`. The folder gets a copy of the project (tools/scratch-site.ts) whose
// content/ is the city of tools/fictional-city/; build it there with `npm run build`.
// Default --out is bench/scratch/city-N. An existing folder is replaced only if it is an earlier scratch copy.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { writeCity } from '../../tools/fictional-city/index.ts';
import { createScratchSite, SCRATCH_ROOT } from '../../tools/scratch-site.ts';

const { values } = parseArgs({
  options: {
    reports: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    stations: { type: 'string' },
  },
});
const reports = Number(values.reports);
if (!Number.isInteger(reports) || reports < 0) {
  console.error('usage: node scripts/city/write.ts --reports N [--out <dir>] [--seed S] [--stations K]');
  process.exit(2);
}
const out = resolve(values.out ?? `${SCRATCH_ROOT}/city-${reports}`);
const site = createScratchSite(out);
const city = writeCity(resolve(site.root, 'content'), {
  reports,
  seed: Number(values.seed),
  ...(values.stations ? { stations: Number(values.stations) } : {}),
});
const communities = city.stations.reduce((n, s) => n + s.zones.reduce((m, z) => m + z.communities.length, 0), 0);
console.log(
  `Wrote ${city.stations.length} stations in ${city.districts.length} districts (${communities} communities) and ` +
    `${city.reports.length} reports to ${site.root}/content. Build it: cd ${site.root} && npm run build`,
);
