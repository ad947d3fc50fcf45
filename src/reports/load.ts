/**
 * Every published report, newest first. The checks (schema, figures, body, station) run while the
 * content is loaded (src/content-check/loaders.ts), so a report that reaches here is verified.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Report = CollectionEntry<'reports'>;

let cache: Promise<Report[]> | undefined;

async function load(): Promise<Report[]> {
  const reports = await getCollection('reports');
  // Newest first: by report date, then id for a stable order.
  return reports.sort((a, b) => b.data.reportDate.localeCompare(a.data.reportDate) || a.id.localeCompare(b.id));
}

/** All reports, loaded once per build. */
export function getReports(): Promise<Report[]> {
  cache ??= load();
  return cache;
}
