import type { Server } from 'node:http';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildScratchSite, createScratchSite, removeScratchSite, type ScratchSite } from '../../tools/scratch-site.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { SCRATCH_SITES, type ScratchSiteName, type ServedSite } from './scratch-sites.ts';

/**
 * The scratch project's setup: write and build each scratch site of tests/harness/scratch-sites.ts once (the two
 * side by side, one per core) and serve them for the project's test files; remove the copies when the run ends.
 */
export default async function setup(project: TestProject) {
  const sites: ScratchSite[] = [];
  const servers: Server[] = [];
  const teardown = async () => {
    await Promise.all(servers.map((server) => new Promise<void>((done) => server.close(() => done()))));
    for (const site of sites) removeScratchSite(site);
  };
  const names = Object.keys(SCRATCH_SITES) as ScratchSiteName[];
  // Settled, not raced: a failed build must not remove a copy the other build is still writing.
  const results = await Promise.allSettled(
    names.map(async (name): Promise<[ScratchSiteName, ServedSite]> => {
      const start = performance.now();
      const site = createScratchSite(SCRATCH_SITES[name].folder);
      sites.push(site);
      SCRATCH_SITES[name].write(site);
      const run = await buildScratchSite(site);
      if (run.exitCode !== 0) throw new Error(`the scratch site "${name}" did not build (exit ${run.exitCode}):\n${run.output.split('\n').slice(-60).join('\n')}`);
      const dist = join(site.root, 'dist');
      const { server, origin } = await serveStatic(dist);
      servers.push(server);
      console.log(`scratch site ${name}: written and built in ${((performance.now() - start) / 1000).toFixed(1)} s`);
      return [name, { origin, dist }];
    }),
  );
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) {
    await teardown();
    throw failed.reason;
  }
  const served = results.map((r) => (r as PromiseFulfilledResult<[ScratchSiteName, ServedSite]>).value);
  project.provide('scratchSites', Object.fromEntries(served) as Record<ScratchSiteName, ServedSite>);
  return teardown;
}
