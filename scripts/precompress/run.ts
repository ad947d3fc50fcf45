// `npm run build`'s last step: node scripts/precompress/run.ts [dist]. Prints what it wrote and how long it took.
import { resolve } from 'node:path';
import { precompress } from './precompress.ts';

const root = resolve(process.argv[2] ?? 'dist');
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
const s = await precompress(root);
console.log(
  `precompress: ${s.files} files, ${mb(s.bytes)} → gzip ${mb(s.gzipBytes)}, brotli ${mb(s.brotliBytes)} (.gz and .br beside each) in ${(s.ms / 1000).toFixed(2)} s`,
);
