/**
 * Every published report, checked across entries: each names a station that
 * exists, and its body prints the figures its frontmatter states. A problem
 * fails the build with the file, the field and what was expected.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { ruleSetById } from '../scoring/index.ts';
import { figuresMissingFromBody } from './verify-text.ts';

export type Report = CollectionEntry<'reports'>;

let cache: Promise<Report[]> | undefined;

async function loadAndCheck(): Promise<Report[]> {
  const reports = await getCollection('reports');
  const problems: string[] = [];
  for (const report of reports) {
    const file = report.filePath ?? report.id;
    const station = await getEntry('stations', report.data.station.id);
    if (!station) {
      problems.push(`${file}: station: 找不到社工站 “${report.data.station.id}”（content/stations/ 下没有这个 id）`);
    }
    // The schema has already failed the build for a report naming an unknown rule set.
    const rules = ruleSetById(report.data.rules);
    if (!rules) throw new Error(`${file}: rules: 找不到评估规则 “${report.data.rules}”`);
    for (const miss of figuresMissingFromBody(report.data, await readBody(file), rules)) {
      problems.push(`${file}: ${miss.field}: 正文中找不到 frontmatter 所写的 “${miss.expected}”`);
    }
  }
  if (problems.length > 0) throw new Error(`评估报告校验失败：\n${problems.join('\n')}`);
  // Newest first: by report date, then id for a stable order.
  return reports.sort((a, b) => b.data.reportDate.localeCompare(a.data.reportDate) || a.id.localeCompare(b.id));
}

/**
 * The report's text without its frontmatter. The collection does not keep bodies (retainBody: false in
 * src/content.config.ts, to keep the build's memory down), so the file is read here; its path is
 * relative to the project root, where the build runs.
 */
async function readBody(filePath: string): Promise<string> {
  const source = await readFile(resolve(filePath), 'utf8');
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, '');
}

/** All reports, verified once per build. */
export function getReports(): Promise<Report[]> {
  cache ??= loadAndCheck();
  return cache;
}
