// Experiment, not part of the build (issue 13's third option): does preparing the Chinese text make Pagefind's
// indexing cheaper? `node scripts/bench/presegment.ts <built dist> <shard>`, e.g. a city build's
// dist/ and reports-2024-2025. It indexes that shard's pages three ways, each in a fresh Pagefind process,
// and prints Pagefind's time, its CPU time and its peak memory (sampled from /proc):
//   zh         the pages as built (lang="zh-CN": Pagefind segments the Chinese itself);
//   en         the same pages marked lang="en" (no Chinese segmentation: Chinese words are then not found);
//   en+icu     lang="en", and every run of Chinese in the text split into words beforehand with ICU's
//              dictionary segmenter (Intl.Segmenter), a space between words;
//   zh+icu     lang="zh-CN" kept, the Chinese split the same way (does Pagefind's segmenter then cost less?).
// Search quality is not measured here: the figures say what each way costs, not whether it finds the page.
import * as pagefind from 'pagefind';
import { pagefindProcesses, shardPages } from './pagefind-probe.ts';

const [distArg, shard] = process.argv.slice(2);
const { dist, pages } = shardPages('presegment.ts', distArg, shard);

const words = new Intl.Segmenter('zh', { granularity: 'word' });
/** Split each run of Han characters in the text (not in tags) into words with a space between them. */
function presegment(html: string, between = ' '): string {
  return html.replace(/>([^<]+)</g, (_, text: string) => `>${text.replace(/\p{Script=Han}+/gu, (run) => [...words.segment(run)].map((s) => s.segment).join(between))}<`);
}

const WAYS: Record<string, (html: string) => string> = {
  zh: (html) => html,
  en: (html) => html.replace('<html lang="zh-CN"', '<html lang="en"'),
  'en+icu': (html) => presegment(html).replace('<html lang="zh-CN"', '<html lang="en"'),
  'zh+icu': (html) => presegment(html),
  'zh+zwsp': (html) => presegment(html, '\u200b'),
};

console.log(`${pages.length} pages of ${shard} in ${dist}`);
for (const [way, prepare] of Object.entries(WAYS)) {
  const prepared = pages.map((p) => ({ file: p.file, html: prepare(p.html) }));
  const start = performance.now();
  let peak = 0;
  let cpuTicks = 0;
  const sampler = setInterval(() => {
    const now = pagefindProcesses();
    peak = Math.max(peak, now.rss);
    cpuTicks = Math.max(cpuTicks, now.cpuTicks);
  }, 100);
  const { index } = await pagefind.createIndex();
  for (let i = 0; i < prepared.length; i += 32) {
    await Promise.all(prepared.slice(i, i + 32).map((p) => index!.addHTMLFile({ sourcePath: p.file, content: p.html })));
  }
  const { files } = await index!.getFiles();
  const last = pagefindProcesses();
  cpuTicks = Math.max(cpuTicks, last.cpuTicks);
  clearInterval(sampler);
  await pagefind.close();
  const indexBytes = files.reduce((n, f) => n + f.content.length, 0);
  console.log(
    `${way.padEnd(7)} ${((performance.now() - start) / 1000).toFixed(1)} s, Pagefind CPU ${(cpuTicks / 100).toFixed(1)} s, peak ${Math.round(peak / 2 ** 20)} MiB, bundle ${(indexBytes / 2 ** 20).toFixed(1)} MB in ${files.length} files`,
  );
}
