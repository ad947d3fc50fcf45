// What the search experiments (presegment.ts, search-records.ts) share: the pages of one shard of a built dist/,
// and the memory and CPU time of the Pagefind processes this process started, read from /proc.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The HTML pages of `shard` in the built site at `distArg`; exits with the usage line when an argument is missing. */
export function shardPages(script: string, distArg: string | undefined, shard: string | undefined): { dist: string; pages: { file: string; html: string }[] } {
  if (!distArg || !shard) {
    console.error(`usage: node scripts/bench/${script} <dist> <shard, e.g. reports-2024-2025-final>`);
    process.exit(2);
  }
  const dist = resolve(distArg);
  const pages = (readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((file) => ({ file, html: readFileSync(join(dist, file), 'utf8') }))
    .filter((p) => p.html.includes(`data-search-shard="${shard}"`));
  return { dist, pages };
}

/** Resident memory and CPU ticks of this process's Pagefind children, now. */
export function pagefindProcesses(): { rss: number; cpuTicks: number } {
  let rss = 0;
  let cpuTicks = 0;
  for (const pid of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      if (!/^Name:\s+pagefind/m.test(status) || Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) !== process.pid) continue;
      rss += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) * 1024;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      cpuTicks += Number(stat[11]) + Number(stat[12]);
    } catch {
      // ended while we looked
    }
  }
  return { rss, cpuTicks };
}
