/**
 * How the search index is split. Pagefind holds every page it reads in memory until it writes the index, so
 * one index of the whole archive grows with the number of reports. Instead the reports of each service year
 * are one index (at most two reports per station), the rest of the site another, built one after another by
 * scripts/search/index.ts; /search/ merges them at query time. Pure: the page and the indexer share it.
 */

/** Where the bundles are served: the site's own index is the primary bundle, each shard a folder inside it. */
export const SEARCH_BUNDLE = '/pagefind/';

/** The shard of a report page: its service year. */
export function reportShard(serviceYear: string): string {
  if (!/^\d{4}-\d{4}$/.test(serviceYear)) throw new Error(`服务年度 “${serviceYear}” 不是 YYYY-YYYY`);
  return `reports-${serviceYear}`;
}

/** The bundle path of a shard, e.g. /pagefind/reports-2023-2024/. */
export function shardBundlePath(shard: string): string {
  return `${SEARCH_BUNDLE}${shard}/`;
}
