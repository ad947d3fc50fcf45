// One thread of the compression pool (precompress.ts): compresses each batch of files it is sent and answers
// with their sizes, before and after.
import { parentPort } from 'node:worker_threads';
import { compressFile } from './precompress.ts';

parentPort!.on('message', (files: string[]) => {
  const sum = { bytes: 0, gz: 0, br: 0 };
  for (const file of files) {
    const r = compressFile(file);
    sum.bytes += r.bytes;
    sum.gz += r.gz;
    sum.br += r.br;
  }
  parentPort!.postMessage(sum);
});
