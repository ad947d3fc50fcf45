// Experiment, not part of the build (issue 27: where the search step's time and memory go): one round's report
// pages indexed as a search lane indexes them, in a fresh Pagefind process per way, with its time and peak memory
// (sampled from /proc). `node scripts/bench/search-records.ts <built dist> <shard> [ways]`, e.g. a city build's
// dist/ and reports-2024-2025-final; ways, comma-separated (default all):
//   pages             the pages alone (the findings blocks are data-pagefind-ignore on the page)
//   passages          the pages and their findings records, as the build does (src/search/passages.ts)
//   records-only      the findings records alone
//   inline            the pages with the findings left in them, no records
//   shuffled-records  the records alone, each page's sentences in another order (same words, no two pages alike)
//   longer-records:F  the records alone, each lengthened by the share F of another page's record
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { passageRecords, type PassageRecord } from '../../src/search/passages.ts';
import { pagefindProcesses, shardPages } from './pagefind-probe.ts';

const [distArg, shard, waysArg] = process.argv.slice(2);
const { dist, pages } = shardPages('search-records.ts', distArg, shard);

const withFindings = (html: string) => html.replace(/(<div\b[^>]*\bdata-search-passage="[a-z]+")([^>]*)>/g, (_, a: string, b: string) => `${a}${b.replace(/\s*data-pagefind-ignore(="[^"]*")?/, '')}>`);
let seed = 1;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const shuffled = (text: string) => text.split('。').map((s) => [random(), s] as const).sort((a, b) => a[0] - b[0]).map((s) => s[1]).join('。');

/** What each way hands to Pagefind for one page (at index i). */
const WAYS: Record<string, (i: number) => { html?: string; records: PassageRecord[] }> = {
  pages: (i) => ({ html: pages[i]!.html, records: [] }),
  passages: (i) => ({ html: pages[i]!.html, records: passageRecords(pages[i]!.html, pages[i]!.file) }),
  'records-only': (i) => ({ records: passageRecords(pages[i]!.html, pages[i]!.file) }),
  inline: (i) => ({ html: withFindings(pages[i]!.html), records: [] }),
  'shuffled-records': (i) => ({ records: passageRecords(pages[i]!.html, pages[i]!.file).map((r) => ({ ...r, content: shuffled(r.content) })) }),
};
type Make = (i: number) => { html?: string; records: PassageRecord[] };
const longer = (share: number): Make => (i) => {
  const other = passageRecords(pages[(i + 7) % pages.length]!.html, 'other');
  return { records: passageRecords(pages[i]!.html, pages[i]!.file).map((r, j) => ({ ...r, content: `${r.content} ${(other[j]?.content ?? '').slice(0, Math.round(r.content.length * share))}` })) };
};

console.log(`${pages.length} pages of ${shard} in ${dist}`);
for (const way of (waysArg ?? 'pages,passages,records-only,inline,shuffled-records,longer-records:0.3').split(',')) {
  const make: Make | undefined = way.startsWith('longer-records:') ? longer(Number(way.split(':')[1])) : WAYS[way];
  if (!make) throw new Error(`unknown way ${way}`);
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, pagefindProcesses().rss)), 100);
  const start = performance.now();
  const { index } = await pagefind.createIndex();
  let records = 0;
  for (let i = 0; i < pages.length; i += 32) {
    const batch = pages.slice(i, i + 32).map((p, k) => ({ file: p.file, ...make(i + k) }));
    await Promise.all(batch.filter((b) => b.html).map((b) => index!.addHTMLFile({ sourcePath: b.file, content: b.html! })));
    const recs = batch.flatMap((b) => b.records);
    records += recs.length;
    await Promise.all(recs.map((r) => index!.addCustomRecord(r)));
  }
  const out = join(dist, '..', `.search-records-${process.pid}`);
  await index!.writeFiles({ outputPath: out });
  clearInterval(sampler);
  await pagefind.close();
  rmSync(out, { recursive: true, force: true });
  console.log(`${way.padEnd(20)} ${records} records: ${((performance.now() - start) / 1000).toFixed(1)} s, peak ${Math.round(peak / 2 ** 20)} MiB`);
}
