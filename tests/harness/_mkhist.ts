import { createScratchSite, buildScratchSite } from '../../tools/scratch-site.ts';
import { SCRATCH_SITES } from './scratch-sites.ts';
const site = createScratchSite('history-try');
SCRATCH_SITES.history.write(site);
const run = await buildScratchSite(site);
console.log(run.exitCode, run.output.split('\n').slice(-40).join('\n'));
