/**
 * The findings blocks of a built report page as search records of their own, so a reader can search the
 * 需要关注 (or 值得肯定) passages alone. The page marks each block data-pagefind-ignore (its text is not the
 * page's 其他正文) and data-search-passage with its kind (src/reports/body.ts); here the blocks become Pagefind
 * custom records with the page's filters and their kind as 段落. Each record's address is the report page's own
 * with ?passage=<kind> (Pagefind keeps one record per address, so each needs its own; a query, not a
 * #fragment, so the searches that found a report by a phrase of its findings still find that page's path).
 * Pure: scripts/search/index.ts adds the records.
 */
import { PASSAGE_KIND } from './filters.ts';

export interface PassageRecord {
  url: string;
  content: string;
  language: string;
  meta: { title: string };
  filters: Record<string, string[]>;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
const text = (html: string) => decode(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();

/** The page's own filters, from its data-pagefind-filter="名:值" attributes. */
export function pageFilters(html: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of html.matchAll(/data-pagefind-filter="([^":]+):([^"]*)"/g)) {
    const name = decode(m[1]!);
    if (name === '段落') continue;
    (out[name] ??= []).push(decode(m[2]!));
  }
  return out;
}

/** The URL Pagefind gives an HTML file: reports/x/index.html → /reports/x/. */
export function pageUrl(file: string): string {
  return `/${file.replace(/\\/g, '/').replace(/index\.html$/, '')}`;
}

/**
 * Two records at most per page: all its 值得肯定 blocks in one, all its 需要关注 blocks in the other, each block
 * after its section's name. One record per block was 15 records a report, which made the year's index take
 * 1.4–2 times as long to build and 50% larger (docs/explanation/search.md); a result still shows the matching
 * passage as its excerpt.
 */
export function passageRecords(html: string, file: string): PassageRecord[] {
  const blocks = [...html.matchAll(/<div\b[^>]*\bdata-search-passage="(positive|concern)"[^>]*>([\s\S]*?)<\/div>/g)];
  if (blocks.length === 0) return [];
  const title = text(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');
  const filters = pageFilters(html);
  const headings = [...html.matchAll(/<h[2-4]\b[^>]*>([\s\S]*?)<\/h[2-4]>/g)].map((m) => ({ at: m.index, text: text(m[1]!) }));
  return (['concern', 'positive'] as const).flatMap((kind) => {
    const mine = blocks.filter((m) => m[1] === kind);
    if (mine.length === 0) return [];
    const content = mine.map((m) => {
      const section = headings.filter((h) => h.at < m.index).at(-1)?.text;
      // The block's label (“需要关注的地方：”) is left out: it is in the title and the filter.
      const body = text(m[2]!.replace(/<p class="findings-label">[\s\S]*?<\/p>/, ''));
      return section ? `【${section}】${body}` : body;
    });
    return [
      {
        url: `${pageUrl(file)}?passage=${kind}`,
        content: content.join(' '),
        language: 'zh-cn',
        meta: { title: `${title} · ${PASSAGE_KIND[kind]}` },
        filters: { ...filters, 段落: [PASSAGE_KIND[kind]] },
      },
    ];
  });
}
