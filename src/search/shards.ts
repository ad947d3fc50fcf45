/**
 * How the search index is split. Pagefind holds every page it reads in memory until it writes the index, so
 * one index of the whole archive grows with the number of reports. Instead the reports of each round (a service
 * year and stage: at most one report per station) are one index, the rest of the site another, built by
 * scripts/search/index.ts two at a time; /search/ merges them at query time. A round, not a year: two lanes
 * each holding a year of real-size report pages peaked at 2.5 GiB for the build (docs/explanation/performance.md).
 * Pure: the page and the indexer share it.
 */

/** Where the bundles are served: the site's own index is the primary bundle, each shard a folder inside it. */
export const SEARCH_BUNDLE = '/pagefind/';

/** The shard of a report page: its service year and stage (the stage's id: interim, final). */
export function reportShard(serviceYear: string, stageId: string): string {
  if (!/^\d{4}-\d{4}$/.test(serviceYear)) throw new Error(`服务年度 “${serviceYear}” 不是 YYYY-YYYY`);
  if (!/^[a-z]+$/.test(stageId)) throw new Error(`评估阶段 “${stageId}” 不是阶段的英文 id`);
  return `reports-${serviceYear}-${stageId}`;
}

/** The bundle path of a shard, e.g. /pagefind/reports-2023-2024/. */
export function shardBundlePath(shard: string): string {
  return `${SEARCH_BUNDLE}${shard}/`;
}
