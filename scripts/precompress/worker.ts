// One thread of the compression pool (precompress.ts): compresses each batch of files it is sent (from the
// cache folder it was started with, when it has them) and answers with their sizes, before and after, and the
// cache entries they used.
import { parentPort, workerData } from 'node:worker_threads';
import { compressFile } from './precompress.ts';

const cache = (workerData as { cache: string | null } | undefined)?.cache ?? null;

parentPort!.on('message', (files: string[]) => {
  const sum = { bytes: 0, gz: 0, br: 0, reused: 0, entries: [] as string[] };
  for (const file of files) {
    const r = compressFile(file, cache);
    sum.bytes += r.bytes;
    sum.gz += r.gz;
    sum.br += r.br;
    if (r.reused) sum.reused++;
    if (r.entry) sum.entries.push(r.entry);
  }
  parentPort!.postMessage(sum);
});
